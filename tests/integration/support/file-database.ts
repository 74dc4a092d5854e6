// Each test file's own database, cloned from the run's migrated one. Also the integration
// tier's setupFile: its afterAll is registered before any of the file's own hooks, so (hooks
// run as a stack) it runs after theirs, once the file's apps are closed, and drops the copy.
// Imports nothing of the apps: a setupFile's imports load before the file's `vi.mock`s apply.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, inject } from 'vitest';

let fileDatabase: Promise<{ name: string; url: string }> | undefined;
const beforeDrop: (() => Promise<void>)[] = [];

/** The server's maintenance database, for CREATE and DROP DATABASE. */
function serverUrl(): string {
  const url = new URL(inject('templateDatabaseUrl'));
  url.pathname = '/postgres';
  return url.toString();
}

/**
 * This file's database: a copy of the run's migrated database (`CREATE DATABASE … TEMPLATE`,
 * tens of milliseconds), made on first use and dropped after the file. Every file boots its own
 * API and worker; with a database of its own, no worker relays another file's outbox or sends
 * another file's e-mail, and no test sees another file's rows.
 */
export function fileDatabaseUrl(): Promise<string> {
  fileDatabase ??= createFileDatabase();
  return fileDatabase.then((db) => db.url);
}

/** Something to close before the drop (the test process's own connection). */
export function closeBeforeDrop(close: () => Promise<void>): void {
  beforeDrop.push(close);
}

async function createFileDatabase() {
  const template = new URL(inject('templateDatabaseUrl'));
  const templateName = template.pathname.slice(1);
  // Same `imh_test_<time>_…` shape as the run's, so a later run removes it if this one is killed.
  const name = `${templateName}_f${randomBytes(3).toString('hex')}`;
  await onServer(async (client) => {
    // The template may be in use for a moment (the previous file's last connection closing).
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  });
  const url = new URL(template);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Drops this file's database; FORCE ends whatever is still connected (a killed worker's pool). */
export async function dropFileDatabase(): Promise<void> {
  for (const close of beforeDrop.splice(0)) await close();
  const pending = fileDatabase;
  fileDatabase = undefined;
  if (!pending) return;
  const { name } = await pending;
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function onServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await dropFileDatabase();
});
