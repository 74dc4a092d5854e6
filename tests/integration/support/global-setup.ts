// Vitest globalSetup for the integration tier: one fresh, migrated database and one Redis
// key prefix per run, both removed at the end. The database is a template: each test file
// works on its own copy of it (support/database.ts `fileDatabaseUrl()`), so no test ever sees
// data from an earlier run or from another file.
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from '@imh/database';
import { loadMigrationsWithSwc } from './load-migrations';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's migrated database. Never connect to it: each file clones it (`fileDatabaseUrl()`). */
    templateDatabaseUrl: string;
    redisUrl: string;
    queuePrefix: string;
  }
}

const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Runs take about a minute; anything this old was left by an interrupted run. */
const STALE_AFTER_MS = 3 * 3600_000;

export default async function setup(project: TestProject) {
  loadMigrationsWithSwc();
  await Promise.all([dropStaleDatabases(), deleteStaleKeys()]);
  const database = await createTestDatabase(SERVER_URL);
  // Letters and digits only (each test app appends its own suffix); starts with the time so a
  // later run can tell an abandoned prefix from a live one.
  const queuePrefix = `imhtest${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  project.provide('templateDatabaseUrl', database.url);
  project.provide('redisUrl', REDIS_URL);
  project.provide('queuePrefix', queuePrefix);

  return async function teardown() {
    await Promise.all([database.drop(), deleteKeys((key) => key.startsWith(queuePrefix))]);
  };
}

/** Base-36 milliseconds in a test database name (imh_test_<time>_<random>) or queue prefix (imhtest<time>…). */
const isStale = (time: string | undefined) => !!time && Date.now() - parseInt(time, 36) > STALE_AFTER_MS;

async function dropStaleDatabases() {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'imh\\_test\\_%'`,
    );
    for (const { datname } of rows.filter((r) => isStale(r.datname.split('_')[2]))) {
      // Without FORCE: a database someone is still connected to stays.
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

const deleteStaleKeys = () => deleteKeys((key) => isStale(/^imhtest([0-9a-z]{8})/.exec(key)?.[1]));

async function deleteKeys(matches: (key: string) => boolean) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', 'imhtest*', 'COUNT', 1000);
      const doomed = keys.filter(matches);
      if (doomed.length) await redis.del(...doomed);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
