// `npm run codegen`: typed documents for every `graphql()` call in the portal, from the
// API's generated schema. The output (src/gql) is committed; CI fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents become plain strings with their types attached: no GraphQL parser in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
