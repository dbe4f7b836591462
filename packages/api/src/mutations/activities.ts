/**
 * Activity transitions (start, complete, skip) under the lifecycle gates of `@immd/core`, checked
 * on the snapshot of `@immd/db/lifecycle-snapshot` and applied by `@immd/db`'s `applyTransition` (which
 * keeps the engagement state in step and stores the result snapshot when A4 or A5 completes).
 * Also the two records gates wait for: sponsorship (PRA1) and the communication of results (PAA1).
 *
 * @packageDocumentation
 */
import { type ActivityTransition, checkActivityGate } from '@immd/core/lifecycle'
import type { ActivityId } from '@immd/core/method-types'
import { applyTransition } from '@immd/db/activity-repository'
import type { DbClient } from '@immd/db/client'
import { recordSponsorship as recordSponsorshipRow } from '@immd/db/engagement-repository'
import { buildEngagementSnapshot, SNAPSHOT_SELECT } from '@immd/db/lifecycle-snapshot'
import { type AuditEntry, actorOf } from '../audit.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, GateNotSatisfiedError, NotFoundError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import { methodOf, type TargetEngagement, viewerUserId } from './guards.js'

/** What an activity write returns (database ids). */
export interface ActivityChange {
  engagementId: string
  activityRecordId: string
  resultSnapshotId: string | null
}

/** Options of {@link transitionActivity}. */
export interface TransitionInput {
  engagementId: string
  activityId: ActivityId
  /** The activity record's version the caller read (optional). */
  version?: number | null
  notes?: string | null
}

/** Throws GateNotSatisfiedError listing every missing prerequisite of the transition. */
async function checkGate(
  tx: ApiTransaction,
  engagement: TargetEngagement,
  activity: ActivityId,
  transition: ActivityTransition,
): Promise<void> {
  const row = await tx.engagement.findUniqueOrThrow({
    where: { id: engagement.id },
    select: SNAPSHOT_SELECT,
  })
  const snapshot = buildEngagementSnapshot(row, await methodOf(tx, engagement))
  const gate = checkActivityGate({ snapshot, activity, transition })
  if (!gate.allowed) throw new GateNotSatisfiedError(activity, transition, gate.missing)
}

/** Gate check, then the repository's transition; returns the audit entry of the engagement. */
async function runTransition(
  ctx: ApiContext,
  tx: ApiTransaction,
  engagement: TargetEngagement,
  input: TransitionInput,
  transition: ActivityTransition,
) {
  const record = await tx.activityRecord.findUnique({
    where: {
      engagementId_activityId: { engagementId: engagement.id, activityId: input.activityId },
    },
  })
  if (!record) throw new NotFoundError('Activity', `${engagement.id}/${input.activityId}`)
  if (input.version != null && input.version !== record.version) {
    throw new ConflictError(
      `${input.activityId} was changed by someone else: you sent version ${input.version}, it is at ${record.version}.`,
      { currentVersion: record.version, currentValue: record.status },
    )
  }
  await checkGate(tx, engagement, input.activityId, transition)
  const done = await applyTransition(
    tx,
    {
      engagementId: engagement.id,
      activityId: input.activityId,
      actor: actorOf(ctx.viewer),
      expectedVersion: record.version,
      notes: input.notes,
    },
    transition,
  )
  // applyTransition stored `activity.<transition>` itself: the entry is only published.
  const audit: AuditEntry = {
    operation: `activity.${transition}`,
    targetType: 'ActivityRecord',
    targetId: record.id,
    organizationId: engagement.organizationId,
    engagementId: engagement.id,
    recorded: true,
  }
  return { done, audit }
}

/** Starts, completes or skips an activity of an engagement. */
export function transitionActivity(
  ctx: ApiContext,
  input: TransitionInput,
  transition: ActivityTransition,
): Promise<ActivityChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const { done, audit } = await runTransition(ctx, tx, engagement, input, transition)
    return {
      result: {
        engagementId: engagement.id,
        activityRecordId: done.activity.id,
        resultSnapshotId: done.result?.id ?? null,
      },
      audit,
    }
  })
}

/** Records stakeholder sponsorship (PRO1), which PRA1 needs to complete. */
export function recordSponsorship(
  ctx: ApiContext,
  input: { engagementId: string; sponsorName: string; version: number },
): Promise<{ engagementId: string }> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const current = await tx.engagement.findUniqueOrThrow({
      where: { id: engagement.id },
      select: { version: true, sponsorName: true, sponsorshipRecordedAt: true },
    })
    if (current.version !== input.version) {
      throw new ConflictError('The engagement was changed by someone else; reload it.', {
        currentVersion: current.version,
        currentValue: current.sponsorName,
      })
    }
    // A savepoint inside this transaction (the repository has no transaction-body variant yet).
    await recordSponsorshipRow(tx as unknown as DbClient, {
      engagementId: engagement.id,
      sponsorName: input.sponsorName,
      actor: actorOf(ctx.viewer),
    })
    return {
      result: { engagementId: engagement.id },
      audit: {
        operation: 'engagement.sponsorship',
        targetType: 'Engagement',
        targetId: engagement.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        // recordSponsorship stored the event itself.
        recorded: true,
      },
    }
  })
}

/** Options of {@link communicateResults}. */
export interface CommunicateResultsInput {
  engagementId: string
  audience: string
  medium?: string | null
  summary?: string | null
  communicatedAt?: Date | null
}

/**
 * PAA1: records the communication of the latest stored result (PAO1), then starts PAA1 if needed
 * and completes it. Every step in one transaction: a closed gate leaves no communication behind.
 */
export function communicateResults(
  ctx: ApiContext,
  input: CommunicateResultsInput,
): Promise<ActivityChange & { communicationId: string }> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const latest = await tx.resultSnapshot.findFirst({
      where: { engagementId: engagement.id },
      orderBy: [{ computedAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    })
    const communication = await tx.resultCommunication.create({
      data: {
        engagementId: engagement.id,
        audience: input.audience,
        medium: input.medium ?? null,
        communicatedAt: input.communicatedAt ?? new Date(),
        resultSnapshotId: latest?.id ?? null,
        notes: input.summary ?? null,
        createdById: viewerUserId(ctx.viewer),
      },
    })
    const paa1 = { engagementId: engagement.id, activityId: 'PAA1' as const }
    const status = await tx.activityRecord.findUnique({
      where: { engagementId_activityId: paa1 },
      select: { status: true },
    })
    const audit: AuditEntry[] = [
      {
        operation: 'results.communicate',
        targetType: 'ResultCommunication',
        targetId: communication.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: communication,
      },
    ]
    if (status?.status === 'not-started') {
      audit.push((await runTransition(ctx, tx, engagement, paa1, 'start')).audit)
    }
    const completed = await runTransition(
      ctx,
      tx,
      engagement,
      { ...paa1, notes: input.summary },
      'complete',
    )
    audit.push(completed.audit)
    return {
      result: {
        engagementId: engagement.id,
        activityRecordId: completed.done.activity.id,
        resultSnapshotId: latest?.id ?? null,
        communicationId: communication.id,
      },
      audit,
    }
  })
}
