/**
 * The SDK client of one invocation, and the helpers every API command needs: finding the
 * organization and the engagement the user named, and turning SDK errors into CLI errors with
 * their exit codes.
 *
 * @packageDocumentation
 */
import { createClient, type ImmdClient } from '@immd/sdk/client'
import {
  ImmdAuthError,
  ImmdDomainError,
  ImmdGraphQLError,
  ImmdHttpError,
  ImmdNetworkError,
} from '@immd/sdk/errors'
import {
  type EngagementListItemFragment,
  EngagementsPageDocument,
  ViewerDocument,
} from '@immd/sdk/generated/graphql'
import type { CliConfig } from './config.js'
import { CliError, EXIT } from './exit-codes.js'
import { message } from './messages/translate.js'

/** Options of {@link connect}. */
export interface ConnectOptions {
  config: CliConfig
  /** A fetch implementation (tests); default the global one. */
  fetch?: typeof fetch
  /** Counts requests for summaries. */
  onRequest?: () => void
  /** Retries of queries on network errors (default 2). */
  retries?: number
}

/** An SDK client for the configured API; fails early when no token is configured. */
export function connect(options: ConnectOptions): ImmdClient {
  const { config } = options
  if (!config.token) {
    throw CliError.of(message('auth.noToken'), EXIT.AUTH)
  }
  return createClient({
    url: config.apiUrl,
    token: config.token,
    fetch: options.fetch,
    retries: options.retries,
    retryDelayMs: 200,
    onRequest: options.onRequest,
  })
}

/** Maps an SDK error to a {@link CliError}; other values are returned unchanged. */
export function toCliError(error: unknown): unknown {
  if (error instanceof CliError) return error
  if (error instanceof ImmdNetworkError) {
    return CliError.of(message('api.unreachable', { reason: error.message }), EXIT.UNREACHABLE)
  }
  if (error instanceof ImmdAuthError) {
    const key = error.code === 'FORBIDDEN' ? 'auth.forbidden' : 'auth.failed'
    return CliError.of(message(key, { reason: error.message }), EXIT.AUTH)
  }
  if (error instanceof ImmdDomainError) {
    const code = error.code === 'NotFoundError' ? EXIT.NOT_FOUND : EXIT.INVALID
    return CliError.of(
      message('api.domain', { code: error.code, reason: error.message }),
      code,
      error.error,
    )
  }
  if (error instanceof ImmdGraphQLError || error instanceof ImmdHttpError) {
    // A masked server error says nothing itself; its correlation id finds the server's log entry.
    const id = error.correlationId
    return CliError.of(
      message('api.failed', { reason: error.message, correlationId: id }),
      EXIT.ERROR,
      undefined,
      id,
    )
  }
  return error
}

/** An organization the token can reach. */
export interface OrganizationRef {
  id: string
  slug: string
  name: string
  role: string
}

/**
 * Finds the organization named by slug, name or global id among the token's memberships; with no
 * name, the only one.
 */
export async function resolveOrganization(
  client: ImmdClient,
  wanted: string | null,
): Promise<OrganizationRef> {
  const { viewer } = await client.request(ViewerDocument)
  if (!viewer.authenticated) {
    throw CliError.of(
      message('auth.tokenRejected', { reason: viewer.authenticationError ?? null }),
      EXIT.AUTH,
    )
  }
  const all = (viewer.memberships ?? []).map((m) => ({ ...m.organization, role: m.role }))
  const slugs = all.map((o) => o.slug).join(', ')
  if (!wanted) {
    if (all.length === 1 && all[0]) return all[0]
    throw CliError.of(message('organization.choose', { slugs }), EXIT.USAGE)
  }
  const found = all.find((o) => o.slug === wanted || o.id === wanted || o.name === wanted)
  if (!found) {
    throw CliError.of(message('organization.notFound', { wanted, slugs }), EXIT.NOT_FOUND)
  }
  return found
}

/** True when `value` is a Relay global id of an engagement. */
function isEngagementGlobalId(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+=*$/.test(value)) return false
  try {
    return atob(value).startsWith('Engagement:')
  } catch {
    return false
  }
}

/**
 * Finds an engagement by global id, or by exact title or IMC id (case-insensitive) among the
 * engagements the token can see.
 */
export async function resolveEngagement(
  client: ImmdClient,
  reference: string,
): Promise<{ id: string; title: string | null }> {
  if (isEngagementGlobalId(reference)) return { id: reference, title: null }
  const { engagements } = await client.request(EngagementsPageDocument, {
    first: 100,
    filter: { search: reference },
  })
  const wanted = reference.toLowerCase()
  const matches = (engagements?.edges ?? [])
    .map((edge) => edge.node)
    .filter(
      (node: EngagementListItemFragment) =>
        node.title.toLowerCase() === wanted || node.imcId?.toLowerCase() === wanted,
    )
  if (matches.length === 1 && matches[0]) return { id: matches[0].id, title: matches[0].title }
  if (matches.length === 0) {
    throw CliError.of(message('engagement.noMatch', { reference }), EXIT.NOT_FOUND)
  }
  const listed = matches.map((m) => `${m.id} (${m.title})`).join(', ')
  throw CliError.of(message('engagement.ambiguous', { reference, matches: listed }), EXIT.USAGE)
}
