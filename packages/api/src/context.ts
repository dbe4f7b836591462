/**
 * The per-request GraphQL context: the viewer (resolved once), a database client restricted to
 * the viewer's organizations, fresh DataLoaders, the event bus and what the auth mutations need
 * (settings, rate-limit store, client address, cookies to set). Built by Yoga for every request.
 *
 * @packageDocumentation
 */
import type { Locale } from '@immd/core/locale'
import type { AuditActor } from '@immd/db/audit-repository'
import { GraphQLError } from 'graphql'
import { guardTenants } from './auth/tenant-guard.js'
import { readableOrganizationIds, resolveViewer, type Viewer } from './auth/viewer.js'
import type { ApiDatabase } from './database.js'
import { PortfolioCountCache } from './engagements/portfolio-count.js'
import { createLoaders, type Loaders } from './loaders.js'
import type { ApiPubSub } from './pubsub.js'
import { resolveRequestLocale } from './request-locale.js'
import type { SecurityOptions } from './security/options.js'
import { consumeRateLimit, type RateLimitStore } from './security/rate-limit.js'
import { OpenSubscriptions } from './subscriptions/open-subscriptions.js'

/** What the authentication mutations need besides the database. */
export interface AuthContext {
  options: SecurityOptions
  rateLimits: RateLimitStore
  /** The client's address (`X-Forwarded-For` only behind a trusted proxy). */
  clientAddress: string
  request: Request
  /** `Set-Cookie` values for the response (login, logout). */
  setCookies: string[]
}

export interface ApiContext {
  /** `prisma` only sees rows of the viewer's organizations (see `auth/tenant-guard.ts`). */
  db: ApiDatabase
  viewer: Viewer
  /**
   * The language of method texts in responses (`request-locale.ts`); load methods for display
   * through `requireLocalizedMethod`, and keep the English `methodByVersion` for writes.
   */
  locale: Locale
  loaders: Loaders
  pubsub: ApiPubSub
  auth: AuthContext
  /**
   * A fresh context for the same request: the viewer resolved again from its credentials, new
   * loaders and tenant guard (not counted against the rate limit). Subscriptions execute every
   * event with one, so that a revoked token or a removed membership stops them.
   */
  renew: () => Promise<ApiContext>
  /** Large portfolio counts, shared by the requests of one API instance. */
  portfolioCounts: PortfolioCountCache
  /**
   * Who the audit trail names when the viewer is not a user: set by the respondent routes (a
   * respondent link, `respondents/respondent-context.ts`); otherwise derived from the viewer.
   */
  auditActor?: AuditActor
  /** Open subscriptions per user of this API instance (`maxSubscriptionsPerUser`). */
  openSubscriptions: OpenSubscriptions
}

/** Options of {@link createContext}. */
export interface CreateContextOptions {
  db: ApiDatabase
  pubsub: ApiPubSub
  request: Request
  security: SecurityOptions
  rateLimits: RateLimitStore
  clientAddress: string
  setCookies: string[]
  devViewerEmail?: string | null
  /** The request's viewer when the server has already resolved it (renewals resolve it again). */
  viewer?: Promise<Viewer>
  /** Count this context against the request rate limit (default: true; renewals are not). */
  countRequest?: boolean
  /** The API instance's cache (a request without one, like the export's, gets its own). */
  portfolioCounts?: PortfolioCountCache
  /** The API instance's subscription counts (requests that open none may leave it out). */
  openSubscriptions?: OpenSubscriptions
}

/**
 * Resolves the viewer, counts the request against its rate limit (per user, all their tokens and
 * sessions together, else per client address) and creates the request's guarded client and loaders.
 */
export async function createContext(options: CreateContextOptions): Promise<ApiContext> {
  const { db, pubsub, request, security } = options
  const viewer = await (options.viewer ??
    resolveViewer({
      prisma: db.prisma,
      request,
      sessionCookie: security.session.cookieName,
      sessionIdleMs: security.session.idleMs,
      devViewerEmail: options.devViewerEmail,
    }))
  if (options.countRequest !== false) await enforceRequestLimit(options, viewer)
  const prisma = guardTenants(db.prisma, readableOrganizationIds(viewer))
  const guarded: ApiDatabase = { ...db, prisma }
  return {
    db: guarded,
    viewer,
    locale: resolveRequestLocale({
      request,
      preferredLocale: viewer.kind === 'user' ? viewer.preferredLocale : null,
    }),
    loaders: createLoaders(prisma, viewer),
    pubsub,
    portfolioCounts: options.portfolioCounts ?? new PortfolioCountCache(),
    openSubscriptions: options.openSubscriptions ?? new OpenSubscriptions(),
    auth: {
      options: security,
      rateLimits: options.rateLimits,
      clientAddress: options.clientAddress,
      request,
      setCookies: options.setCookies,
    },
    renew: () => createContext({ ...options, viewer: undefined, countRequest: false }),
  }
}

async function enforceRequestLimit(options: CreateContextOptions, viewer: Viewer): Promise<void> {
  const { rateLimit } = options.security
  // One budget per user, whatever credential they use: tokens do not multiply it.
  const [key, limit] =
    viewer.kind === 'user'
      ? [`user:${viewer.userId}`, rateLimit.perCredential]
      : [`address:${options.clientAddress}`, rateLimit.perAnonymousAddress]
  const decision = await consumeRateLimit(options.rateLimits, `request:${key}`, limit, 60_000)
  if (decision.allowed) return
  throw new GraphQLError(
    `Rate limit exceeded: ${limit} requests per minute. Try again in ${decision.retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds: decision.retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } },
      },
    },
  )
}
