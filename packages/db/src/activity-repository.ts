/**
 * Activity transitions (start, complete, skip) under the lifecycle gates of `@immd/core/lifecycle`,
 * with the engagement's state kept in step and, when A4 or A5 completes, the result snapshot
 * scored by `@immd/core/scoring` and stored: all in one transaction.
 *
 * @packageDocumentation
 */

import type { ActivityStatus, ActivityTransition } from '@immd/core/lifecycle'
import { checkActivityGate, deriveEngagementState } from '@immd/core/lifecycle'
import type { ActivityId, EffectCode } from '@immd/core/method-types'
import {
  type AnswerInput,
  type DiagnosticScore,
  type DriverExclusion,
  scoreDiagnostic,
} from '@immd/core/scoring'
import { type AuditActor, recordAuditEvent } from './audit-repository.js'
import type { DbClient, DbTransaction } from './client.js'
import {
  ActivityGateError,
  mapDatabaseErrors,
  NotFoundError,
  VersionConflictError,
} from './errors.js'
import type { ActivityRecord, Engagement, ResultSnapshot } from './generated/sqlite/client.js'
import { toJsonValue } from './json.js'
import { type LoadedEngagement, loadEngagementSnapshot } from './lifecycle-snapshot.js'

/** Activities whose completion stores a result snapshot (apply algorithm, success profile). */
export const SCORING_ACTIVITIES: readonly ActivityId[] = ['A4', 'A5']

/** What an activity transition needs. */
export interface TransitionActivityInput {
  engagementId: string
  activityId: ActivityId
  actor: AuditActor
  /** Guard against a stale screen: the activity record's version the caller read. */
  expectedVersion?: number
  /** Artefact ids produced; on completion defaults to what the method says the activity produces. */
  outputs?: string[]
  notes?: string | null
}

/** The activity after the transition, the engagement (state, latest result) and any new result. */
export interface TransitionActivityResult {
  activity: ActivityRecord
  engagement: Engagement
  result: ResultSnapshot | null
}

const NEXT_STATUS: Record<ActivityTransition, ActivityStatus> = {
  start: 'in-progress',
  complete: 'completed',
  skip: 'skipped',
}

/** Starts an activity (its gate must be open). */
export function startActivity(
  prisma: DbClient,
  input: TransitionActivityInput,
): Promise<TransitionActivityResult> {
  return transitionActivity(prisma, input, 'start')
}

/** Completes an activity; completing A4 or A5 also scores the engagement and stores the snapshot. */
export function completeActivity(
  prisma: DbClient,
  input: TransitionActivityInput,
): Promise<TransitionActivityResult> {
  return transitionActivity(prisma, input, 'complete')
}

/** Skips an activity the method allows to skip (PRA6, PAA3). */
export function skipActivity(
  prisma: DbClient,
  input: TransitionActivityInput,
): Promise<TransitionActivityResult> {
  return transitionActivity(prisma, input, 'skip')
}

function transitionActivity(
  prisma: DbClient,
  input: TransitionActivityInput,
  transition: ActivityTransition,
): Promise<TransitionActivityResult> {
  return mapDatabaseErrors(() =>
    prisma.$transaction((tx) => applyTransition(tx, input, transition)),
  )
}

