// Unit (`*.spec.ts`, no I/O) and integration (`*.integration-spec.ts`, real Postgres and
// Redis) tiers. SWC compiles the server code so decorator metadata (Nest, TypeORM,
// GraphQL code-first) works as it does at run time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
// `@imh/*` imports resolve as tsc resolves them: tsconfig.base.json's paths are the one list of libs.
const { paths } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions as {
  paths: Record<string, string[]>;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alias = [
  ...Object.entries(paths).map(([name, [target]]) => ({
    // Exact match, so `@imh/cohorts` does not also catch `@imh/cohorts/testing`.
    find: new RegExp(`^${escape(name).replace('\\*', '(.*)')}$`),
    replacement: resolve(root, target.replace('*', '$1')),
  })),
  // Node runs the server as CommonJS, so there is one `graphql`. Vite would otherwise hand our
  // sources (and graphql-query-complexity) the ESM build, a second copy whose classes fail
  // graphql's instanceof checks ("Cannot use GraphQLObjectType from another module or realm").
  { find: /^graphql$/, replacement: resolve(root, 'node_modules/graphql/index.js') },
  {
    find: /^graphql-query-complexity$/,
    replacement: resolve(root, 'node_modules/graphql-query-complexity/dist/cjs/index.js'),
  },
];

const server = {
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    }),
  ],
  resolve: { alias },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...server,
        test: {
          name: 'unit',
          include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts'],
          exclude: ['**/node_modules/**', 'apps/portal/**'],
          environment: 'node',
        },
      },
      {
        ...server,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.integration-spec.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/support/global-setup.ts'],
          // Each file's own database, cloned from the run's and dropped after the file.
          setupFiles: ['tests/integration/support/file-database.ts'],
          // Benchmarks that need the booted API live in tests/bench as *.vbench.ts (`npm run bench`).
          benchmark: { include: ['tests/bench/**/*.vbench.ts'] },
          // Each file has its own database, Redis prefix, SMTP sink and port, so files run side by
          // side: two at a time on two cores. Vitest 3 ignores `maxWorkers` in a project (it reads
          // the root config's and the command line's), so `npm test` and `test:integration` pass
          // --maxWorkers=2: six files took 35 s instead of 59 s one at a time (measured).
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
