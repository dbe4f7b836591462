/**
 * Single sign-on settings, per instance, from environment variables (docs/security.md,
 * "Single sign-on (OIDC)"): a list of OpenID providers, each bound to one organization whose
 * memberships it may create (just in time) and whose roles it maps from a claim, and whether local
 * passwords are accepted at all.
 *
 * @packageDocumentation
 */

/** Roles a membership may have (Membership.role). */
export const MEMBERSHIP_ROLES = ['admin', 'lead-assessor', 'assessor', 'viewer'] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

/** One claim value that grants a role, e.g. the group `csirt-leads` → `lead-assessor`. */
export interface OidcRoleRule {
  value: string
  role: MembershipRole
}

/** One OpenID provider the console offers ("Sign in with <name>"). */
export interface OidcProviderSettings {
  /** Lower-case id used in the routes: `/auth/oidc/<id>/start`. */
  id: string
  /** Shown on the sign-in button. */
  name: string
  /** The issuer URL; its `/.well-known/openid-configuration` is discovered on first use. */
  issuer: string
  clientId: string
  /** Confidential clients (recommended); without one the client is public and PKCE alone binds the code. */
  clientSecret: string | null
  /** Requested scopes (default `openid email profile`). */
  scopes: string
  /** Slug of the organization this provider signs people into; null: existing members only. */
  organization: string | null
  /** The claim holding groups or roles (a string or an array of strings; default `groups`). */
  roleClaim: string
  /** First matching rule wins, in the order of the rules' roles (admin first). */
  roleRules: OidcRoleRule[]
  /** Role of a just-in-time member whose claim matches no rule; null: such people are refused. */
  defaultRole: MembershipRole | null
  /** Create the account and the membership on first sign-in (default off). */
  jitMembership: boolean
  /** Let a plain-HTTP issuer through (loopback tests and development only). */
  allowInsecureIssuer: boolean
}

/** Single sign-on settings of one API instance. */
export interface SsoOptions {
  providers: OidcProviderSettings[]
  /**
   * The public origin of the API (`IMMD_PUBLIC_URL`), used for the redirect URI
   * `<origin>/auth/oidc/<id>/callback`; null: the origin of the request.
   */
  publicUrl: string | null
  /** Accept e-mail and password sign-in (`IMMD_LOCAL_PASSWORDS`, default true). */
  localPasswords: boolean
  /**
   * Key of the HMAC that signs the short-lived flow cookie (`IMMD_OIDC_STATE_SECRET`); null: derived
   * from each provider's client secret, or random per process for public clients.
   */
  stateSecret: string | null
}

/** Settings with no provider and passwords on. */
export const DEFAULT_SSO: SsoOptions = {
  providers: [],
  publicUrl: null,
  localPasswords: true,
  stateSecret: null,
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value.trim() === ''
    ? fallback
    : ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase())

function asRole(value: string, variable: string): MembershipRole {
  const role = value.trim().toLowerCase()
  if ((MEMBERSHIP_ROLES as readonly string[]).includes(role)) return role as MembershipRole
  throw new Error(`${variable}: "${value}" is not a role (${MEMBERSHIP_ROLES.join(', ')})`)
}

/** `csirt-admins=admin,csirt-leads=lead-assessor` → rules. */
function readRoleRules(text: string | undefined, variable: string): OidcRoleRule[] {
  if (!text?.trim()) return []
  return text.split(',').map((pair) => {
    const at = pair.lastIndexOf('=')
    if (at <= 0) throw new Error(`${variable}: "${pair}" is not claim-value=role`)
    return { value: pair.slice(0, at).trim(), role: asRole(pair.slice(at + 1), variable) }
  })
}

/**
 * Reads `IMMD_OIDC_PROVIDERS` (ids, comma-separated) and each provider's `IMMD_OIDC_<ID>_*`
 * variables, plus `IMMD_LOCAL_PASSWORDS`, `IMMD_PUBLIC_URL` and `IMMD_OIDC_STATE_SECRET`.
 * Throws on a missing or malformed value, naming the variable.
 */
export function readSsoEnv(env: NodeJS.ProcessEnv = process.env): SsoOptions {
  const ids = (env.IMMD_OIDC_PROVIDERS ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean)
  const providers = ids.map((id): OidcProviderSettings => {
    if (!/^[a-z0-9-]+$/.test(id)) {
      throw new Error(`IMMD_OIDC_PROVIDERS: "${id}" may only have letters, digits and dashes`)
    }
    const prefix = `IMMD_OIDC_${id.toUpperCase().replaceAll('-', '_')}_`
    const read = (name: string) => env[prefix + name]?.trim() || undefined
    const required = (name: string) => {
      const value = read(name)
      if (!value) throw new Error(`${prefix}${name} is required for the OpenID provider "${id}"`)
      return value
    }
    const defaultRole = read('DEFAULT_ROLE')
    return {
      id,
      name: read('NAME') ?? id,
      issuer: required('ISSUER'),
      clientId: required('CLIENT_ID'),
      clientSecret: read('CLIENT_SECRET') ?? null,
      scopes: read('SCOPES') ?? 'openid email profile',
      organization: read('ORGANIZATION') ?? null,
      roleClaim: read('ROLE_CLAIM') ?? 'groups',
      roleRules: readRoleRules(read('ROLE_MAP'), `${prefix}ROLE_MAP`),
      defaultRole: defaultRole ? asRole(defaultRole, `${prefix}DEFAULT_ROLE`) : null,
      jitMembership: flag(read('JIT'), false),
      allowInsecureIssuer: flag(read('ALLOW_HTTP'), false),
    }
  })
  const publicUrl = env.IMMD_PUBLIC_URL?.trim().replace(/\/+$/, '') || null
  return {
    providers,
    publicUrl,
    localPasswords: flag(env.IMMD_LOCAL_PASSWORDS, true),
    stateSecret: env.IMMD_OIDC_STATE_SECRET?.trim() || null,
  }
}

/**
 * The role a claim grants: the highest role among the rules whose value the claim holds; else
 * null (the caller falls back to the default role, or refuses).
 */
export function mapClaimToRole(
  claim: unknown,
  rules: readonly OidcRoleRule[],
): MembershipRole | null {
  const values = new Set(
    (Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : []).filter(
      (value): value is string => typeof value === 'string',
    ),
  )
  for (const role of MEMBERSHIP_ROLES) {
    if (rules.some((rule) => rule.role === role && values.has(rule.value))) return role
  }
  return null
}
