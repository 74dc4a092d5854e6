// `npm run seed`: seeds the demo programme into DATABASE_URL.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@imh/config';
import { dataSourceOptions } from '../data-source-options';
import { seedDemo } from './seed-demo';

async function main() {
  const config = loadConfig();
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    await seedDemo(dataSource, { demoPassword: config.DEMO_PASSWORD, config });
    console.log('Demo data seeded.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
