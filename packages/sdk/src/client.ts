/**
 * The SDK's transport: `createClient({ url, token })` returns a client whose `request(document,
 * variables)` POSTs a typed document to the API with `Authorization: Bearer <token>` and returns
 * typed data. Queries are retried with exponential backoff on network errors; mutations never are
 * (a lost answer does not mean the write did not happen). Uses only `fetch`, so it runs in Node 20+
 * and in browsers.
 *
 * @example
 * ```ts
 * import { createClient } from '@immd/sdk/client'
 * import { ViewerDocument } from '@immd/sdk/generated/graphql'
 *
 * const client = createClient({ url: 'http://localhost:4000/graphql', token: process.env.IMMD_TOKEN })
 * const { viewer } = await client.request(ViewerDocument)
 * ```
 *
 * @packageDocumentation
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'
import {
  type GraphQLErrorEntry,
  ImmdAuthError,
  ImmdGraphQLError,
  ImmdHttpError,
  ImmdNetworkError,
} from './errors.js'
import { detectOperationKind, type OperationKind } from './operation-kind.js'

/** A typed document (as generated in `@immd/sdk/generated/graphql`) or a plain string. */
export type ImmdDocument<TResult, TVariables> =
  | (DocumentTypeDecoration<TResult, TVariables> & { toString(): string })
  | string

/** What the client tells `onRequest` about each HTTP attempt. */
export interface RequestInfo {
  operationName: string | null
  kind: OperationKind
  /** 1 for the first try. */
  attempt: number
}

/** Options of {@link createClient}. */
export interface CreateClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string
  /** An API token; sent as `Authorization: Bearer <token>`. */
  token?: string | null
  /** A fetch implementation (default: the global one). Tests pass an in-process server's. */
  fetch?: typeof fetch
  /** Extra attempts for queries after a network error (default 2). Mutations are never retried. */
  retries?: number
  /** First backoff delay in ms, doubled on each retry (default 250). */
  retryDelayMs?: number
  /** Abort a request after this many ms (default 60 000; 0 = never). */
  timeoutMs?: number
  /** Extra headers for every request. */
  headers?: Record<string, string>
  /** Called before every HTTP attempt (logging, counting requests). */
  onRequest?: (info: RequestInfo) => void
}

/** Per-call options of {@link ImmdClient.request}. */
export interface RequestOptions {
  signal?: AbortSignal
}

/** Variables are optional when the document declares none (or only optional ones). */
type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions]

/** Per-call options of {@link ImmdClient.get}. */
export interface GetOptions {
  /** Query-string parameters; a list repeats the parameter. */
  query?: Record<string, string | readonly string[]>
  signal?: AbortSignal
}

/** A configured API client. */
export interface ImmdClient {
  readonly url: string
  /** Runs one operation and returns its data; throws the SDK's typed errors. */
  request<TResult, TVariables>(
    document: ImmdDocument<TResult, TVariables>,
    ...args: VariablesArgument<TVariables>
  ): Promise<TResult>
  /**
   * GETs a download of the same API (e.g. `exports/engagements.ndjson`), a path resolved against
   * `url` like a relative link (so a `/immd/graphql` endpoint gives `/immd/exports/…`), with the
   * client's token and headers. Retried like a query on network errors and 502/503/504; other
   * non-2xx answers throw the typed errors. The timeout covers waiting for the answer, not reading
   * its body, so long downloads are not cut off.
   */
  get(path: string, options?: GetOptions): Promise<Response>
}

interface GraphQLResponse {
  data?: unknown
  errors?: GraphQLErrorEntry[]
}

const RETRYABLE_STATUSES = new Set([502, 503, 504])

