/**
 * Reads the `IMMD_*` security variables `server.ts` passes into a {@link SecurityOptionsInput}
 * (see docs/security.md); `resolveSecurityOptions` (`options.ts`) then fills the defaults.
 * A malformed value fails at start-up, naming the variable, rather than running with a default.
 *
 * @packageDocumentation
 */
import { readSsoEnv } from '../auth/oidc/oidc-settings.js'
import type { IntrospectionMode, QueryLimits, SecurityOptionsInput } from './options.js'

const truthy = (value: string | undefined) =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase())
const numeric = (value: string | undefined) => {
  if (value === undefined || value.trim() === '') return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`not a number: ${value}`)
  return parsed
}

/** `IMMD_INTROSPECTION`: `authenticated`, or a truthy/falsy word for `on`/`off`. */
function readIntrospectionMode(value: string | undefined): IntrospectionMode | undefined {
  const word = value?.trim().toLowerCase()
  if (!word) return undefined
  if (word === 'authenticated' || word === 'on' || word === 'off') return word
  const flag = truthy(word)
  if (flag || ['0', 'false', 'no'].includes(word)) return flag ? 'on' : 'off'
  throw new Error(`IMMD_INTROSPECTION must be on, off or authenticated, not "${value}"`)
}

/** Reads the `IMMD_*` security variables (see docs/security.md); unset ones keep their default. */
export function readSecurityEnv(env: NodeJS.ProcessEnv = process.env): SecurityOptionsInput {
  const limits: Partial<QueryLimits> = {}
  const limitVariables: [keyof QueryLimits, string][] = [
    ['maxDepth', 'IMMD_MAX_DEPTH'],
    ['maxAliases', 'IMMD_MAX_ALIASES'],
    ['maxTokens', 'IMMD_MAX_TOKENS'],
    ['maxDirectives', 'IMMD_MAX_DIRECTIVES'],
    ['maxCost', 'IMMD_MAX_COST'],
    ['maxListArgumentLength', 'IMMD_MAX_LIST_ARGUMENT'],
    ['maxNodeIds', 'IMMD_MAX_NODE_IDS'],
    ['maxApiTokensPerUser', 'IMMD_MAX_API_TOKENS_PER_USER'],
    ['maxSubscriptionsPerUser', 'IMMD_MAX_SUBSCRIPTIONS_PER_USER'],
    ['maxBodyBytes', 'IMMD_MAX_BODY_BYTES'],
    ['maxImportBodyBytes', 'IMMD_MAX_IMPORT_BODY_BYTES'],
    ['maxImportBodiesInFlight', 'IMMD_MAX_IMPORT_BODIES_IN_FLIGHT'],
    ['maxImportBodiesPerUser', 'IMMD_MAX_IMPORT_BODIES_PER_USER'],
    ['executionTimeoutMs', 'IMMD_EXECUTION_TIMEOUT_MS'],
  ]
  for (const [key, variable] of limitVariables) {
    const value = numeric(env[variable])
    if (value !== undefined) limits[key] = value
  }
  const origins = env.IMMD_CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  const input: SecurityOptionsInput = { limits }
  const introspection = readIntrospectionMode(env.IMMD_INTROSPECTION)
  if (introspection !== undefined) input.introspection = introspection
  if (origins?.length) input.corsOrigins = origins
  const loopbackHttp = truthy(env.IMMD_WEBHOOKS_ALLOW_LOOPBACK_HTTP)
  if (loopbackHttp !== undefined) input.webhooksAllowLoopbackHttp = loopbackHttp
  const trustProxy = truthy(env.IMMD_TRUST_PROXY)
  if (trustProxy !== undefined) input.trustProxy = trustProxy
  const secure = truthy(env.IMMD_SECURE_COOKIES)
  if (secure !== undefined) input.session = { secureCookies: secure }
  input.trustedDocuments = {
    manifestPath: env.IMMD_PERSISTED_DOCUMENTS?.trim() || null,
    requireForCookieSessions: truthy(env.IMMD_TRUSTED_DOCUMENTS_ONLY) ?? false,
  }
  const minEngagements = numeric(env.IMMD_BENCHMARK_MIN_ENGAGEMENTS)
  const minOrganizations = numeric(env.IMMD_BENCHMARK_MIN_ORGANIZATIONS)
  if (minEngagements !== undefined || minOrganizations !== undefined) {
    input.benchmarkPrivacy = {
      ...(minEngagements === undefined ? {} : { minEngagements }),
      ...(minOrganizations === undefined ? {} : { minOrganizations }),
    }
  }
  const perCredential = numeric(env.IMMD_RATE_LIMIT_PER_MINUTE)
  if (perCredential !== undefined) input.rateLimit = { perCredential }
  input.sso = readSsoEnv(env)
  return input
}
