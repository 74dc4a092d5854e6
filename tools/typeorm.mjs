#!/usr/bin/env node
// Runs the TypeORM CLI against our data source, with TypeScript loaded by swc.
//   npm run migration:generate -- AddCohorts   → libs/database/src/migrations/<ts>-AddCohorts.ts
//   npm run migration:run
//   node tools/typeorm.mjs migration:check     → exits 1 when an entity changed without a migration
import { spawnSync } from 'node:child_process';

const [command, name] = process.argv.slice(2);
const dataSource = 'libs/database/src/data-source.ts';
const cli = ['-r', '@swc-node/register', 'node_modules/typeorm/cli.js'];
let args;
switch (command) {
  case 'migration:generate':
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
      console.error('Give the migration a PascalCase name: npm run migration:generate -- AddCohorts');
      process.exit(2);
    }
    args = [...cli, 'migration:generate', '-d', dataSource, '--pretty', `libs/database/src/migrations/${name}`];
    break;
  case 'migration:check':
    args = [...cli, 'migration:generate', '-d', dataSource, '--check', 'libs/database/src/migrations/Check'];
    break;
  case 'migration:run':
  case 'migration:revert':
  case 'migration:show':
    args = [...cli, command, '-d', dataSource];
    break;
  default:
    console.error(`Unknown command ${command}`);
    process.exit(2);
}
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
