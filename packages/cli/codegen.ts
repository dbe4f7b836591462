/**
 * graphql-codegen: typed documents for the CLI's own operations in `src/operations/*.graphql` (those
 * the SDK does not offer), validated against the API's committed contract `../api/schema.graphql`
 * (never a running server). Same settings as `@immd/sdk`: plain strings, no `graphql` runtime.
 */
import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/operations/*.graphql'],
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
