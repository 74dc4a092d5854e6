#!/usr/bin/env node
// Compiles the API, the worker and the libs to CommonJS under dist/server with SWC, keeping
// decorator metadata and rewriting `@imh/*` imports to relative paths. Containers run this
// output with plain `node`; development runs the TypeScript directly via @swc-node/register.
import { transformFile } from '@swc/core';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './lib.mjs';

const OUT = join(ROOT, 'dist', 'server');
const SOURCES = ['apps/api/src', 'apps/worker/src', ...readdirSync(join(ROOT, 'libs')).map((l) => `libs/${l}/src`)];
const paths = Object.fromEntries(
  readdirSync(join(ROOT, 'libs')).map((lib) => [`@imh/${lib}`, [`libs/${lib}/src/index.ts`]]),
);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.ts$/.test(name) && !/\.(spec|integration-spec)\.ts$/.test(name)) yield full;
  }
}

rmSync(OUT, { recursive: true, force: true });
let count = 0;
for (const source of SOURCES) {
  for (const file of walk(join(ROOT, source))) {
    const { code, map } = await transformFile(file, {
      filename: file,
      sourceMaps: true,
      module: { type: 'commonjs' },
      jsc: {
        target: 'es2022',
        baseUrl: ROOT,
        paths,
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
      },
    });
    const out = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${out}.map`, map);
    count++;
  }
}
console.log(`Compiled ${count} files to ${relative(ROOT, OUT)}`);
