#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest.
//   format → lint → typecheck → generated files fresh → migrations match entities →
//   unit → integration (real Postgres + Redis) → Playwright journeys (Debian Chromium) →
//   portal bundle size (the e2e step's production build against the initial-JS budget)
// Lint, typecheck and unit run per project through Nx (`nx run-many`), so what did not change
// since the last run comes from the Nx cache. Pass step names to run only some, and paths to
// narrow the integration and e2e steps: `npm test -- unit integration tests/integration/cohorts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkNodeVersion, ensureDependencies, loadDotEnv, portAnswers, ROOT, say } from './lib.mjs';
import { INITIAL_JS_BUDGET_KB, initialJs } from './portal-size.mjs';

checkNodeVersion();
loadDotEnv();
ensureDependencies();

const TMP = join(ROOT, 'tmp');
mkdirSync(TMP, { recursive: true });
const baseDbUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function exec(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Regenerates a generated file set and fails when it differs from what is committed. */
function freshness(label, files, command, args) {
  const before = files.map((f) => (existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f), 'utf8') : ''));
  if (!exec(command, args)) return false;
  const stale = files.filter((f, i) => readFileSync(join(ROOT, f), 'utf8') !== before[i]);
  if (stale.length) console.error(`${label} was stale and has been regenerated; commit: ${stale.join(', ')}`);
  return stale.length === 0;
}

const RUN_STARTED = Date.now();
const counts = { passed: 0, failed: 0 };
/** Adds up Vitest JSON reports; false when none of them ran a test. */
function count(reports, tier) {
  let total = 0;
  for (const report of reports.filter((f) => existsSync(f))) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    total += r.numTotalTests;
  }
  if (total === 0) console.error(`No ${tier} tests ran.`);
  return total > 0;
}

/** `nx run-many` over every project that has the targets; two at a time on two cores. */
const nx = (...targets) => exec('npx', ['nx', 'run-many', '-t', ...targets, '--parallel=2', '--outputStyle=static']);

function unit() {
  // Each project's test target writes its report here; Nx restores it on a cache hit.
  const dir = join(TMP, 'vitest', 'unit');
  rmSync(dir, { recursive: true, force: true });
  const ok = nx('test');
  const reports = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
  return count(reports, 'unit') && ok;
}

function integration() {
  const report = join(TMP, 'vitest-integration.json');
  rmSync(report, { force: true });
  const ok = exec(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'integration',
      // Two files at a time on two cores. A project's own `maxWorkers` is not read by Vitest 3
      // (only the root config's or the command line's), so it is given here.
      '--maxWorkers=2',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...paths.filter((p) => !p.startsWith('tests/e2e')),
    ],
    { TEST_DATABASE_URL: baseDbUrl },
  );
  return count([report], 'integration') && ok;
}

async function migrationsMatchEntities() {
  // A fresh database with every migration applied must match the entities exactly.
  const name = `imh_migcheck_${Date.now().toString(36)}`;
  const url = new URL(baseDbUrl);
  const psql = (sql) =>
    exec('node', [
      '-e',
      `const {Client}=require('pg');(async()=>{const c=new Client({connectionString:${JSON.stringify(baseDbUrl)}});await c.connect();await c.query(${JSON.stringify(sql)});await c.end()})().catch(e=>{console.error(e.message);process.exit(1)})`,
    ]);
  if (!psql(`CREATE DATABASE "${name}"`)) return false;
  url.pathname = `/${name}`;
  try {
    const env = { DATABASE_URL: url.toString() };
    return (
      exec('node', ['tools/typeorm.mjs', 'migration:run'], { ...env, TYPEORM_LOGGING: 'false' }) &&
      exec('node', ['tools/typeorm.mjs', 'migration:check'], env)
    );
  } finally {
    psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/**
 * The portal's initial JavaScript against its budget (a build-size check). Reuses the production
 * build the e2e step made in this run (tmp/e2e/portal); builds one only when that is missing or older.
 */
function bundle() {
  // Where tests/e2e/support/env.ts puts the build (the folder follows E2E_PORTAL_PORT).
  const port = Number(process.env.E2E_PORTAL_PORT ?? 4300);
  const e2eBuild = join(TMP, port === 4300 ? 'e2e' : `e2e-${port}`, 'portal');
  const fresh =
    existsSync(join(e2eBuild, 'index.html')) && statSync(join(e2eBuild, 'index.html')).mtimeMs >= RUN_STARTED;
  const dir = fresh ? e2eBuild : join(TMP, 'portal-size');
  if (!fresh) {
    const args = ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/portal/vite.config.ts'];
    if (!exec('node', [...args, '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'])) return false;
  }
  const { chunks, gzipKb } = initialJs(dir);
  const ok = gzipKb <= INITIAL_JS_BUDGET_KB;
  console.log(
    `portal initial JS: ${gzipKb.toFixed(1)} kB gzip in ${chunks.length} file(s), budget ${INITIAL_JS_BUDGET_KB} kB${ok ? '' : ' — OVER BUDGET'}`,
  );
  counts[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

const STEPS = {
  format: () => exec('npx', ['prettier', '--check', '.', '--log-level', 'warn']),
  lint: () => nx('lint'),
  typecheck: () => nx('typecheck'),
  generated: () =>
    freshness('GraphQL schema', ['apps/api/schema.graphql'], 'npm', ['run', '--silent', 'schema:generate']) &&
    (!existsSync(join(ROOT, 'apps/portal/codegen.ts')) ||
      freshness('Portal GraphQL types', ['apps/portal/src/gql/graphql.ts', 'apps/portal/src/gql/gql.ts'], 'npm', [
        'run',
        '--silent',
        'codegen',
      ])),
  migrations: migrationsMatchEntities,
  unit,
  integration,
  e2e: () => {
    const report = join(TMP, 'playwright.json');
    const specs = paths.filter((p) => p.startsWith('tests/e2e'));
    const ok = exec('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...specs], {
      TEST_DATABASE_URL: baseDbUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    if (existsSync(report)) {
      const s = JSON.parse(readFileSync(report, 'utf8')).stats ?? {};
      counts.passed += s.expected ?? 0;
      counts.failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
    }
    return ok;
  },
  bundle,
};

const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const paths = args.filter((a) => a.includes('/'));
const wanted = args.filter((a) => !a.includes('/'));
const steps = wanted.length ? wanted : Object.keys(STEPS);
const unknown = steps.filter((s) => !STEPS[s]);
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}

const pg = new URL(baseDbUrl);
const redis = new URL(redisUrl);
if (!(await portAnswers(pg.hostname, Number(pg.port || 5432)))) {
  console.error(`npm test needs Postgres at ${pg.host} (TEST_DATABASE_URL); none answers.`);
  process.exit(1);
}
if (!(await portAnswers(redis.hostname, Number(redis.port || 6379)))) {
  console.error(`npm test needs Redis at ${redis.host} (REDIS_URL); none answers.`);
  process.exit(1);
}

const timings = [];
for (const step of steps) {
  const started = Date.now();
  say('test', `── ${step} ──`);
  const ok = await STEPS[step]();
  timings.push(`${step} ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) {
    say('test', timings.join(' · '));
    console.log(`tests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
    process.exit(1);
  }
}
say('test', timings.join(' · '));
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed > 0 ? 1 : 0);
