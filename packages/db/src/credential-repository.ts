/**
 * Credentials: API tokens and login sessions, looked up by the SHA-256 of their secret together
 * with their user and the user's memberships in ONE statement (a join), because every
 * authenticated request pays for it. Secrets themselves are never stored.
 *
 * @packageDocumentation
 */
import type { DbExecutor } from './client.js'

/** Which table a secret belongs to. */
export type CredentialKind = 'token' | 'session'

/** A stored credential with what authorization needs to know about its user. */
export interface CredentialRecord {
  kind: CredentialKind
  /** ApiToken.id or Session.id. */
  id: string
  /** Tokens are bound to one organization; sessions are not (null). */
  organizationId: string | null
  /** `read` | `read-write` for tokens; sessions are always `read-write`. */
  scope: 'read' | 'read-write'
  expiresAt: Date | null
  revokedAt: Date | null
  lastUsedAt: Date | null
  createdAt: Date
  user: {
    id: string
    email: string
    name: string
    disabledAt: Date | null
    mustChangePassword: boolean
    /** The console language the user chose (`en`, `fr`, `de`), or null. */
    preferredLocale: string | null
  }
  /** Memberships of the user (for a token: only the token's organization). */
  memberships: { organizationId: string; role: string }[]
}

interface CredentialRow {
  id: string
  organizationId: string | null
  scope: string | null
  expiresAt: Date | null
  revokedAt: Date | null
  lastUsedAt: Date | null
  createdAt: Date
  userId: string
  email: string
  name: string
  disabledAt: Date | null
  mustChangePassword: boolean | number | bigint
  preferredLocale: string | null
  membershipOrganizationId: string | null
  role: string | null
}

/**
 * Finds a token or session by the hash of its secret, with its user and memberships, in one SQL
 * statement (LEFT JOIN: one row per membership). Null when no row has that hash.
 */
export async function findCredentialByHash(
  db: DbExecutor,
  kind: CredentialKind,
  hash: string,
): Promise<CredentialRecord | null> {
  const rows =
    kind === 'token'
      ? await db.$queryRaw<CredentialRow[]>`
          SELECT c."id", c."organizationId", c."scope", c."expiresAt", c."revokedAt", c."lastUsedAt",
                 c."createdAt", u."id" AS "userId", u."email", u."name", u."disabledAt",
                 u."mustChangePassword", u."preferredLocale",
                 m."organizationId" AS "membershipOrganizationId", m."role"
          FROM "ApiToken" c
          JOIN "User" u ON u."id" = c."userId"
          LEFT JOIN "Membership" m ON m."userId" = u."id" AND m."organizationId" = c."organizationId"
          WHERE c."tokenHash" = ${hash}`
      : await db.$queryRaw<CredentialRow[]>`
          SELECT c."id", NULL AS "organizationId", NULL AS "scope", c."expiresAt",
                 NULL AS "revokedAt", c."lastUsedAt", c."createdAt", u."id" AS "userId", u."email",
                 u."name", u."disabledAt", u."mustChangePassword", u."preferredLocale",
                 m."organizationId" AS "membershipOrganizationId", m."role"
          FROM "Session" c
          JOIN "User" u ON u."id" = c."userId"
          LEFT JOIN "Membership" m ON m."userId" = u."id"
          WHERE c."idHash" = ${hash}
          ORDER BY m."createdAt", m."id"`
  const [first] = rows
  if (!first) return null
  return {
    kind,
    id: first.id,
    organizationId: first.organizationId,
    scope: kind === 'token' && first.scope === 'read' ? 'read' : 'read-write',
    expiresAt: toDate(first.expiresAt),
    revokedAt: toDate(first.revokedAt),
    lastUsedAt: toDate(first.lastUsedAt),
    createdAt: toDate(first.createdAt) ?? new Date(0),
    user: {
      id: first.userId,
      email: first.email,
      name: first.name,
      disabledAt: toDate(first.disabledAt),
      mustChangePassword: Boolean(Number(first.mustChangePassword)),
      preferredLocale: first.preferredLocale ?? null,
    },
    memberships: rows.flatMap((row) =>
      row.membershipOrganizationId && row.role
        ? [{ organizationId: row.membershipOrganizationId, role: row.role }]
        : [],
    ),
  }
}

/** Raw rows carry dates as Date on both engines today; accept strings and numbers too. */
function toDate(value: Date | string | number | null | undefined): Date | null {
  if (value === null || value === undefined) return null
  return value instanceof Date ? value : new Date(value)
}

/**
 * Records that a credential was used, unless it was already recorded less than `granularityMs`
 * ago: one UPDATE at most per credential and minute, whatever the request rate.
 */
export async function touchCredential(
  db: DbExecutor,
  credential: Pick<CredentialRecord, 'kind' | 'id' | 'lastUsedAt'>,
  now: Date,
  granularityMs = 60_000,
): Promise<boolean> {
  if (credential.lastUsedAt && now.getTime() - credential.lastUsedAt.getTime() < granularityMs) {
    return false
  }
  const stale = new Date(now.getTime() - granularityMs)
  const where = {
    id: credential.id,
    OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }],
  }
  const { count } =
    credential.kind === 'token'
      ? await db.apiToken.updateMany({ where, data: { lastUsedAt: now } })
      : await db.session.updateMany({ where, data: { lastUsedAt: now } })
  return count > 0
}
