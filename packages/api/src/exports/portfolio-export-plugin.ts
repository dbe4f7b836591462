/**
 * `GET /exports/engagements.ndjson` and `GET /exports/engagements.csv`: the whole portfolio in
 * one streamed response, instead of a hundred pages of the `engagements` connection (each paying
 * the viewer lookup, GraphQL execution and a count again).
 *
 * The rules are the connection's: the request's context is built by the same `createContext` as
 * a GraphQL request (API token or session cookie, the same rate-limit budget), rows come from the
 * tenant-guarded client of that context, limited to the viewer's organizations, with the
 * connection's filter and order (`portfolio-query.ts`) and its values (`portfolio-rows.ts`).
 * Exports are reads and, like `engagementExport`, not audited. On PostgreSQL the NDJSON lines are
 * written by the database (`portfolio-lines-postgres.ts`, the same bytes) unless `compiledReads`
 * is off.
 *
 * @packageDocumentation
 */
import type { Plugin } from 'graphql-yoga'
import { readableOrganizationIds } from '../auth/viewer.js'
import type { ApiDatabase } from '../database.js'
import { authenticateRoute } from '../http/route-auth.js'
import type { ApiPubSub } from '../pubsub.js'
import {
  type ErrorLogger,
  logToStderr,
  reportUnexpectedError,
  unexpectedErrorResponse,
} from '../security/error-reporting.js'
import type { SecurityOptions } from '../security/options.js'
import type { RateLimitStore } from '../security/rate-limit.js'
import {
  type PortfolioEncoding,
  type PortfolioExportFormat,
  portfolioEncoding,
} from './portfolio-formats.js'
import { readPortfolioLines } from './portfolio-lines-postgres.js'
import { ExportParameterError, parsePortfolioQuery } from './portfolio-query.js'
import { type ExportedRow, readPortfolio } from './portfolio-rows.js'

/** The export routes: `/exports/engagements.ndjson`, `/exports/engagements.csv`. */
const ROUTE = /^\/exports\/engagements\.(ndjson|csv)$/

/** Options of {@link usePortfolioExport}: what `createApi` builds GraphQL contexts from. */
export interface PortfolioExportOptions {
  db: ApiDatabase
  pubsub: ApiPubSub
  security: SecurityOptions
  rateLimits: RateLimitStore
  devViewerEmail?: string | null
  /** The client address rate limits count without credentials (the one GraphQL requests use). */
  clientAddressOf(request: Request, serverContext: never, security: SecurityOptions): string
  /**
   * Rows per SQL statement (default: `DEFAULT_CHUNK_SIZE` of `portfolio-rows.ts`, 2,000 rows, or
   * `LINES_CHUNK_SIZE` of `portfolio-lines-postgres.ts`, 5,000 lines).
   */
  chunkSize?: number
  /** Where unexpected errors are logged (default: stderr). */
  logError?: ErrorLogger
  /** Let PostgreSQL write the NDJSON lines (default: true; `createApi`'s `compiledReads`). */
  compiledReads?: boolean
}

/** The fetch classes of the server (Yoga's `fetchAPI`). */
interface FetchApi {
  Response: typeof Response
  ReadableStream: typeof ReadableStream
}

/** A JSON error response (`{ code, error, parameter? }`), never cached. */
function jsonError(
  fetchApi: FetchApi,
  status: number,
  body: { code: string; error: string; parameter?: string },
  headers: Record<string, string> = {},
): Response {
  return new fetchApi.Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  })
}

/** The text of each chunk of rows, in the format's encoding. */
async function* encodeChunks(
  chunks: AsyncGenerator<ExportedRow[], void, undefined>,
  encoding: PortfolioEncoding,
): AsyncGenerator<string, void, undefined> {
  for await (const rows of chunks) yield encoding.chunk(rows)
}

/** Answers one export request (errors as JSON, rows as a stream). */
async function answerExport(
  request: Request,
  serverContext: unknown,
  format: PortfolioExportFormat,
  options: PortfolioExportOptions,
  fetchApi: FetchApi,
): Promise<Response> {
  if (request.method !== 'GET') {
    return jsonError(
      fetchApi,
      405,
      { code: 'METHOD_NOT_ALLOWED', error: 'Exports are read with GET.' },
      { allow: 'GET' },
    )
  }
  // The same authentication, rate limit and refusals as the other routes beside `/graphql`.
  const context = await authenticateRoute(request, serverContext, options)
  if (context instanceof Response) return context
  const { viewer } = context
  let query: ReturnType<typeof parsePortfolioQuery>
  try {
    query = parsePortfolioQuery(new URL(request.url).searchParams)
  } catch (error) {
    if (!(error instanceof ExportParameterError)) throw error
    return jsonError(fetchApi, 400, {
      code: 'BAD_REQUEST',
      error: error.message,
      parameter: error.parameter,
    })
  }
  const encoding = portfolioEncoding(format, query.selection)
  const read = {
    prisma: context.db.prisma,
    engine: context.db.engine,
    organizationIds: readableOrganizationIds(viewer),
    query,
    selection: query.selection,
    chunkSize: options.chunkSize,
  }
  const chunks =
    format === 'ndjson' && read.engine === 'postgresql' && options.compiledReads !== false
      ? readPortfolioLines(read)
      : encodeChunks(readPortfolio(read), encoding)
  // The first chunk is read before answering: a failing first statement is still an HTTP error
  // (a masked 500), not a cut stream. Later failures abort the stream, which clients see as a
  // broken download rather than a short one.
  const first = await chunks.next()
  const encoder = new TextEncoder()
  let pending: string | null = encoding.preamble + (first.done ? '' : first.value)
  const finished = Boolean(first.done)
  const body = new fetchApi.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending !== null) {
        const text = pending
        pending = null
        if (text.length > 0) {
          controller.enqueue(encoder.encode(text))
          return
        }
      }
      let next: IteratorResult<string>
      try {
        next = finished ? { done: true, value: undefined } : await chunks.next()
      } catch (error) {
        reportUnexpectedError(options.logError ?? logToStderr, 'portfolio-export', error)
        controller.error(error)
        return
      }
      if (next.done) {
        controller.close()
        return
      }
      controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
  return new fetchApi.Response(body, {
    status: 200,
    headers: {
      'content-type': encoding.contentType,
      'content-disposition': `attachment; filename="${encoding.fileName}"`,
      'cache-control': 'private, no-store',
    },
  })
}

/**
 * The Yoga plugin serving the export routes; every other request passes through. Register it
 * before the console's pages, which would otherwise answer unknown paths.
 */
export function usePortfolioExport(options: PortfolioExportOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      const match = ROUTE.exec(url.pathname)
      if (!match) return
      const format = match[1] as PortfolioExportFormat
      let response: Response
      try {
        response = await answerExport(request, serverContext, format, options, fetchAPI)
      } catch (error) {
        // Masked like GraphQL's unexpected errors: the cause is for the operator's log only.
        response = unexpectedErrorResponse(
          reportUnexpectedError(options.logError ?? logToStderr, 'portfolio-export', error),
        )
      }
      endResponse(response)
    },
  }
}
