/**
 * graphql-codegen: typed documents for every `graphql(…)` call in `src/`, generated from the API's
 * committed contract (`../api/schema.graphql`), never from a running server. Output: `src/gql/`
 * (gitignored; `pnpm generate`), including `persisted-documents.json`, the trusted-documents
 * manifest `{ "sha256:<hash>": "<document>" }` the build ships in `dist/` and the API accepts by id.
 */
import { addTypenameToDocument } from '@apollo/client/utilities'
import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * The server runs the manifest's text, not what Apollo would send, and Apollo's cache needs
 * `__typename` (to normalize, and to match `... on Error` results). So the generated documents get
 * it by Apollo's own rule: every selection set except the operation's root (the console reads a
 * mutation's payload as the root's only field). Apollo then has nothing left to add at run time.
 */
const apolloTypenames = {
  transform: ({
    documents,
  }: {
    documents: { document?: Parameters<typeof addTypenameToDocument>[0] }[]
  }) =>
    documents.map((source) => ({
      ...source,
      document: source.document && addTypenameToDocument(source.document),
    })),
}

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.vue', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
        // Every document carries `__meta__.hash`, the id the Apollo link sends instead of the text.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      documentTransforms: [apolloTypenames],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
    // Unions and interfaces for the cache (typed error results implement `Error`).
    './src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
}

export default config
