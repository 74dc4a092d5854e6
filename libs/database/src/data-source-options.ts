import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

/**
 * One place that says how we talk to Postgres. `synchronize` is never on: the schema
 * changes only through the migrations in ./migrations.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // TypeORM's error log prints the failed SQL with its parameters, which may hold personal or
    // confidential text; unexpected errors are logged (without parameters) by the API's error formatter.
    logging: false,
    extra: { max: 10 },
    ...extra,
  } as DataSourceOptions;
}
