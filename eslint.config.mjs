// ESLint flat config: type-aware rules for the server and portal, React hooks for the portal,
// module boundaries from the Nx project graph (tags in each project.json).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Scope: the portal talks to the API over GraphQL only; server code never imports the portal.
// Type: apps → persistence (every context's entities, migrations, seed) → contexts → infra → util.
// Another project is reached only through its public index (`@imh/<lib>`), never by a path into
// its src; the rule also rejects import cycles between projects.
const depConstraints = [
  { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tests', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:persistence', 'type:context', 'type:infra', 'type:util'] },
  { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:context', 'type:infra', 'type:util'] },
  { sourceTag: 'type:context', onlyDependOnLibsWithTags: ['type:context', 'type:infra', 'type:util'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:tests',
    onlyDependOnLibsWithTags: ['type:persistence', 'type:context', 'type:infra', 'type:util'],
  },
];
const boundaries = (allow = []) => ['error', { allow, depConstraints, enforceBuildableLibDependency: false }];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'apps/portal/src/gql/**',
      'libs/database/src/migrations/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mts', 'apps/portal/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='skip']",
          message: 'No skipped tests.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: { '@nx/enforce-module-boundaries': boundaries() },
  },
  {
    // Integration tests and benchmarks boot the API and the worker from their modules.
    files: ['tests/**/*.ts'],
    // Integration tests boot the apps, cost the portal's generated documents and read the demo seed's fixed ids.
    rules: {
      '@nx/enforce-module-boundaries': boundaries([
        '^(\\.\\./)+apps/(api|worker)/src/',
        '^(\\.\\./)+apps/portal/src/gql/',
        '^(\\.\\./)+libs/database/src/seed/',
      ]),
    },
  },
  {
    files: ['apps/portal/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Journeys and page objects take `test` and `expect` from the fixture module, so the axe-core
    // and page-error checks cover every test; other browsers come from freshPage/signedInPage.
    files: ['tests/e2e/**/*.e2e.ts', 'tests/e2e/**/*.setup.ts', 'tests/e2e/pages/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              allowTypeImports: true,
              message: "Import test and expect from './support/fixtures' (it runs axe-core on every page).",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='skip']",
          message: 'No skipped tests.',
        },
        {
          selector: "CallExpression[callee.property.name='newContext']",
          message: 'Use the freshPage or signedInPage fixture: its pages get the axe-core and page-error checks.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.mts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
);
