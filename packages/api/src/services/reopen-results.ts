/**
 * Re-opening what a result was computed from: activities that stored or communicated a result go
 * back to in-progress, and the result snapshots they stored are marked superseded (with the
 * reason), so a report made from them says it was superseded and the next completion of A4/A5
 * stores a fresh one. Used by `reopenResults` (a correction after PAA1) and by a late exclusion or
 * re-inclusion of a driver (after A3 started).
 *
 * @packageDocumentation
 */
import { deriveEngagementState } from '@immd/core/lifecycle'
import type { ActivityId } from '@immd/core/method-types'
import { loadEngagementSnapshot } from '@immd/db/lifecycle-snapshot'
import type { ApiTransaction } from '../database.js'

/** What a re-opening changed, for the audit row. */
export interface Reopening {
  /** Activities set back from completed to in-progress. */
  reopened: ActivityId[]
  /** Result snapshots marked superseded. */
  superseded: string[]
  engagementState: string
}

/**
 * Sets the completed ones of `activities` back to in-progress, marks the engagement's current
 * (not yet superseded) result snapshots superseded, and recomputes the engagement state.
 */
export async function reopenActivities(
  tx: ApiTransaction,
  engagementId: string,
  activities: readonly ActivityId[],
  reason: string,
): Promise<Reopening> {
  const completed = await tx.activityRecord.findMany({
    where: { engagementId, activityId: { in: [...activities] }, status: 'completed' },
    select: { id: true, activityId: true },
  })
  if (completed.length > 0) {
    await tx.activityRecord.updateMany({
      where: { id: { in: completed.map((row) => row.id) } },
      data: {
        status: 'in-progress',
        completedAt: null,
        completedById: null,
        version: { increment: 1 },
      },
    })
  }
  const current = await tx.resultSnapshot.findMany({
    where: { engagementId, supersededAt: null },
    select: { id: true },
  })
  if (current.length > 0) {
    await tx.resultSnapshot.updateMany({
      where: { id: { in: current.map((row) => row.id) } },
      data: { supersededAt: new Date(), supersededReason: reason },
    })
  }
  const loaded = await loadEngagementSnapshot(tx, engagementId)
  const engagementState = deriveEngagementState(loaded.snapshot)
  await tx.engagement.update({
    where: { id: engagementId },
    data: { state: engagementState, actualEnd: engagementState === 'closed' ? undefined : null },
  })
  return {
    reopened: completed.map((row) => row.activityId as ActivityId),
    superseded: current.map((row) => row.id),
    engagementState,
  }
}
