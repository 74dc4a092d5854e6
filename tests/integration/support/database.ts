// Direct access to the test file's own database (support/file-database.ts) for factories and
// assertions ("nothing was written"). Kept apart from the apps' own
// DataSources so assertions never go through the code under test.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@imh/database';
import { closeBeforeDrop, fileDatabaseUrl } from './file-database';

export { fileDatabaseUrl } from './file-database';

let dataSource: DataSource | undefined;
let initializing: Promise<DataSource> | undefined;

closeBeforeDrop(() => closeTestDb());

/** The test process's own connection to this file's database, opened on first use. */
export function testDb(): Promise<DataSource> {
  if (dataSource?.isInitialized) return Promise.resolve(dataSource);
  initializing ??= fileDatabaseUrl()
    .then((url) => new DataSource(dataSourceOptions(url, { migrations: [], extra: { max: 4 } })).initialize())
    .then((ds) => (dataSource = ds));
  return initializing;
}

/** Runs raw SQL on the test database and returns the rows. */
export async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return (await testDb()).query(query, params);
}

/** `SELECT count(*)` as a number, for "nothing was written" checks. */
export async function countRows(query: string, params: unknown[] = []): Promise<number> {
  const [row] = await sql<{ count: string }>(query, params);
  return Number(row.count);
}

export async function closeTestDb(): Promise<void> {
  const ds = dataSource;
  dataSource = undefined;
  initializing = undefined;
  if (ds?.isInitialized) await ds.destroy();
}
