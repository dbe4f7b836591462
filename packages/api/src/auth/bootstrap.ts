/**
 * The first administrator. On start, `server.ts` calls {@link bootstrapAdministrator}:
 * - with `IMMD_BOOTSTRAP_TOKEN` set, that value becomes an API token (read-write) of an
 *   administrator of the first organization (created when there is none): idempotent, so the same
 *   variable can stay set across restarts;
 * - otherwise, when no organization has an admin yet, it creates one with a one-time password
 *   printed to the log, to be replaced at the first sign-in.
 * Both are audited as the system actor.
 *
 * @packageDocumentation
 */
import { recordAuditEvent, SYSTEM_ACTOR } from '@immd/db/audit-repository'
import { hashPassword } from '@immd/db/password'
import type { ApiPrismaClient, ApiTransaction } from '../database.js'
import { generateOneTimePassword, hashToken, visibleTokenPrefix } from './credentials.js'

/** E-mail of the administrator the bootstrap creates (when it does not exist). */
export const BOOTSTRAP_EMAIL = 'admin@localhost'

/** Options of {@link bootstrapAdministrator}. */
export interface BootstrapOptions {
  /** `IMMD_BOOTSTRAP_TOKEN`: the secret of the administrator's API token. */
  token?: string | null
  email?: string
  /** Name of the organization created when there is none. */
  organizationName?: string
}

/** What the bootstrap did. */
export interface BootstrapResult {
  action: 'token-created' | 'token-exists' | 'password-created' | 'none'
  email: string | null
  organizationId: string | null
  /** The one-time password (print it once), for `password-created`. */
  oneTimePassword: string | null
}

const MIN_TOKEN_LENGTH = 24

/** See the module comment. */
export async function bootstrapAdministrator(
  prisma: ApiPrismaClient,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  const email = (options.email ?? BOOTSTRAP_EMAIL).toLowerCase()
  const token = options.token?.trim()
  if (token) {
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new Error(`IMMD_BOOTSTRAP_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters long.`)
    }
    const tokenHash = hashToken(token)
    const existing = await prisma.apiToken.findUnique({ where: { tokenHash } })
    if (existing) {
      return {
        action: 'token-exists',
        email,
        organizationId: existing.organizationId,
        oneTimePassword: null,
      }
    }
    return prisma.$transaction(async (tx) => {
      const { organizationId, userId } = await ensureAdmin(tx, email, null, options)
      const row = await tx.apiToken.create({
        data: {
          userId,
          organizationId,
          name: 'IMMD_BOOTSTRAP_TOKEN',
          tokenHash,
          prefix: visibleTokenPrefix(token),
          scope: 'read-write',
        },
      })
      await recordAuditEvent(tx, {
        organizationId,
        actor: SYSTEM_ACTOR,
        operation: 'api-token.bootstrap',
        targetType: 'ApiToken',
        targetId: row.id,
        after: { userId, scope: 'read-write', name: row.name },
      })
      return { action: 'token-created' as const, email, organizationId, oneTimePassword: null }
    })
  }
  if ((await prisma.membership.count({ where: { role: 'admin' } })) > 0) {
    return { action: 'none', email: null, organizationId: null, oneTimePassword: null }
  }
  const oneTimePassword = generateOneTimePassword()
  const passwordHash = await hashPassword(oneTimePassword)
  return prisma.$transaction(async (tx) => {
    const { organizationId } = await ensureAdmin(tx, email, passwordHash, options)
    return { action: 'password-created' as const, email, organizationId, oneTimePassword }
  })
}

/** The bootstrap administrator (created or found) with an admin membership of the first organization. */
async function ensureAdmin(
  tx: ApiTransaction,
  email: string,
  passwordHash: string | null,
  options: BootstrapOptions,
) {
  const organization =
    (await tx.organization.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })) ??
    (await tx.organization.create({
      data: { slug: 'default', name: options.organizationName ?? 'My organization' },
    }))
  const found = await tx.user.findUnique({ where: { email } })
  const user =
    found && passwordHash
      ? await tx.user.update({
          where: { id: found.id },
          data: { passwordHash, mustChangePassword: true, lockedUntil: null, failedLoginCount: 0 },
        })
      : (found ??
        (await tx.user.create({
          data: {
            email,
            name: 'Administrator',
            passwordHash,
            mustChangePassword: passwordHash !== null,
          },
        })))
  const membership = await tx.membership.upsert({
    where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
    update: { role: 'admin' },
    create: { organizationId: organization.id, userId: user.id, role: 'admin' },
  })
  await recordAuditEvent(tx, {
    organizationId: organization.id,
    actor: SYSTEM_ACTOR,
    operation: 'user.bootstrap',
    targetType: 'Membership',
    targetId: membership.id,
    after: { email, role: 'admin', oneTimePassword: passwordHash !== null },
  })
  return { organizationId: organization.id, userId: user.id }
}
