/**
 * graphql-codegen: typed documents for the operations in `src/operations/*.graphql` and for the
 * report operations the API owns (`../api/operations/*.graphql`: the API runs them in process for
 * its downloads, so their text has one home), validated against the API's committed contract
 * `../api/schema.graphql` (never a running server).
 * `documentMode: 'string'` emits plain strings, so the SDK needs no `graphql` runtime.
 */
import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/operations/*.graphql', '../api/operations/*.graphql'],
  ignoreNoDocuments: false,
  // NodeNext ESM: relative imports of the generated files end in `.js`.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false },
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
  },
}

export default config
