/**
 * Trusted documents: the console sends the id of an operation from the manifest graphql-codegen's
 * client preset writes (`persistedDocuments: true` → `persisted-documents.json`, `{ hash: document }`)
 * instead of its text. Production can refuse any other document from cookie sessions and anonymous
 * requests, while API tokens (tools, the SDK, the CLI) keep full GraphQL.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs'
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations'
import type { GraphQLParams, Plugin } from 'graphql-yoga'
import type { TrustedDocumentOptions } from './options.js'

/** Operation id → document text. */
export type PersistedDocuments = ReadonlyMap<string, string>

/** Reads a manifest: an object `{ id: document }` (an optional `sha256:` id prefix is dropped). */
export function loadPersistedDocuments(path: string): PersistedDocuments {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${path}: a persisted-documents manifest is a JSON object { id: document }`)
  }
  const documents = new Map<string, string>()
  for (const [id, document] of Object.entries(parsed)) {
    if (typeof document !== 'string') throw new Error(`${path}: ${id} is not a document string`)
    documents.set(id.replace(/^sha256:/, ''), document)
  }
  return documents
}

/** `documentId` (GraphQL over HTTP) or Apollo's `extensions.persistedQuery.sha256Hash`. */
function extractId(params: GraphQLParams): string | null {
  const direct = (params as { documentId?: unknown }).documentId
  if (typeof direct === 'string') return direct.replace(/^sha256:/, '')
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null
}

/** Options of {@link useTrustedDocuments}. */
export interface UseTrustedDocumentsOptions extends TrustedDocumentOptions {
  /** The manifest itself (tests); else read from `manifestPath`. */
  documents?: PersistedDocuments
}

/** The plugin, or null when no manifest is configured. */
export function useTrustedDocuments(options: UseTrustedDocumentsOptions): Plugin | null {
  const documents =
    options.documents ??
    (options.manifestPath ? loadPersistedDocuments(options.manifestPath) : null)
  if (!documents) return null
  return usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    extractPersistedOperationId: extractId,
    // API tokens keep full GraphQL; cookie sessions and anonymous requests may be restricted.
    allowArbitraryOperations: (request) =>
      !options.requireForCookieSessions ||
      /^Bearer\s/i.test(request.headers.get('authorization') ?? ''),
    customErrors: {
      notFound: {
        message: 'Unknown persisted operation id.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message:
          'Only trusted documents (persisted operation ids) are accepted here; API tokens may send any document.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
    },
  }) as Plugin
}
