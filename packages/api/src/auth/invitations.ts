/**
 * Invitations with an accept step (issue #23, items 3 and 4). `inviteUser` grants nothing: it
 * stores a pending invitation whose token (random, single-use, expiring, stored as its SHA-256
 * hash) the admin passes on as a link. The membership exists only once the invitee accepts:
 *
 * - signed in (cookie session) as the invited address's account (`acceptInvitation`): the
 *   person's consent to join, so another tenant's admin never adds someone silently;
 * - or, for an address without an account, or whose account belongs to no organization,
 *   by choosing a password through the link (`acceptInvitationWithPassword`). Whatever password
 *   the account had before is discarded, with its sessions and tokens: someone who set up the
 *   address first (another tenant's admin pre-creating `newhire@acme.example`) loses it.
 *
 * An account with memberships is never given a password through a link: its owner signs in.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { hashPassword } from '@immd/db/password'
import { writeAudited } from '../audit.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { AuthenticationError, ValidationError } from '../errors.js'
import { consumeRateLimit } from '../security/rate-limit.js'
import { recordAccountEvent } from './account-audit.js'
import { hashToken } from './credentials.js'
import { passwordIssues } from './login.js'

/** Prefix of invitation tokens, so secret scanners and people recognise them. */
export const INVITATION_TOKEN_PREFIX = 'immd_inv_'

/** The console route the invitation link opens; the token travels in the fragment (never logged). */
export const ACCEPT_INVITATION_PATH = '/accept-invitation'

/** What accepting an invitation answers. */
export interface AcceptedInvitation {
  email: string
  role: string
  organizationId: string
  organizationName: string
}

/** A new invitation token and its stored hash. */
export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = `${INVITATION_TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`
  return { token, tokenHash: hashToken(token) }
}

/** The link path an admin passes on to the invitee. */
export function invitationLinkPath(token: string): string {
  return `${ACCEPT_INVITATION_PATH}#token=${encodeURIComponent(token)}`
}

const INVALID =
  'This invitation link is not valid: it was used or replaced, or it has expired. Ask the ' +
  'organization’s admin for a new one.'

/**
 * The pending invitation of a token, claimed for this transaction: marked accepted at once, so a
 * token is used at most once even by concurrent requests. Unknown, used, replaced and expired
 * tokens all get the same {@link ValidationError}.
 */
async function claimInvitation(tx: ApiTransaction, token: string, now: Date) {
  const tokenHash = hashToken(token)
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash },
    include: { organization: { select: { name: true } } },
  })
  const claimed =
    invitation &&
    (await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    }))
  if (!invitation || !claimed || claimed.count !== 1) {
    throw new ValidationError([{ path: 'token', message: INVALID, code: 'INVITATION_INVALID' }])
  }
  return invitation
}

/** Accepts an invitation as the signed-in account it was sent to (its consent to join). */
export async function acceptInvitationSignedIn(
  ctx: ApiContext,
  token: string,
): Promise<AcceptedInvitation> {
  const { viewer } = ctx
  if (viewer.kind !== 'user') throw new AuthenticationError('Sign in to accept the invitation.')
  const now = new Date()
  return writeAudited(ctx, async (tx) => {
    const invitation = await claimInvitation(tx, token, now)
    if (invitation.email !== viewer.email.toLowerCase()) {
      throw new ValidationError([
        {
          path: 'token',
          code: 'INVITATION_OTHER_ADDRESS',
          subject: invitation.email,
          message: `This invitation is for ${invitation.email}: sign in with that address to accept it.`,
        },
      ])
    }
    const existing = await tx.membership.findUnique({
      where: {
        organizationId_userId: { organizationId: invitation.organizationId, userId: viewer.userId },
      },
    })
    const membership =
      existing ??
      (await tx.membership.create({
        data: {
          organizationId: invitation.organizationId,
          userId: viewer.userId,
          role: invitation.role,
        },
      }))
    return {
      result: acceptedOf(invitation, membership.role),
      audit: {
        operation: 'membership.create',
        targetType: 'Membership',
        targetId: membership.id,
        organizationId: invitation.organizationId,
        after: {
          userId: viewer.userId,
          email: invitation.email,
          role: membership.role,
          invitationId: invitation.id,
          acceptedBy: 'sign-in',
        },
        accessChangedFor: viewer.userId,
      },
    }
  })
}

