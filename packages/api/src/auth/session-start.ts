/**
 * The session row every sign-in ends with (password or OIDC), and its `auth.login` account event,
 * written in the caller's transaction so a session never exists without its audit rows.
 *
 * @packageDocumentation
 */
import type { ApiTransaction } from '../database.js'
import { recordAccountEvent } from './account-audit.js'

/** A session to start for a user who has just proved who they are. */
export interface SessionStart {
  userId: string
  /** Hash of the session secret (`generateSessionSecret`); the secret itself is never stored. */
  idHash: string
  expiresAt: Date
  now: Date
  /** The client address of the sign-in request, for the audit row. */
  address: string
  /** More facts for the audit row (how the user signed in), after the common ones. */
  details?: Record<string, string>
}

/**
 * Drops the user's expired sessions, creates the new one and records `auth.login` on the
 * account. Call it inside the transaction of the sign-in.
 */
export async function startSession(tx: ApiTransaction, start: SessionStart): Promise<void> {
  const { userId, idHash, expiresAt, now } = start
  // Expired sessions of this user are of no use to anyone.
  await tx.session.deleteMany({ where: { userId, expiresAt: { lt: now } } })
  const session = await tx.session.create({
    data: { idHash, userId, expiresAt, lastUsedAt: now },
  })
  await recordAccountEvent(tx, {
    userId,
    actor: { kind: 'user', id: userId },
    operation: 'auth.login',
    targetType: 'Session',
    targetId: session.id,
    after: { userId, expiresAt: expiresAt.toISOString(), address: start.address, ...start.details },
  })
}
