#!/usr/bin/env node
// `npm run bench`: runs every tests/bench/*.bench.ts in its own Node process (TypeScript via
// @swc-node/register, `@imh/*` paths from tsconfig), one after another so timings do not compete,
// then the *.vbench.ts files, which need the booted API, in Vitest's bench mode on the
// integration harness (fresh database per run). Not part of `npm test`.
// Pass names to run only some: `npm run bench -- grouping`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, say } from './lib.mjs';

const dir = join(ROOT, 'tests', 'bench');
const wanted = process.argv.slice(2);
const matches = (name) => wanted.length === 0 || wanted.some((w) => name.includes(w));
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts') && matches(name))
  .sort();
const appBenches = readdirSync(dir)
  .filter((name) => name.endsWith('.vbench.ts') && matches(name))
  .sort();
if (benches.length + appBenches.length === 0) {
  console.error(`No benchmarks matched in tests/bench${wanted.length ? `: ${wanted.join(', ')}` : ''}.`);
  process.exit(1);
}

let failed = 0;
for (const name of benches) {
  say('bench', name);
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(dir, name)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
if (appBenches.length) {
  say('bench', appBenches.join(', '));
  const files = appBenches.map((name) => join('tests', 'bench', name));
  const result = spawnSync('npx', ['vitest', 'bench', '--run', '--project', 'integration', ...files], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
