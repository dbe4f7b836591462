/**
 * The context of a respondent request: no viewer (the request's cookies and `Authorization` are
 * ignored, so an assessor's session in the same browser lends the page nothing), a client that
 * only sees the link's organization, and the link as the audit trail's actor.
 *
 * @packageDocumentation
 */
import { guardTenants } from '../auth/tenant-guard.js'
import type { AnonymousViewer } from '../auth/viewer.js'
import type { ApiContext } from '../context.js'
import type { ApiDatabase } from '../database.js'
import { PortfolioCountCache } from '../engagements/portfolio-count.js'
import { createLoaders } from '../loaders.js'
import type { ApiPubSub } from '../pubsub.js'
import { resolveRequestLocale } from '../request-locale.js'
import type { SecurityOptions } from '../security/options.js'
import type { RateLimitStore } from '../security/rate-limit.js'
import { OpenSubscriptions } from '../subscriptions/open-subscriptions.js'

/** What {@link createRespondentContext} needs. */
export interface RespondentContextOptions {
  db: ApiDatabase
  pubsub: ApiPubSub
  security: SecurityOptions
  rateLimits: RateLimitStore
  request: Request
  clientAddress: string
  /** The link's organization: the only tenant the context can read or write. */
  organizationId: string
  linkId: string
}

const NO_VIEWER: AnonymousViewer = { kind: 'anonymous', reason: null }

/** Builds the context the engagement-write helper runs a respondent's writes with. */
export function createRespondentContext(options: RespondentContextOptions): ApiContext {
  const prisma = guardTenants(options.db.prisma, [options.organizationId])
  const context: ApiContext = {
    db: { ...options.db, prisma },
    viewer: NO_VIEWER,
    // The respondent page sends the language its reader chose; there is no user preference here.
    locale: resolveRequestLocale({ request: options.request }),
    loaders: createLoaders(prisma, NO_VIEWER),
    pubsub: options.pubsub,
    portfolioCounts: new PortfolioCountCache(),
    // The respondent routes run no subscriptions; an empty registry keeps the context complete.
    openSubscriptions: new OpenSubscriptions(),
    auth: {
      options: options.security,
      rateLimits: options.rateLimits,
      clientAddress: options.clientAddress,
      request: options.request,
      setCookies: [],
    },
    renew: async () => createRespondentContext(options),
    auditActor: { kind: 'respondent', id: options.linkId },
  }
  return context
}
