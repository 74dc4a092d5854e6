// Applies pending migrations to DATABASE_URL quietly (used by `npm start` and deploys);
// `npm run migration:run` is the TypeORM CLI's verbose equivalent.
import 'reflect-metadata';
import { loadConfig } from '@imh/config';
import { runMigrations } from './migrate';

runMigrations(loadConfig().DATABASE_URL)
  .then((applied) =>
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.'),
  )
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