/** Creates a client for one API endpoint and token. */
export function createClient(options: CreateClientOptions): ImmdClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
  const retries = Math.max(0, options.retries ?? 2)
  const baseDelay = options.retryDelayMs ?? 250
  const timeoutMs = options.timeoutMs ?? 60_000
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`

  async function request<TResult, TVariables>(
    document: ImmdDocument<TResult, TVariables>,
    ...[variables, requestOptions]: VariablesArgument<TVariables>
  ): Promise<TResult> {
    const query = document.toString()
    const kind = detectOperationKind(query)
    const operationName =
      /(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(query)?.[1] ?? null
    const body = JSON.stringify({ query, variables: variables ?? {}, operationName })
    const attempts = kind === 'query' ? retries + 1 : 1
    let lastError: unknown
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      options.onRequest?.({ operationName, kind, attempt })
      let response: Response
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers,
          body,
          signal: combineSignals(requestOptions?.signal, timeoutMs),
        })
      } catch (error) {
        if (requestOptions?.signal?.aborted) throw error
        lastError = error
        if (attempt < attempts) await delay(baseDelay * 2 ** (attempt - 1))
        continue
      }
      if (RETRYABLE_STATUSES.has(response.status) && attempt < attempts) {
        lastError = new Error(`HTTP ${response.status}`)
        await response.body?.cancel()
        await delay(baseDelay * 2 ** (attempt - 1))
        continue
      }
      return readResponse<TResult>(response, Boolean(options.token))
    }
    throw new ImmdNetworkError(options.url, attempts, lastError)
  }

  async function get(path: string, getOptions: GetOptions = {}): Promise<Response> {
    const target = new URL(path, options.url)
    for (const [name, value] of Object.entries(getOptions.query ?? {})) {
      for (const item of typeof value === 'string' ? [value] : value) {
        target.searchParams.append(name, item)
      }
    }
    const { 'content-type': _json, ...getHeaders } = headers
    getHeaders.accept = '*/*'
    let lastError: unknown
    for (let attempt = 1; attempt <= retries + 1; attempt += 1) {
      options.onRequest?.({ operationName: null, kind: 'query', attempt })
      const waiting = new AbortController()
      const timer = timeoutMs > 0 ? setTimeout(() => waiting.abort(), timeoutMs) : undefined
      let response: Response
      try {
        response = await fetchImpl(target, {
          method: 'GET',
          headers: getHeaders,
          signal: combineSignals(getOptions.signal, 0, waiting.signal),
        })
      } catch (error) {
        if (getOptions.signal?.aborted) throw error
        lastError = error
        if (attempt <= retries) await delay(baseDelay * 2 ** (attempt - 1))
        continue
      } finally {
        clearTimeout(timer)
      }
      if (response.ok) return response
      if (RETRYABLE_STATUSES.has(response.status) && attempt <= retries) {
        lastError = new Error(`HTTP ${response.status}`)
        await response.body?.cancel()
        await delay(baseDelay * 2 ** (attempt - 1))
        continue
      }
      throw await downloadError(response, Boolean(options.token))
    }
    throw new ImmdNetworkError(target.toString(), retries + 1, lastError)
  }

  return { url: options.url, request, get }
}

/** Turns an HTTP response into data or the matching typed error. */
async function readResponse<TResult>(response: Response, hasToken: boolean): Promise<TResult> {
  const text = await response.text()
  let payload: GraphQLResponse | null = null
  try {
    payload = JSON.parse(text) as GraphQLResponse
  } catch {
    payload = null
  }
  if (!payload || (payload.data === undefined && !payload.errors)) {
    if (response.status === 401 || response.status === 403) {
      const code = response.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN'
      throw new ImmdAuthError(code, authMessage(code, hasToken), [])
    }
    if (RETRYABLE_STATUSES.has(response.status)) {
      throw new ImmdNetworkError(response.url || 'the API', 1, new Error(`HTTP ${response.status}`))
    }
    throw new ImmdHttpError(response.status, text, response.headers.get('x-correlation-id'))
  }
  const errors = payload.errors ?? []
  const auth = errors.find((error) => {
    const code = error.extensions?.code
    return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
  })
  if (auth) {
    const code = auth.extensions?.code as 'UNAUTHENTICATED' | 'FORBIDDEN'
    throw new ImmdAuthError(code, `${authMessage(code, hasToken)} (${auth.message})`, errors)
  }
  if (errors.length > 0) throw new ImmdGraphQLError(errors, payload.data ?? null)
  return payload.data as TResult
}

/** The typed error of a refused download (`{ "code", "error" }` JSON bodies carry the reason). */
async function downloadError(response: Response, hasToken: boolean): Promise<Error> {
  const text = await response.text()
  let reason: string | null = null
  try {
    const body = JSON.parse(text) as { error?: unknown }
    reason = typeof body.error === 'string' ? body.error : null
  } catch {
    reason = null
  }
  if (response.status === 401 || response.status === 403) {
    const code = response.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN'
    const message = authMessage(code, hasToken)
    return new ImmdAuthError(code, reason ? `${message} (${reason})` : message, [])
  }
  return new ImmdHttpError(response.status, text, response.headers.get('x-correlation-id'))
}

function authMessage(code: 'UNAUTHENTICATED' | 'FORBIDDEN', hasToken: boolean): string {
  if (code === 'FORBIDDEN') return 'The token does not allow this operation'
  return hasToken
    ? 'The API rejected the token (unknown, revoked or expired)'
    : 'No API token given; the API needs one'
}

function combineSignals(
  signal: AbortSignal | undefined,
  timeoutMs: number,
  extra?: AbortSignal,
): AbortSignal | undefined {
  const signals = [
    signal,
    timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
    extra,
  ].filter((entry): entry is AbortSignal => entry !== undefined)
  return signals.length > 1 ? AbortSignal.any(signals) : signals[0]
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
