/**
 * What a verified OpenID sign-in does to our accounts, in one transaction: find the account by the
 * provider's verified e-mail, create it and its membership in the provider's organization when the
 * provider allows just-in-time membership, bring the membership's role in line with the mapped
 * claim (never demoting an organization's last admin), open a session and audit everything
 * (`auth.login` with `via: "oidc"`, plus `user.create` / `membership.create` / `membership.role`).
 *
 * It runs on the instance's unguarded client: the writes are bounded to the one organization the
 * operator bound the provider to, and nothing read here is returned to the browser.
 *
 * @packageDocumentation
 */
import { recordAuditEvent } from '@immd/db/audit-repository'
import type { ApiPrismaClient, ApiTransaction } from '../../database.js'
import { deriveCsrfToken, generateSessionSecret } from '../credentials.js'
import { startSession } from '../session-start.js'
import { type MembershipRole, mapClaimToRole, type OidcProviderSettings } from './oidc-settings.js'

/** A sign-in the provider vouched for but this instance refuses (shown to the person). */
export class OidcSignInRefused extends Error {}

/** The claims of the ID token merged with the UserInfo answer. */
export type OidcClaims = Record<string, unknown> & { sub: string }

/** What the callback needs to set the session cookies. */
export interface OidcSession {
  userId: string
  secret: string
  csrfToken: string
  expiresAt: Date
}

/** Options of {@link signInWithOidc}. */
export interface SignInWithOidcOptions {
  prisma: ApiPrismaClient
  provider: OidcProviderSettings
  claims: OidcClaims
  sessionTtlMs: number
  clientAddress: string
  now?: Date
}

const ROLE_RANK: Record<MembershipRole, number> = {
  admin: 0,
  'lead-assessor': 1,
  assessor: 2,
  viewer: 3,
}

/** The verified e-mail of the claims, lower-cased; refuses unverified or missing ones. */
function verifiedEmail(claims: OidcClaims, provider: OidcProviderSettings): string {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!email) {
    throw new OidcSignInRefused(
      `${provider.name} sent no e-mail address: request the "email" scope for this client.`,
    )
  }
  if (claims.email_verified !== true) {
    throw new OidcSignInRefused(
      `${provider.name} did not say that ${email} is verified (email_verified): ask your identity provider's administrator.`,
    )
  }
  return email
}

/** Signs a person in from verified claims: see the module comment. */
export async function signInWithOidc(options: SignInWithOidcOptions): Promise<OidcSession> {
  const { prisma, provider, claims } = options
  const now = options.now ?? new Date()
  const email = verifiedEmail(claims, provider)
  const mappedRole = mapClaimToRole(claims[provider.roleClaim], provider.roleRules)
  const organization = provider.organization
    ? await prisma.organization.findUnique({ where: { slug: provider.organization } })
    : null
  if (provider.organization && !organization) {
    throw new Error(
      `IMMD_OIDC_${provider.id.toUpperCase()}_ORGANIZATION names "${provider.organization}", which is no organization's slug`,
    )
  }
  const { secret, idHash } = generateSessionSecret()
  const expiresAt = new Date(now.getTime() + options.sessionTtlMs)
  const userId = await prisma.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email } })
    if (user?.disabledAt) throw new OidcSignInRefused(`The account ${email} is disabled.`)
    const membership =
      user && organization
        ? await tx.membership.findUnique({
            where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
          })
        : null
    if (organization && !membership) {
      const role = mappedRole ?? provider.defaultRole
      if (!provider.jitMembership || !role) {
        throw new OidcSignInRefused(
          provider.jitMembership
            ? `${email} is in none of the groups that give a role in ${organization.name}.`
            : `${email} is not a member of ${organization.name}: an administrator must invite this address first.`,
        )
      }
      if (!user) {
        const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : email
        user = await tx.user.create({ data: { email, name: name.trim().slice(0, 200) } })
        await recordAuditEvent(tx, {
          organizationId: null,
          actor: { kind: 'system', id: null },
          operation: 'user.create',
          targetType: 'User',
          targetId: user.id,
          after: { email, name: user.name, via: 'oidc', provider: provider.id },
        })
      }
      const created = await tx.membership.create({
        data: { organizationId: organization.id, userId: user.id, role },
      })
      await recordAuditEvent(tx, {
        organizationId: organization.id,
        actor: { kind: 'system', id: null },
        operation: 'membership.create',
        targetType: 'Membership',
        targetId: created.id,
        after: { userId: user.id, email, role, via: 'oidc', provider: provider.id },
      })
    } else if (organization && membership && mappedRole && mappedRole !== membership.role) {
      await syncRole(tx, membership, mappedRole, provider.id)
    }
    if (!user) {
      throw new OidcSignInRefused(
        `${email} has no account here: an administrator must invite this address first.`,
      )
    }
    await startSession(tx, {
      userId: user.id,
      idHash,
      expiresAt,
      now,
      address: options.clientAddress,
      details: { via: 'oidc', provider: provider.id, subject: claims.sub },
    })
    return user.id
  })
  return { userId, secret, csrfToken: deriveCsrfToken(secret), expiresAt }
}

/** Applies the mapped role, except a demotion of the organization's last admin. */
async function syncRole(
  tx: ApiTransaction,
  membership: { id: string; organizationId: string; role: string },
  role: MembershipRole,
  provider: string,
) {
  const demotesAdmin = membership.role === 'admin' && ROLE_RANK[role] > ROLE_RANK.admin
  if (demotesAdmin) {
    const admins = await tx.membership.count({
      where: { organizationId: membership.organizationId, role: 'admin' },
    })
    if (admins <= 1) return
  }
  await tx.membership.update({ where: { id: membership.id }, data: { role } })
  await recordAuditEvent(tx, {
    organizationId: membership.organizationId,
    actor: { kind: 'system', id: null },
    operation: 'membership.role',
    targetType: 'Membership',
    targetId: membership.id,
    before: { role: membership.role },
    after: { role, via: 'oidc', provider },
  })
}
