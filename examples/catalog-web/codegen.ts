// GraphQL Code Generator: types for every operation in src/, from the API's exported SDL (the contract).
// The client preset writes src/gql/ (typed `graphql()` and the document types); nothing there is edited by hand.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', URL: 'string' },
      },
    },
  },
};
export default config;
