/**
 * Reads what `@immd/core/lifecycle` needs to judge an engagement (activity statuses, threshold,
 * evaluations, evidence counts) in a fixed number of queries.
 *
 * @packageDocumentation
 */

import type {
  ActivityStatus,
  DriverEvaluation as DriverEvaluationAnswer,
} from '@immd/core/lifecycle'
import { createEngagementSnapshot, type EngagementSnapshot } from '@immd/core/lifecycle'
import type { ActivityId, BandId, MethodDefinition } from '@immd/core/method-types'
import type { DbExecutor } from './client.js'
import { NotFoundError } from './errors.js'
import type {
  ActivityRecord,
  DriverEvaluation,
  DriverExclusion,
  Engagement,
} from './generated/sqlite/client.js'
import { readMethodDefinition } from './method-repository.js'

/** An engagement with the rows its lifecycle depends on, and the core snapshot built from them. */
export interface LoadedEngagement {
  engagement: Engagement
  method: MethodDefinition
  activities: ActivityRecord[]
  evaluations: DriverEvaluation[]
  /** The drivers tailoring took out of the scored set, in driver id order. */
  exclusions: DriverExclusion[]
  snapshot: EngagementSnapshot
}

/** Loads an engagement and builds its lifecycle snapshot (five queries). */
export async function loadEngagementSnapshot(
  db: DbExecutor,
  engagementId: string,
): Promise<LoadedEngagement> {
  const row = await db.engagement.findUnique({
    where: { id: engagementId },
    include: {
      method: { select: { definition: true } },
      _count: {
        select: {
          scopeEntries: true,
          interviews: { where: { heldAt: { not: null } } },
          documents: { where: { reviewedAt: { not: null } } },
          dataItems: true,
          improvements: true,
          communications: true,
          lessons: true,
        },
      },
    },
  })
  if (!row) throw new NotFoundError('Engagement', { id: engagementId })
  // Sequential on purpose: inside a transaction the queries share one connection anyway.
  const activities = await db.activityRecord.findMany({
    where: { engagementId },
    orderBy: { ordinal: 'asc' },
  })
  const evaluations = await db.driverEvaluation.findMany({ where: { engagementId } })
  const exclusions = await db.driverExclusion.findMany({
    where: { engagementId },
    orderBy: { driverId: 'asc' },
  })
  const processUpdates = await db.lessonLearned.count({
    where: { engagementId, appliedAt: { not: null } },
  })
  const { method: methodRow, _count: counts, ...engagement } = row
  const method = readMethodDefinition(methodRow)
  const snapshot = createEngagementSnapshot({
    method,
    activityStatuses: Object.fromEntries(
      activities.map((activity) => [
        activity.activityId as ActivityId,
        activity.status as ActivityStatus,
      ]),
    ),
    threshold: (engagement.successThreshold as BandId | null) ?? null,
    driverEvaluations: readDriverEvaluations(evaluations, exclusions),
    sponsorshipRecorded: engagement.sponsorshipRecordedAt !== null,
    counts: {
      scopeEntries: counts.scopeEntries,
      interviews: counts.interviews,
      documentsReviewed: counts.documents,
      dataItems: counts.dataItems,
      nextSteps: counts.improvements,
      resultsCommunicated: counts.communications,
      lessonsLearned: counts.lessons,
      processUpdates,
    },
  })
  return { engagement, method, activities, evaluations, exclusions, snapshot }
}

/**
 * Driver evaluations as the lifecycle reads them: the stored answers, and every driver excluded by
 * tailoring as `'not-applicable'` (the lifecycle's word for "settled, out of the scored set"), so
 * A3 can complete without answering it. Nothing else is ever not-applicable: evaluation-time N/A
 * is refused, and the column it used to set is retired.
 */
export function readDriverEvaluations(
  evaluations: readonly Pick<DriverEvaluation, 'driverId' | 'answer'>[],
  exclusions: readonly Pick<DriverExclusion, 'driverId'>[],
): Record<string, DriverEvaluationAnswer> {
  const result: Record<string, DriverEvaluationAnswer> = {}
  for (const evaluation of evaluations) {
    result[evaluation.driverId] = (evaluation.answer as DriverEvaluationAnswer) ?? null
  }
  for (const exclusion of exclusions) result[exclusion.driverId] = 'not-applicable'
  return result
}
