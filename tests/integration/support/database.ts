// Direct database access for factories and assertions ("nothing was written"), on the run's
// test database. Kept apart from the apps' own DataSources so assertions never go through
// the code under test.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { dataSourceOptions } from '@imh/database';

let dataSource: DataSource | undefined;
let initializing: Promise<DataSource> | undefined;

/** The test process's own connection to the run's database, opened on first use. */
export function testDb(): Promise<DataSource> {
  if (dataSource?.isInitialized) return Promise.resolve(dataSource);
  initializing ??= new DataSource(dataSourceOptions(inject('databaseUrl'), { migrations: [], extra: { max: 4 } }))
    .initialize()
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
