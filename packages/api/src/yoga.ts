/**
 * The GraphQL server as a fetch handler: `createApi({ db })` returns a Yoga instance that tests call
 * in process (`yoga.fetch('http://yoga/graphql', …)`) and `server.ts` mounts on a Node server.
 * It never listens itself. Security settings default to the production values of
 * `security/options.ts` (see docs/security.md).
 *
 * @packageDocumentation
 */
import { createYoga, type Plugin } from 'graphql-yoga'
import { useOidcRoutes } from './auth/oidc/oidc-routes.js'
import { resolveViewer, type Viewer } from './auth/viewer.js'
import { useCompiledReads } from './compiled-reads/use-compiled-reads.js'
import { createContext } from './context.js'
import type { ApiDatabase } from './database.js'
import { useSchemaFile } from './discovery/schema-route.js'
import { PortfolioCountCache } from './engagements/portfolio-count.js'
import { type EvidenceOptions, resolveEvidenceOptions } from './evidence/evidence-options.js'
import { useEvidenceRoutes } from './evidence/evidence-route.js'
import { usePortfolioExport } from './exports/portfolio-export-plugin.js'
import { HEALTH_PATH, useDatabaseHealth } from './health.js'
import { useResponseCompression } from './http/response-compression.js'
import { MCP_PATH, useMcpEndpoint } from './mcp/mcp-route.js'
import { type ApiPubSub, createApiPubSub } from './pubsub.js'
import { useReportDownloads } from './report-downloads/download-routes.js'
import { RESPONDENT_API_PATH, useRespondentRoutes } from './respondents/respondent-route.js'
import { schema } from './schema/index.js'
import {
  createImportBodyAdmission,
  createImportBodySlots,
  useImportBodyOperations,
} from './security/body-limits.js'
import { useConsolePages } from './security/console-pages.js'
import {
  type ErrorLogger,
  logToStderr,
  maskAndLogErrors,
  reportUnexpectedError,
  unexpectedErrorResponse,
} from './security/error-reporting.js'
import { useApiResponseHeaders, useRequestGuards } from './security/http-guards.js'
import {
  resolveSecurityOptions,
  type SecurityOptions,
  type SecurityOptionsInput,
} from './security/options.js'
import { useQueryLimits } from './security/query-limits.js'
import { createMemoryRateLimitStore, type RateLimitStore } from './security/rate-limit.js'
import { type PersistedDocuments, useTrustedDocuments } from './security/trusted-documents.js'
import { OpenSubscriptions } from './subscriptions/open-subscriptions.js'
import { useEventContexts } from './subscriptions/reauthorized-events.js'

/** Options of {@link createApi}. */
export interface CreateApiOptions {
  db: ApiDatabase
  /** Share one bus between instances; default: a new in-process bus. */
  pubsub?: ApiPubSub
  /** Security settings (limits, sessions, CORS, …); unset ones take the production defaults. */
  security?: SecurityOptionsInput
  /** Where rate-limit counters live; default: this process's memory. Share a Redis store between instances. */
  rateLimits?: RateLimitStore
  /**
   * Trusted documents given directly (tests); else read from `security.trustedDocuments.manifestPath`,
   * else from the served console's `persisted-documents.json`.
   */
  persistedDocuments?: PersistedDocuments
  /** Serve the built console from this folder, with its security headers (default: not served). */
  consoleDir?: string | null
  /**
   * E-mail of the user unauthenticated requests act as. Development only: refused when
   * `NODE_ENV=production` (default: none).
   */
  devViewerEmail?: string | null
  /** Serve GraphiQL on GET /graphql (default: outside production). */
  graphiql?: boolean
  /** Where unexpected errors are logged with their correlation id (default: JSON lines on stderr). */
  logError?: ErrorLogger
  /** Yoga's request logging (default: off, the server logs itself). */
  logging?: boolean
  /** Evidence upload limits (default: 25 MiB, the document, image, office and text types). */
  evidence?: Partial<EvidenceOptions>
  /**
   * Compress answers with Brotli or gzip as clients accept (default: true; turn it off when a
   * proxy in front compresses, or to measure without it). The console's precompressed files are
   * sent either way.
   */
  compression?: boolean
  /**
   * On PostgreSQL, answer the worksheet lists of `engagement(id)` from one JSON-building statement
   * (`compiled-reads/`) and let the database write the NDJSON export's lines
   * (`exports/portfolio-lines-postgres.ts`); default: true. Off: the executor resolves the lists
   * and the export maps rows in Node, as on SQLite.
   */
  compiledReads?: boolean
}

