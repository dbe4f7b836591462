/**
 * The one place the API turns engagement rows into the `@immd/core` lifecycle snapshot. Fields that
 * need gates declare {@link SNAPSHOT_SELECT} as their Prisma selection, so the rows arrive folded
 * into the engagement's own query (a fixed number of statements, whatever the number of rows).
 *
 * It derives the snapshot exactly as `@immd/db`'s `loadEngagementSnapshot` does (which the write
 * path uses), but from rows folded into the GraphQL query instead of four queries per engagement:
 * sponsorship = `sponsorshipRecordedAt` set, interviews = sessions held, documents = reviewed,
 * results communicated = ResultCommunication rows, process updates = lessons applied.
 *
 * @packageDocumentation
 */

import {
  type ActivityStatus,
  createEngagementSnapshot,
  type DriverEvaluation,
  type EngagementSnapshot,
} from '@immd/core/lifecycle'
import type { ActivityId, BandId, MethodDefinition } from '@immd/core/method-types'
import type { Prisma } from '@immd/db/generated/sqlite/client'
import { readDriverEvaluations } from '@immd/db/lifecycle-snapshot'

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

/** The artefact ids an activity record lists as produced. */
export function readOutputs(outputs: unknown): string[] {
  return Array.isArray(outputs) ? outputs.filter((id): id is string => typeof id === 'string') : []
}

/** Driver evaluations as the lifecycle reads them (excluded drivers settled by tailoring). */
export function readEvaluations(
  row: Pick<SnapshotRow, 'evaluations' | 'exclusions'>,
): Record<string, DriverEvaluation> {
  return readDriverEvaluations(row.evaluations, row.exclusions)
}

/** Builds the lifecycle snapshot of one engagement. */
export function buildEngagementSnapshot(
  row: SnapshotRow,
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
    driverEvaluations: readEvaluations(row),
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
