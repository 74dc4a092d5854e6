// TypeORM loads migration classes with Node's own `require`, which cannot read TypeScript;
// Vitest's transform does not reach it. A require hook limited to the migrations folder lets
// `runMigrations()` and the apps' DataSources load them in the test process.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const MIGRATIONS_DIR = resolve(__dirname, '../../../libs/database/src/migrations') + '/';
let registered = false;

export function loadMigrationsWithSwc(): void {
  if (registered) return;
  registered = true;
  const require = createRequire(join(__dirname, 'load-migrations.ts'));
  const { register } = require('@swc-node/register/register') as {
    register(options: object, hook: { exts: string[]; matcher: (file: string) => boolean }): void;
  };
  register({}, { exts: ['.ts'], matcher: (file) => file.startsWith(MIGRATIONS_DIR) });
}