/** The body of a transition, for callers composing a larger transaction (the seed). */
export async function applyTransition(
  tx: DbTransaction,
  input: TransitionActivityInput,
  transition: ActivityTransition,
): Promise<TransitionActivityResult> {
  const { engagementId, activityId } = input
  // Writing the engagement first locks it (row lock on PostgreSQL, write lock on SQLite), so two
  // transitions of one engagement run one after the other and each gate sees the other's result.
  const touched = await tx.engagement.updateMany({
    where: { id: engagementId },
    data: { updatedAt: new Date() },
  })
  if (touched.count === 0) throw new NotFoundError('Engagement', { id: engagementId })
  const loaded = await loadEngagementSnapshot(tx, engagementId)
  const record = loaded.activities.find((activity) => activity.activityId === activityId)
  if (!record) throw new NotFoundError('ActivityRecord', { engagementId, activityId })
  if (input.expectedVersion !== undefined && input.expectedVersion !== record.version) {
    throw new VersionConflictError('ActivityRecord', record.id, input.expectedVersion, record)
  }
  const gate = checkActivityGate({ snapshot: loaded.snapshot, activity: activityId, transition })
  if (!gate.allowed) throw new ActivityGateError(activityId, transition, gate.missing)

  const now = new Date()
  const status = NEXT_STATUS[transition]
  const produced =
    loaded.method.activities.find((activity) => activity.id === activityId)?.produces ?? []
  const activity = await tx.activityRecord.update({
    where: { id: record.id, version: record.version },
    data: {
      status,
      startedAt: transition === 'start' ? now : record.startedAt,
      completedAt: transition === 'start' ? null : now,
      completedById:
        transition === 'start' || input.actor.kind === 'system' ? null : input.actor.id,
      outputs:
        transition === 'complete'
          ? (input.outputs ?? produced)
          : (input.outputs ?? record.outputs ?? []),
      notes: input.notes === undefined ? record.notes : input.notes,
      version: { increment: 1 },
    },
  })
  const stored =
    transition === 'complete' && SCORING_ACTIVITIES.includes(activityId)
      ? await storeResult(tx, loaded, activityId, input.actor)
      : null
  const result = stored?.snapshot ?? null
  const statuses = { ...loaded.snapshot.activityStatuses, [activityId]: status }
  const state = deriveEngagementState({ ...loaded.snapshot, activityStatuses: statuses })
  const engagement = await tx.engagement.update({
    where: { id: engagementId },
    data: {
      state,
      actualStart: loaded.engagement.actualStart ?? now,
      actualEnd: state === 'closed' ? now : null,
      // The band travels with its coverage, so a list can say "on 7 of 10 drivers".
      ...(stored
        ? {
            latestTotal: stored.snapshot.total,
            latestBand: stored.snapshot.band,
            latestScoredDrivers: stored.coverage.scoredDrivers,
            latestMethodDrivers: stored.coverage.methodDrivers,
          }
        : {}),
    },
  })
  await recordAuditEvent(tx, {
    organizationId: engagement.organizationId,
    actor: input.actor,
    operation: `activity.${transition}`,
    targetType: 'ActivityRecord',
    targetId: activity.id,
    before: record,
    after: { ...activity, engagementState: state, resultSnapshotId: result?.id ?? null },
  })
  return { activity, engagement, result }
}

/** Scores the engagement with `@immd/core/scoring` and stores the full score as a snapshot. */
async function storeResult(
  tx: DbTransaction,
  loaded: LoadedEngagement,
  activityId: ActivityId,
  actor: AuditActor,
): Promise<{ snapshot: ResultSnapshot; coverage: DiagnosticScore['coverage'] }> {
  const { engagement, method, evaluations, exclusions } = loaded
  const links = await tx.dataItemDriver.findMany({
    where: { dataItem: { engagementId: engagement.id } },
    select: { driverId: true, dataItem: { select: { effect: true } } },
  })
  const rationale: Record<string, EffectCode[]> = {}
  for (const link of links) {
    rationale[link.driverId] ??= []
    rationale[link.driverId]?.push(link.dataItem.effect as EffectCode)
  }
  const excluded = new Set(exclusions.map((exclusion) => exclusion.driverId))
  // The exclusions travel with the stored result: who took which driver out, and why.
  const scoreExclusions: DriverExclusion[] = exclusions.map((exclusion) => ({
    driverId: exclusion.driverId,
    reason: exclusion.reason,
    decidedBy: exclusion.decidedById,
    decidedAt: exclusion.decidedAt.toISOString(),
    origin: exclusion.origin as DriverExclusion['origin'],
  }))
  const score: DiagnosticScore = scoreDiagnostic({
    method,
    answers: Object.fromEntries(
      evaluations
        .filter((e) => !excluded.has(e.driverId))
        .map((e) => [e.driverId, (e.answer ?? null) as AnswerInput]),
    ),
    exclusions: scoreExclusions,
    threshold: loaded.snapshot.threshold,
    rationale,
  })
  if (score.status === 'withheld') {
    // Too few drivers left in the scored set: there is no band to store. A lifecycle code of its
    // own belongs in @immd/core's gates; until then the nearest one carries scoring's reason.
    throw new ActivityGateError(activityId, 'complete', [
      {
        code: 'no-driver-answered',
        message: score.statusReasons.map((reason) => reason.message).join(' '),
      },
    ])
  }
  if (score.total === null || score.band === null) {
    // The A4 gate requires an answered driver, so this means the gate and scoring disagree.
    throw new Error(
      `engagement ${engagement.id}: nothing to score although the ${activityId} gate was open`,
    )
  }
  const snapshot = await tx.resultSnapshot.create({
    data: {
      engagementId: engagement.id,
      activityId,
      methodVersion: score.methodVersion,
      total: score.total,
      band: score.band,
      successThreshold: score.profile.threshold,
      differential: score.profile.differentialBands,
      profile: toJsonValue({ ...score, exclusions: scoreExclusions }),
      computedById: actor.kind === 'system' ? null : actor.id,
      dataVersion: engagement.dataVersion,
    },
  })
  return { snapshot, coverage: score.coverage }
}
