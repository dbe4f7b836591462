/**
 * Seats on an engagement's assessment team: giving a member of the organization a seat (or
 * another role) and taking it away. Both are engagement writes through `writeEngagement` with the
 * `'open'` lock: the team stays editable after the results are communicated. Each audit row names
 * whose access changed, so their live subscriptions are re-authorized.
 *
 * @packageDocumentation
 */
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { ApiContext } from '../context.js'
import { NotFoundError } from '../errors.js'
import { writeEngagement } from './engagement-write.js'

/** A seat (database ids). */
export interface SeatInput {
  engagementId: string
  userId: string
}

/** What a seat write answers: the engagement, whose team the payload shows. */
export interface SeatChange {
  engagementId: string
}

/** Gives `userId` (a member of the engagement's organization) a seat with `role`. */
export function setEngagementMember(
  ctx: ApiContext,
  { engagementId, userId, role }: SeatInput & { role: string },
): Promise<SeatChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(engagementId)
    const membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: engagement.organizationId, userId } },
    })
    if (!membership) throw new NotFoundError('User', userId)
    const seatKey = { engagementId_userId: { engagementId, userId } }
    const before = await tx.engagementMember.findUnique({ where: seatKey })
    const seat = await tx.engagementMember.upsert({
      where: seatKey,
      update: { role },
      create: { engagementId, userId, role },
    })
    return {
      result: { engagementId },
      audit: {
        operation: 'engagement.member-set',
        targetType: 'EngagementMember',
        targetId: seat.id,
        organizationId: engagement.organizationId,
        engagementId,
        before: before ? { userId, role: before.role } : null,
        after: { userId, role: seat.role },
        accessChangedFor: userId,
      },
    }
  })
}

/** Takes `userId`'s seat away; a user without one is a NotFoundError naming the seat. */
export function removeEngagementMember(
  ctx: ApiContext,
  { engagementId, userId }: SeatInput,
): Promise<SeatChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(engagementId)
    const seat = await tx.engagementMember.findUnique({
      where: { engagementId_userId: { engagementId, userId } },
    })
    if (!seat) {
      const seatId = `${encodeGlobalID('Engagement', engagementId)}/${encodeGlobalID('User', userId)}`
      throw new NotFoundError('EngagementMember', seatId, true)
    }
    await tx.engagementMember.delete({ where: { id: seat.id } })
    return {
      result: { engagementId },
      audit: {
        operation: 'engagement.member-remove',
        targetType: 'EngagementMember',
        targetId: seat.id,
        organizationId: engagement.organizationId,
        engagementId,
        before: { userId, role: seat.role },
        accessChangedFor: userId,
      },
    }
  })
}
