// Brings up the whole stack for one journey run and returns its teardown:
//   a fresh database with the demo data, an SMTP sink, the API, the worker and a production
//   build of the portal served by `vite preview` (which proxies /graphql to the API).
// Playwright calls the returned function after the last test, also when tests fail.
import { mkdirSync, rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import {
  API_PORT,
  API_URL,
  AUTH_DIR,
  LOG_DIR,
  MAIL_DIR,
  PORTAL_BUILD_DIR,
  PORTAL_PORT,
  PORTAL_URL,
  RUN_DIR,
} from './env';
import { assertPortFree, runNode, startNode, stop, waitForHttp, waitForLine, type Started } from './processes';

const SWC = ['-r', '@swc-node/register'];
const VITE = 'node_modules/vite/bin/vite.js';
const PORTAL_CONFIG = 'apps/portal/vite.config.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  for (const dir of [MAIL_DIR, LOG_DIR, AUTH_DIR, PORTAL_BUILD_DIR]) rmSync(dir, { recursive: true, force: true });
  for (const dir of [RUN_DIR, MAIL_DIR, LOG_DIR, AUTH_DIR]) mkdirSync(dir, { recursive: true });
  await assertPortFree(API_PORT);
  await assertPortFree(PORTAL_PORT);

  // Queues and rate-limit counters of this run live under their own Redis prefix.
  const queuePrefix = `e2e_${Date.now().toString(36)}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const processes: Started[] = [];
  let database: { url: string; name: string } | undefined;

  const teardown = async () => {
    await Promise.all(processes.reverse().map((p) => stop(p)));
    if (database) await dropDatabase(database.name);
    await clearRedis(redisUrl, queuePrefix);
  };

  try {
    const sink = startNode('mail-sink', [...SWC, 'tests/e2e/support/mail-sink.ts', MAIL_DIR]);
    processes.push(sink);
    const [prepared, sinkReady] = await Promise.all([
      // The seed's demo certificate PDF goes where this run's API reads files, its links to this portal.
      runNode('prepare', [...SWC, 'tests/e2e/support/prepare.ts'], {
        PORTAL_URL,
        FILE_STORAGE_DIR: `${RUN_DIR}/files`,
      }),
      waitForLine(sink, /listening (\d+)/),
      runNode('portal-build', [
        VITE,
        'build',
        '--config',
        PORTAL_CONFIG,
        '--outDir',
        PORTAL_BUILD_DIR,
        '--emptyOutDir',
      ]),
    ]);
    database = JSON.parse(prepared.trim().split('\n').at(-1)!) as { url: string; name: string };
    // For the few faults no browser can cause (support/database.ts); the test workers inherit it.
    process.env.E2E_DATABASE_URL = database.url;

    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: `smtp://127.0.0.1:${sinkReady[1]}`,
      PORTAL_URL,
      PORT: String(API_PORT),
      LOG_LEVEL: 'warn',
      FILE_STORAGE_DIR: `${RUN_DIR}/files`,
    };
    const api = startNode('api', [...SWC, 'apps/api/src/main.ts'], env);
    const worker = startNode('worker', [...SWC, 'apps/worker/src/main.ts'], env);
    const portal = startNode(
      'portal',
      [VITE, 'preview', '--config', PORTAL_CONFIG, '--outDir', PORTAL_BUILD_DIR].concat([
        '--host',
        '127.0.0.1',
        '--port',
        String(PORTAL_PORT),
        '--strictPort',
      ]),
      { API_URL },
    );
    processes.push(api, worker, portal);
    await Promise.all([
      waitForHttp(api, `${API_URL}/health/ready`),
      waitForLine(worker, /Worker started/),
      waitForHttp(portal, `${PORTAL_URL}/login`),
    ]);
    console.log(`[e2e] stack up in ${((Date.now() - started) / 1000).toFixed(1)} s (db ${database.name})`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function dropDatabase(name: string) {
  const client = new Client({
    connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function clearRedis(url: string, prefix: string) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
