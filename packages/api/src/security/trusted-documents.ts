/**
 * Trusted documents: the console sends the id of an operation from the manifest graphql-codegen's
 * client preset writes (`persistedDocuments` → `persisted-documents.json`, `{ hash: document }`,
 * shipped in the console's `dist/`) instead of its text. Production can refuse any other document
 * from cookie sessions and anonymous requests, while API tokens (tools, the SDK, the CLI) keep full
 * GraphQL. The manifest is static: unlike automatic persisted queries, no request ever adds to it.
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** The manifest's name in the console's build folder (`packages/console/dist`). */
export const CONSOLE_MANIFEST_FILE = 'persisted-documents.json'

/**
 * Where the manifest is: the configured path, else the one the served console ships
 * (`<consoleDir>/persisted-documents.json`), so a console and the ids it sends stay together.
 */
export function resolveManifestPath(options: {
  manifestPath: string | null
  consoleDir?: string | null
}): string | null {
  if (options.manifestPath) return options.manifestPath
  const shipped = options.consoleDir ? join(options.consoleDir, CONSOLE_MANIFEST_FILE) : null
  return shipped && existsSync(shipped) ? shipped : null
}

/** `documentId` (GraphQL over HTTP) or Apollo's `extensions.persistedQuery.sha256Hash`. */
function extractId(params: GraphQLParams): string | null {
  const direct = (params as { documentId?: unknown }).documentId
  if (typeof direct === 'string') return direct.replace(/^sha256:/, '')
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery
  return typeof persisted?.sha256Hash === 'string'
    ? persisted.sha256Hash.replace(/^sha256:/, '')
    : null
}

/** Options of {@link useTrustedDocuments}. */
export interface UseTrustedDocumentsOptions extends TrustedDocumentOptions {
  /** The manifest itself (tests); else read from `manifestPath` or the served console's. */
  documents?: PersistedDocuments
  /** The served console's build folder, whose shipped manifest is the default. */
  consoleDir?: string | null
  /**
   * True for requests the server builds and runs itself (report downloads ask GraphQL in process
   * with the caller's credentials): their documents are the server's own, so they count as trusted.
   */
  isInProcess?: (request: Request) => boolean
  /**
   * Whether the request carries a valid API token (known, not revoked, not expired). Only such a
   * request may send text in trusted-only mode: a junk `Bearer` header alone proves nothing
   * (issue #23). Default: no request does.
   */
  hasValidApiToken?: (request: Request) => Promise<boolean>
}

/**
 * The plugin, or null when no manifest is configured. Throws when trusted-only mode is asked for
 * without a manifest: that would otherwise silently accept every document.
 */
export function useTrustedDocuments(options: UseTrustedDocumentsOptions): Plugin | null {
  const path = resolveManifestPath(options)
  const documents = options.documents ?? (path ? loadPersistedDocuments(path) : null)
  if (!documents) {
    if (!options.requireForCookieSessions) return null
    throw new Error(
      'IMMD_TRUSTED_DOCUMENTS_ONLY needs a manifest: set IMMD_PERSISTED_DOCUMENTS, or serve a console built with its persisted-documents.json.',
    )
  }
  const isInProcess = options.isInProcess ?? (() => false)
  const hasValidApiToken = options.hasValidApiToken ?? (async () => false)
  return usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    extractPersistedOperationId: extractId,
    // Valid API tokens keep full GraphQL; cookie sessions and anonymous requests (a junk bearer
    // included) may be restricted.
    allowArbitraryOperations: async (request) =>
      !options.requireForCookieSessions ||
      isInProcess(request) ||
      (/^Bearer\s/i.test(request.headers.get('authorization') ?? '') &&
        (await hasValidApiToken(request))),
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
