#!/usr/bin/env node
// Compiles server code to CommonJS with SWC, keeping decorator metadata and rewriting `@imh/*`
// imports (the paths in tsconfig.base.json) to relative paths. The output mirrors the source
// tree, so relative imports between apps and libs keep working under plain `node`.
//   node tools/build-server.mjs          API, worker and every lib into dist/server (the Docker images)
//   node tools/build-server.mjs api      one app and the libs it imports into dist/apps/api (`nx build api`)
// Development runs the TypeScript directly via @swc-node/register.
import { transformFile } from '@swc/core';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './lib.mjs';

const { paths } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')).compilerOptions;
/** `@imh/cohorts` → `libs/cohorts/src` (the folder compiled for that import). */
const libSources = new Map(Object.entries(paths).map(([name, [target]]) => [name, dirname(target)]));

const app = process.argv[2];
if (app && !existsSync(join(ROOT, 'apps', app, 'src', 'main.ts'))) {
  console.error(`No server app apps/${app}/src/main.ts.`);
  process.exit(2);
}
const OUT = join(ROOT, 'dist', app ? join('apps', app) : 'server');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.ts$/.test(name) && !/\.(spec|integration-spec)\.ts$/.test(name)) yield full;
  }
}

/** The app's sources and every lib it reaches through `@imh/*` imports. */
function sourcesOf(appName) {
  const sources = [`apps/${appName}/src`];
  for (let i = 0; i < sources.length; i++) {
    for (const file of walk(join(ROOT, sources[i]))) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/['"](@imh\/[\w-]+(?:\/[\w-]+)*)['"]/g)) {
        const source = libSources.get(name);
        if (source && !sources.includes(source)) sources.push(source);
      }
    }
  }
  return sources;
}

const SOURCES = app ? sourcesOf(app) : ['apps/api/src', 'apps/worker/src', ...new Set(libSources.values())];

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