const GRAPHQL_PATH = '/graphql'

/** The client address of a request: the socket's, or the first `X-Forwarded-For` hop if trusted. */
function clientAddressOf(
  request: Request,
  serverContext: { req?: { socket?: { remoteAddress?: string } } },
  security: SecurityOptions,
): string {
  if (security.trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return serverContext.req?.socket?.remoteAddress ?? 'local'
}

/** Creates the Yoga instance serving `/graphql`, `/healthz` and, when asked, the console. */
export function createApi(options: CreateApiOptions) {
  const { db } = options
  const security = {
    ...resolveSecurityOptions(options.security),
    evidence: resolveEvidenceOptions(options.evidence),
  }
  if (options.devViewerEmail && (security.production || process.env.NODE_ENV === 'production')) {
    throw new Error('IMMD_DEV_VIEWER is for development only and is refused in production.')
  }
  if (security.webhooksAllowLoopbackHttp && security.production) {
    throw new Error('IMMD_WEBHOOKS_ALLOW_LOOPBACK_HTTP is for development and tests only.')
  }
  const pubsub = options.pubsub ?? createApiPubSub()
  const logError = options.logError ?? logToStderr
  const rateLimits = options.rateLimits ?? createMemoryRateLimitStore()
  const portfolioCounts = new PortfolioCountCache()
  const openSubscriptions = new OpenSubscriptions()
  // Cookies the auth mutations set, keyed by request, added to the response by the plugin below.
  const cookies = new WeakMap<Request, string[]>()
  const cookiePlugin: Plugin = {
    onResponse({ request, response }) {
      for (const cookie of cookies.get(request) ?? []) response.headers.append('set-cookie', cookie)
    },
  }
  // GraphQL requests the MCP endpoint builds in process: the server's own documents, trusted.
  const inProcess = new WeakSet<Request>()
  // One credential lookup per request, shared by the import admission (before the body is read),
  // the trusted-documents check and the context.
  const viewers = new WeakMap<Request, Promise<Viewer>>()
  const resolveRequestViewer = (request: Request): Promise<Viewer> => {
    let viewer = viewers.get(request)
    if (!viewer) {
      viewer = resolveViewer({
        prisma: db.prisma,
        request,
        sessionCookie: security.session.cookieName,
        sessionIdleMs: security.session.idleMs,
        devViewerEmail: options.devViewerEmail,
      })
      viewers.set(request, viewer)
    }
    return viewer
  }
  // Bodies over the ordinary limit are admitted from their headers, for imports only (#23).
  const importRequests = new WeakSet<Request>()
  const admitImportBody = createImportBodyAdmission({
    limits: security.limits,
    slots: createImportBodySlots(security.limits),
    resolveViewer: resolveRequestViewer,
  })
  const trusted = useTrustedDocuments({
    ...security.trustedDocuments,
    documents: options.persistedDocuments,
    consoleDir: options.consoleDir,
    isInProcess: (request) => inProcess.has(request),
    hasValidApiToken: async (request) => {
      const viewer = await resolveRequestViewer(request)
      return viewer.kind === 'user' && viewer.via === 'token'
    },
  })
  const plugins: Plugin[] = [
    useDatabaseHealth(db),
    // `GET /engagements/<id>/report.<format>`, `/portfolio-statistics.<format>` (in process).
    useReportDownloads({
      ...options,
      pubsub,
      security,
      rateLimits,
      clientAddressOf,
      onUnexpectedError: (error) =>
        unexpectedErrorResponse(reportUnexpectedError(logError, 'report-download', error)),
    }),
    usePortfolioExport({ ...options, pubsub, security, rateLimits, clientAddressOf, logError }),
    // `/evidence/...`: evidence file uploads and downloads, with the caller's own credentials.
    useEvidenceRoutes({
      ...options,
      pubsub,
      security,
      rateLimits,
      clientAddressOf,
      evidence: resolveEvidenceOptions(options.evidence),
      onUnexpectedError: (error) =>
        unexpectedErrorResponse(reportUnexpectedError(logError, 'evidence', error)),
    }),
    // `/respond/api/...`: the respondent surface, authorized by a respondent link's token only.
    useRespondentRoutes({
      db,
      pubsub,
      security,
      rateLimits,
      clientAddressOf,
      onUnexpectedError: (error) =>
        unexpectedErrorResponse(reportUnexpectedError(logError, 'respondent', error)),
    }),
    // `GET /graphql/schema.graphql`: the printed SDL, to authenticated clients.
    useSchemaFile({ ...options, pubsub, security, rateLimits, clientAddressOf }),
    // `/mcp`: the MCP server over streamable HTTP, for API tokens; GraphQL runs in process.
    useMcpEndpoint({
      ...options,
      pubsub,
      security,
      rateLimits,
      clientAddressOf,
      graphqlPath: GRAPHQL_PATH,
      onInProcessRequest: (request) => inProcess.add(request),
    }),
    // `/auth/providers` and `/auth/oidc/<id>/{start,callback}`: single sign-on.
    useOidcRoutes({ db, security, rateLimits, logError, clientAddressOf }),
    ...(options.consoleDir
      ? [
          useConsolePages({
            dir: options.consoleDir,
            reserved: [GRAPHQL_PATH, HEALTH_PATH, MCP_PATH, RESPONDENT_API_PATH],
            hsts: security.session.secureCookies,
          }),
        ]
      : []),
    useApiResponseHeaders(GRAPHQL_PATH),
    useRequestGuards({ limits: security.limits, admitImportBody, importRequests }),
    useImportBodyOperations(importRequests),
    ...(trusted ? [trusted] : []),
    ...useQueryLimits(security),
    useEventContexts(),
    cookiePlugin,
    // After every plugin that may refuse or replace the execution: it wraps the executor they leave.
    useCompiledReads({ enabled: options.compiledReads ?? true }),
    // Last: Brotli or gzip for what the client accepts, once every other header is set.
    ...(options.compression === false
      ? []
      : [useResponseCompression({ isInProcess: (request) => inProcess.has(request) })]),
  ]
  return createYoga({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    // `useRequestGuards` limits bodies itself (before reading, imports admitted by credential);
    // Yoga's own limit would wrap every body in another stream and hand the parser a copy.
    maxRequestBodySize: false,
    graphiql: options.graphiql ?? !security.production,
    logging: options.logging ?? false,
    // Unexpected errors are masked; domain errors are typed results, auth errors carry a code.
    // Unexpected ones are also logged with a correlation id the client receives.
    maskedErrors: maskAndLogErrors(logError),
    // Closed by default: only the listed origins may call the API from a browser.
    cors:
      security.corsOrigins.length > 0
        ? {
            origin: security.corsOrigins,
            credentials: true,
            methods: ['GET', 'POST'],
            allowedHeaders: ['authorization', 'content-type', 'x-csrf-token'],
          }
        : false,
    context: (initial) => {
      const setCookies: string[] = []
      cookies.set(initial.request, setCookies)
      return createContext({
        db,
        pubsub,
        request: initial.request,
        security,
        rateLimits,
        clientAddress: clientAddressOf(initial.request, initial as never, security),
        setCookies,
        devViewerEmail: options.devViewerEmail,
        viewer: resolveRequestViewer(initial.request),
        portfolioCounts,
        openSubscriptions,
      })
    },
    plugins,
  })
}

export type Api = ReturnType<typeof createApi>
