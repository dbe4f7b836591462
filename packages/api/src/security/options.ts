/**
 * The security settings of one API instance: query limits, sessions, lock-out, rate limits, CORS,
 * trusted documents. {@link resolveSecurityOptions} fills defaults (the production values; tests
 * override single numbers), `security-env.ts` reads the `IMMD_*` variables `server.ts` passes.
 *
 * @packageDocumentation
 */
import { type PrivacyThresholds, resolvePrivacyThresholds } from '@immd/core/analytics/k-anonymity'
import { DEFAULT_SSO, type SsoOptions } from '../auth/oidc/oidc-settings.js'

/** Limits of one GraphQL request; each rejection names the limit and the value found. */
export interface QueryLimits {
  /**
   * Nesting of selections (fragments expanded). 15: graphql-js's standard introspection query
   * (`getIntrospectionQuery`, nine `ofType` levels) is 15 deep, and introspection is bounded too.
   */
  maxDepth: number
  /** Aliased fields per operation, `__typename` included. */
  maxAliases: number
  /** Lexer tokens of the document. */
  maxTokens: number
  /** Directives per operation. */
  maxDirectives: number
  /** graphql-armor cost: 1 per scalar, 2 per object, ×1.5 per level, fragments expanded. */
  maxCost: number
  /** Items of one list argument (inline or from a variable). */
  maxListArgumentLength: number
  /** Ids of one `nodes(ids)` field; its selection is costed once per id. */
  maxNodeIds: number
  /** Active (unrevoked, unexpired) API tokens one user may hold, all organizations together. */
  maxApiTokensPerUser: number
  /** Subscriptions one user may hold open on one API instance, all credentials together. */
  maxSubscriptionsPerUser: number
  /**
   * Bytes of any `/graphql` request body, judged from `content-length` before reading (chunked
   * bodies: while reading). Large enough for every operation except the imports.
   */
  maxBodyBytes: number
  /**
   * Bytes of an `importTeams`/`importEngagement` body, admitted from the headers for credentials
   * that may import (`security/body-limits.ts`); not above `maxBodyBytes` turns the allowance off.
   */
  maxImportBodyBytes: number
  /** Import-size bodies being read at once on one API instance (more: 503 with Retry-After). */
  maxImportBodiesInFlight: number
  /** Import-size bodies of one user being read at once (more: 429 with Retry-After). */
  maxImportBodiesPerUser: number
  /** Milliseconds an operation may run before it is answered with a TIMEOUT error. */
  executionTimeoutMs: number
}

/** Settings of cookie sessions and password login. */
export interface SessionOptions {
  cookieName: string
  /** Absolute lifetime of a session. */
  ttlMs: number
  /** A session unused this long expires. */
  idleMs: number
  /** `Secure` cookies (HTTPS only); default in production. */
  secureCookies: boolean
  /**
   * Consecutive wrong passwords from one client address before that address is locked out of the
   * account for `lockoutMs` (the owner elsewhere still signs in); also the wrong current passwords
   * of `changePassword` before the account itself locks.
   */
  maxFailedLogins: number
  /**
   * Wrong sign-in passwords from all addresses together before the account itself locks for
   * `lockoutMs`: the ceiling against guessing spread over many addresses (default 50).
   */
  accountLockAfterFailures: number
  /** How long a lock lasts. */
  lockoutMs: number
}

/** Requests per window, per credential and per login. */
export interface RateLimitOptions {
  /**
   * Requests per minute of one user, all their API tokens and sessions together (a budget per
   * token multiplied with every token a user made; issue #23).
   */
  perCredential: number
  /** Requests per minute of one client address without credentials. */
  perAnonymousAddress: number
  /** Login attempts per e-mail address and window. */
  loginPerAccount: number
  /** Login attempts per client address and window. */
  loginPerAddress: number
  loginWindowMs: number
}

/** Trusted documents: persisted operation ids from the console's manifest. */
export interface TrustedDocumentOptions {
  /**
   * `{ "<sha256>": "<document>" }` as written by graphql-codegen's client preset
   * (`IMMD_PERSISTED_DOCUMENTS`); null: the served console's `persisted-documents.json`, if any.
   */
  manifestPath: string | null
  /**
   * Refuse arbitrary documents from cookie sessions and anonymous requests (tokens keep full
   * GraphQL; `IMMD_TRUSTED_DOCUMENTS_ONLY`). Needs a manifest: without one the API refuses to start.
   */
  requireForCookieSessions: boolean
}

/** Who may introspect the schema (see {@link SecurityOptions.introspection}). */
export type IntrospectionMode = 'on' | 'authenticated' | 'off'

