/**
 * Audit events about a user's account (sign-in, sign-out, failed sign-in, lock-out, password
 * change). An account is not tenant data, but its admins need to see what happens to it: each
 * event is recorded once per organization the user is a member of at that moment, so each of
 * those organizations' admins finds it in `auditEvents`, and an organization the user joins later
 * never sees what happened before. An account without memberships gets one row without an
 * organization (kept in the database, shown to no tenant). Attempts on unknown e-mail addresses
 * are never recorded, so they cannot reach any tenant.
 *
 * @packageDocumentation
 */
import { type AuditEventInput, recordAuditEvent } from '@immd/db/audit-repository'
import type { ApiTransaction } from '../database.js'

/** One account event; the organization comes from the user's memberships. */
export interface AccountEvent extends Omit<AuditEventInput, 'organizationId'> {
  /** The user the event is about. */
  userId: string
}

/**
 * Ids of the organizations the user belongs to, read inside the caller's transaction. A raw
 * statement on purpose: the request's client is tenant-guarded to the *viewer's* organizations
 * (none for an anonymous sign-in), while the rows written here belong to the *account's* ones.
 * Nothing read here is returned to the caller.
 */
async function membershipOrganizationIds(tx: ApiTransaction, userId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ organizationId: string }[]>`
    SELECT "organizationId" FROM "Membership" WHERE "userId" = ${userId}
    ORDER BY "organizationId"`
  return rows.map((row) => row.organizationId)
}

/**
 * Records an account event once per organization of the user (one row without an organization
 * when there is none). Call it inside the transaction of the change it describes.
 */
export async function recordAccountEvent(tx: ApiTransaction, event: AccountEvent): Promise<void> {
  const { actor, operation, targetType, targetId, before, after } = event
  const organizationIds = await membershipOrganizationIds(tx, event.userId)
  for (const organizationId of organizationIds.length > 0 ? organizationIds : [null]) {
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      operation,
      targetType,
      targetId,
      before,
      after,
    })
  }
}
