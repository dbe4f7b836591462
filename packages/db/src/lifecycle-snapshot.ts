/**
 * The one place engagement rows become the `@immd/core` lifecycle snapshot
 * ({@link buildEngagementSnapshot}): sponsorship = `sponsorshipRecordedAt` set, interviews =
 * sessions held, documents = reviewed, results communicated = ResultCommunication rows, process
 * updates = lessons applied. The API folds {@link SNAPSHOT_SELECT} into its GraphQL queries (a
 * fixed number of statements whatever the number of rows); the write path loads it with
 * {@link loadEngagementSnapshot}, which also returns the full rows it changes.
 *
 * @packageDocumentation
 */

import {
  type ActivityStatus,
  createEngagementSnapshot,
  type DriverEvaluation as DriverEvaluationAnswer,
  type EngagementSnapshot,
} from '@immd/core/lifecycle'
import type { ActivityId, BandId, MethodDefinition } from '@immd/core/method-types'
import type { DbExecutor } from './client.js'
import { NotFoundError } from './errors.js'
import type {
  ActivityRecord,
  DriverEvaluation,
  DriverExclusion,
  Engagement,
  Prisma,
} from './generated/sqlite/client.js'
import { readMethodDefinition } from './method-repository.js'

/** What the snapshot needs from an engagement row. */
export const SNAPSHOT_SELECT = {
  methodVersion: true,
  successThreshold: true,
  sponsorshipRecordedAt: true,
  activities: { select: { activityId: true, status: true, outputs: true } },
  evaluations: { select: { driverId: true, answer: true } },
  exclusions: { select: { driverId: true } },
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
  // Applied lessons are the process updates (PAA3); `_count` allows one filter per relation.
  lessons: { where: { appliedAt: { not: null } }, select: { id: true } },
} satisfies Prisma.EngagementSelect

/** An engagement row loaded with {@link SNAPSHOT_SELECT}. */
export type SnapshotRow = Prisma.EngagementGetPayload<{ select: typeof SNAPSHOT_SELECT }>

/** What {@link buildEngagementSnapshot} reads of a {@link SnapshotRow}. */
export type SnapshotInput = Omit<SnapshotRow, 'methodVersion' | 'activities'> & {
  activities: readonly Pick<ActivityRecord, 'activityId' | 'status'>[]
}

/** The artefact ids an activity record lists as produced. */
export function readOutputs(outputs: unknown): string[] {
  return Array.isArray(outputs) ? outputs.filter((id): id is string => typeof id === 'string') : []
}

/** Builds the lifecycle snapshot of one engagement from its rows. */
export function buildEngagementSnapshot(
  row: SnapshotInput,
  method: MethodDefinition,
): EngagementSnapshot {
  const statuses: Partial<Record<ActivityId, ActivityStatus>> = {}
  for (const activity of row.activities) {
    statuses[activity.activityId as ActivityId] = activity.status as ActivityStatus
  }
  return createEngagementSnapshot({
    method,
    activityStatuses: statuses,
    threshold: (row.successThreshold ?? null) as BandId | null,
    driverEvaluations: readDriverEvaluations(row.evaluations, row.exclusions),
    sponsorshipRecorded: row.sponsorshipRecordedAt !== null,
    counts: {
      scopeEntries: row._count.scopeEntries,
      interviews: row._count.interviews,
      documentsReviewed: row._count.documents,
      dataItems: row._count.dataItems,
      nextSteps: row._count.improvements,
      resultsCommunicated: row._count.communications,
      lessonsLearned: row._count.lessons,
      processUpdates: row.lessons.length,
    },
  })
}

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

/** Loads an engagement and builds its lifecycle snapshot with {@link buildEngagementSnapshot} (five queries). */
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
  const applied = await db.lessonLearned.findMany({
    where: { engagementId, appliedAt: { not: null } },
    select: { id: true },
  })
  const { method: methodRow, _count: counts, ...engagement } = row
  const method = readMethodDefinition(methodRow)
  const snapshot = buildEngagementSnapshot(
    { ...engagement, activities, evaluations, exclusions, _count: counts, lessons: applied },
    method,
  )
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