/** Every security setting of an API instance. */
export interface SecurityOptions {
  production: boolean
  /** Evidence file limits (set by `createApi`); engagement imports carrying files check them too. */
  evidence?: import('../evidence/evidence-options.js').EvidenceOptions
  limits: QueryLimits
  /**
   * Who may run `__schema`/`__type` queries (`IMMD_INTROSPECTION`): `authenticated` (the production
   * default: API tokens and sessions, not anonymous requests), `on` (everyone, the development
   * default) or `off` (nobody). Introspection counts against the same depth and cost limits as any
   * other operation.
   */
  introspection: IntrospectionMode
  /** "Did you mean …?" hints in validation errors (default: outside production). */
  fieldSuggestions: boolean
  /** Origins allowed to call the API from a browser; empty (the default): same origin only. */
  corsOrigins: string[]
  /** Take the client address from `X-Forwarded-For` (behind a trusted proxy only). */
  trustProxy: boolean
  /**
   * Accept webhook endpoints on `http://` loopback addresses (`IMMD_WEBHOOKS_ALLOW_LOOPBACK_HTTP`):
   * tests and local development only; `createApi` refuses it in production. Otherwise HTTPS only.
   */
  webhooksAllowLoopbackHttp: boolean
  session: SessionOptions
  rateLimit: RateLimitOptions
  trustedDocuments: TrustedDocumentOptions
  /**
   * k-anonymity thresholds of benchmark cohorts (`IMMD_BENCHMARK_MIN_ENGAGEMENTS`,
   * `IMMD_BENCHMARK_MIN_ORGANIZATIONS`; defaults k = 5, k' = 3): they can be raised, never lowered
   * (`resolveSecurityOptions` throws below the defaults).
   */
  benchmarkPrivacy: PrivacyThresholds
  /** Single sign-on providers and whether local passwords are accepted (`auth/oidc/oidc-settings.ts`). */
  sso: SsoOptions
}

/** Any subset of {@link SecurityOptions}, one level deep. */
export type SecurityOptionsInput = Partial<
  Omit<
    SecurityOptions,
    | 'limits'
    | 'session'
    | 'rateLimit'
    | 'trustedDocuments'
    | 'introspection'
    | 'benchmarkPrivacy'
    | 'sso'
  >
> & {
  benchmarkPrivacy?: Partial<PrivacyThresholds>
  /** A mode, or `true`/`false` for `on`/`off`. */
  introspection?: IntrospectionMode | boolean
  limits?: Partial<QueryLimits>
  session?: Partial<SessionOptions>
  rateLimit?: Partial<RateLimitOptions>
  trustedDocuments?: Partial<TrustedDocumentOptions>
  sso?: Partial<SsoOptions>
}

const MINUTE = 60_000

/** The production limits (also used in development, so surprises show up early). */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 4000,
  maxDirectives: 20,
  maxCost: 50_000,
  maxListArgumentLength: 500,
  maxNodeIds: 100,
  maxApiTokensPerUser: 20,
  maxSubscriptionsPerUser: 10,
  maxBodyBytes: 1024 * 1024,
  maxImportBodyBytes: 4 * 1024 * 1024,
  maxImportBodiesInFlight: 2,
  maxImportBodiesPerUser: 1,
  executionTimeoutMs: 30_000,
}

/** Fills every setting not given with its default. */
export function resolveSecurityOptions(
  input: SecurityOptionsInput = {},
  production = process.env.NODE_ENV === 'production',
): SecurityOptions {
  const isProduction = input.production ?? production
  return {
    production: isProduction,
    limits: { ...DEFAULT_LIMITS, ...input.limits },
    introspection: resolveIntrospection(input.introspection, isProduction),
    fieldSuggestions: input.fieldSuggestions ?? !isProduction,
    corsOrigins: input.corsOrigins ?? [],
    trustProxy: input.trustProxy ?? false,
    webhooksAllowLoopbackHttp: input.webhooksAllowLoopbackHttp ?? false,
    session: resolveSession(input.session ?? {}, isProduction),
    rateLimit: {
      perCredential: 1200,
      perAnonymousAddress: 300,
      loginPerAccount: 10,
      loginPerAddress: 50,
      loginWindowMs: 15 * MINUTE,
      ...input.rateLimit,
    },
    trustedDocuments: {
      manifestPath: null,
      requireForCookieSessions: false,
      ...input.trustedDocuments,
    },
    benchmarkPrivacy: resolveBenchmarkPrivacy(input.benchmarkPrivacy),
    sso: { ...DEFAULT_SSO, ...input.sso },
  }
}

/** The benchmark thresholds, refusing any below the defaults (they may only be raised). */
function resolveBenchmarkPrivacy(input: Partial<PrivacyThresholds> = {}): PrivacyThresholds {
  const resolved = resolvePrivacyThresholds(input)
  if (!resolved.ok) {
    throw new Error(
      `Benchmark privacy thresholds: ${resolved.errors.map((error) => error.message).join(' ')}`,
    )
  }
  return resolved.thresholds
}

function resolveIntrospection(
  input: IntrospectionMode | boolean | undefined,
  production: boolean,
): IntrospectionMode {
  if (input === true) return 'on'
  if (input === false) return 'off'
  return input ?? (production ? 'authenticated' : 'on')
}

function resolveSession(input: Partial<SessionOptions>, production: boolean): SessionOptions {
  const secureCookies = input.secureCookies ?? production
  return {
    // `__Host-` cookies are HTTPS-only, host-only and path `/`: browsers enforce all three.
    cookieName: secureCookies ? '__Host-immd_session' : 'immd_session',
    ttlMs: 12 * 60 * MINUTE,
    idleMs: 2 * 60 * MINUTE,
    maxFailedLogins: 5,
    accountLockAfterFailures: 50,
    lockoutMs: 15 * MINUTE,
    ...input,
    secureCookies,
  }
}
