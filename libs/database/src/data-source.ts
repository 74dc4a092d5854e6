// The data source the TypeORM CLI uses (`npm run migration:generate|run`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@imh/config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
