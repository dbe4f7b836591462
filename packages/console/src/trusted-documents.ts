/**
 * Trusted documents: the console sends the id of each operation (the `__meta__.hash` graphql-codegen
 * embeds in every generated document, the key of the same document in `persisted-documents.json`)
 * instead of its text. The API runs the manifest's text for that id, and in production may refuse
 * any other document from cookie sessions (`IMMD_TRUSTED_DOCUMENTS_ONLY`, docs/security.md).
 */
import type { ApolloLink } from '@apollo/client/core'
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries'
import type { DocumentNode } from 'graphql'

/** Apollo's shape of an id, which the API reads from `extensions.persistedQuery`. */
export interface PersistedQueryExtension {
  version: 1
  sha256Hash: string
}

/**
 * The persisted id of a generated document: its `__meta__.hash` without the `sha256:` prefix of
 * the GraphQL-over-HTTP notation (Apollo's field holds the bare hex digest). Throws for a document
 * that has none (written by hand, or `src/gql` stale), so it is never sent as text instead.
 */
export function persistedId(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash
  if (typeof hash !== 'string' || hash === '') {
    const definition = document.definitions.find((d) => d.kind === 'OperationDefinition')
    const name = definition && 'name' in definition ? definition.name?.value : undefined
    throw new Error(
      `The operation ${name ?? '(anonymous)'} has no persisted id: declare it with graphql(…) and run \`pnpm generate\`.`,
    )
  }
  return hash.replace(/^sha256:/, '')
}

/** The `extensions.persistedQuery` value that names a generated document. */
export function persistedQueryExtension(document: DocumentNode): PersistedQueryExtension {
  return { version: 1, sha256Hash: persistedId(document) }
}

/**
 * An Apollo link that replaces the text of every query and mutation by its id (POST, so mutations
 * and queries travel alike). Unlike automatic persisted queries it never retries with the text
 * when the server answers `PERSISTED_QUERY_NOT_FOUND`: the server's manifest is then not this
 * console's (a deployment mistake), and the error says so instead of being hidden by a second
 * request that trusted-only mode would refuse anyway.
 */
export function createTrustedDocumentsLink(): ApolloLink {
  return createPersistedQueryLink({
    generateHash: (document) => persistedId(document),
    useGETForHashedQueries: false,
    // Never switch to sending text, whatever the server answers.
    disable: () => false,
    retry: () => false,
  })
}