/**
 * Accepts an invitation by choosing a password: creates the account, or takes over an account
 * that belongs to no organization (discarding its password, sessions and tokens). An account with
 * memberships is refused: its owner signs in and accepts.
 */
export async function acceptInvitationWithPassword(
  ctx: ApiContext,
  input: { token: string; password: string },
): Promise<AcceptedInvitation> {
  const issues = passwordIssues(input.password, 'password')
  if (issues.length > 0) throw new ValidationError(issues)
  // scrypt is slow on purpose: bound how often one address can make the server run it.
  const { rateLimit } = ctx.auth.options
  const decision = await consumeRateLimit(
    ctx.auth.rateLimits,
    `login:address:${ctx.auth.clientAddress}`,
    rateLimit.loginPerAddress,
    rateLimit.loginWindowMs,
  )
  if (!decision.allowed) {
    throw new AuthenticationError(
      `Too many attempts: try again in ${decision.retryAfterSeconds} s.`,
      decision.retryAfterSeconds,
    )
  }
  const passwordHash = await hashPassword(input.password)
  const now = new Date()
  let takenOver: string | null = null
  const accepted = await writeAudited(ctx, async (tx) => {
    const invitation = await claimInvitation(tx, input.token, now)
    const existing = await tx.user.findUnique({ where: { email: invitation.email } })
    if (existing) {
      const memberships = await membershipCount(tx, existing.id)
      if (memberships > 0 || existing.disabledAt) {
        throw new ValidationError([
          {
            path: 'token',
            code: 'INVITATION_ACCOUNT_EXISTS',
            subject: invitation.email,
            message: `${invitation.email} has an account already: sign in with it, then accept the invitation.`,
          },
        ])
      }
    }
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { passwordHash, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null },
        })
      : await tx.user.create({
          data: { email: invitation.email, name: invitation.name, passwordHash },
        })
    if (existing) {
      // Whoever set up this address before (another tenant's flow) keeps no way in.
      await tx.session.deleteMany({ where: { userId: user.id } })
      await tx.apiToken.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: now },
      })
      await recordAccountEvent(tx, {
        userId: user.id,
        actor: { kind: 'system', id: null },
        operation: 'user.password-reset',
        targetType: 'User',
        targetId: user.id,
        after: { reason: 'invitation', invitationId: invitation.id },
      })
      takenOver = user.id
    }
    const membership = await tx.membership.create({
      data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role },
    })
    return {
      result: acceptedOf(invitation, membership.role),
      audit: [
        ...(existing
          ? []
          : [
              {
                operation: 'user.create',
                targetType: 'User',
                targetId: user.id,
                organizationId: null,
                after: { email: user.email, name: user.name },
              },
            ]),
        {
          operation: 'membership.create',
          targetType: 'Membership',
          targetId: membership.id,
          organizationId: invitation.organizationId,
          after: {
            userId: user.id,
            email: invitation.email,
            role: membership.role,
            invitationId: invitation.id,
            acceptedBy: 'password',
          },
        },
      ],
    }
  })
  if (takenOver) {
    ctx.pubsub.publish('accessChanged', takenOver, {
      userId: takenOver,
      reason: 'user.password-reset',
    })
  }
  return accepted
}

/**
 * Memberships of an account in any organization. A raw statement: the request's client only sees
 * the viewer's organizations (none for the anonymous invitee); nothing read is returned.
 */
async function membershipCount(tx: ApiTransaction, userId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ organizationId: string }[]>`
    SELECT "organizationId" FROM "Membership" WHERE "userId" = ${userId}`
  return rows.length
}

function acceptedOf(
  invitation: { email: string; organizationId: string; organization: { name: string } },
  role: string,
): AcceptedInvitation {
  return {
    email: invitation.email,
    role,
    organizationId: invitation.organizationId,
    organizationName: invitation.organization.name,
  }
}
