// Run with `node -r @swc-node/register` (decorator metadata needs SWC, which Playwright's
// loader lacks): creates a fresh migrated database for this run, seeds the demo data and
// prints {"url", "name"} as the last line of stdout.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@imh/config';
import { createTestDatabase, dataSourceOptions, seedDemo } from '@imh/database';

async function main() {
  const config = loadConfig();
  const database = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    await seedDemo(dataSource, { demoPassword: config.DEMO_PASSWORD, config });
  } finally {
    await dataSource.destroy();
  }
  process.stdout.write(`${JSON.stringify({ url: database.url, name: database.name })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
