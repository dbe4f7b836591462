/**
 * Excluding a driver from the scored set, and re-including it: tailoring decisions (PRA6) taken by
 * a lead assessor. Before A3 (Evaluate drivers) starts a reason is enough; once A3 has started the
 * decision changes a result in the making, so it also needs a rationale for the late change, and
 * it re-opens A4 and A5 (completed ones go back to in-progress, stored results are marked
 * superseded). Each decision is one audited write through the engagement-write helper, refused
 * once the results are communicated.
 *
 * An exclusion that leaves fewer drivers than the method's minimum is allowed: scoring then
 * withholds the band and says why (`@immd/core`).
 *
 * @packageDocumentation
 */

import type { ActivityId } from '@immd/core/method-types'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { LEAD_ROLES, roleIn } from '../auth/viewer.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, NotAuthorizedError, NotFoundError, ValidationError } from '../errors.js'
import { driverIssues, methodOf, type TargetEngagement, viewerUserId } from '../mutations/guards.js'
import { writeEngagement } from './engagement-write.js'
import { type Reopening, reopenActivities } from './reopen-results.js'

/** Activities a late change of the scored set re-opens. */
const SCORING_ACTIVITIES: readonly ActivityId[] = ['A4', 'A5']

/** What {@link excludeDriver} and {@link includeDriver} need (database ids). */
export interface ExclusionInput {
  engagementId: string
  driverId: string
  /** Why the driver does not apply (exclude only). */
  reason?: string | null
  /** Why the scored set changes after A3 started; required then. */
  lateChangeRationale?: string | null
}

/** What an exclusion write returns (database ids). */
export interface ExclusionChange {
  engagementId: string
  driverId: string
}

/** Throws NotAuthorizedError unless the viewer leads the engagement (organization or team role). */
export async function requireLead(
  ctx: ApiContext,
  tx: ApiTransaction,
  engagement: TargetEngagement,
  action: string,
): Promise<string> {
  const userId = viewerUserId(ctx.viewer)
  if (userId && LEAD_ROLES.has(roleIn(ctx.viewer, engagement.organizationId) ?? '')) return userId
  const seat = userId
    ? await tx.engagementMember.findUnique({
        where: { engagementId_userId: { engagementId: engagement.id, userId } },
        select: { role: true },
      })
    : null
  if (userId && seat?.role === 'lead-assessor') return userId
  throw new NotAuthorizedError(`Only a lead assessor of the engagement may ${action}.`)
}

/** Whether A3 has started (then a change of the scored set needs a rationale and re-opens A4/A5). */
async function evaluationStarted(tx: ApiTransaction, engagementId: string): Promise<boolean> {
  const a3 = await tx.activityRecord.findUnique({
    where: { engagementId_activityId: { engagementId, activityId: 'A3' } },
    select: { status: true },
  })
  return (a3?.status ?? 'not-started') !== 'not-started'
}

/** Checks the driver and, after A3 started, the late-change rationale; re-opens A4/A5 then. */
async function checkDecision(
  tx: ApiTransaction,
  engagement: TargetEngagement,
  input: ExclusionInput,
): Promise<{ late: boolean }> {
  const method = await methodOf(tx, engagement)
  const unknown = driverIssues(method, [input.driverId], 'input.driverId')
  if (unknown.length > 0) {
    throw new ValidationError(unknown.map((issue) => ({ ...issue, path: 'input.driverId' })))
  }
  const late = await evaluationStarted(tx, engagement.id)
  if (late && !input.lateChangeRationale?.trim()) {
    throw new ValidationError([
      {
        path: 'input.lateChangeRationale',
        code: 'LATE_CHANGE_RATIONALE_REQUIRED',
        message:
          'A3 (Evaluate drivers) has started: changing the scored set now re-opens A4 and A5, so give the rationale for the late change (e.g. what the sponsor agreed).',
      },
    ])
  }
  return { late }
}

async function reopenIfLate(
  tx: ApiTransaction,
  engagementId: string,
  late: boolean,
  rationale: string | null | undefined,
): Promise<Reopening | null> {
  if (!late) return null
  return reopenActivities(tx, engagementId, SCORING_ACTIVITIES, rationale ?? '')
}

/** Takes a driver out of the scored set (a tailoring decision by a lead assessor). */
export function excludeDriver(ctx: ApiContext, input: ExclusionInput): Promise<ExclusionChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const decidedById = await requireLead(ctx, tx, engagement, 'exclude a driver')
    const { late } = await checkDecision(tx, engagement, input)
    const reason = input.reason?.trim() ?? ''
    if (!reason) {
      throw new ValidationError([
        {
          path: 'input.reason',
          message: 'Say why the driver does not apply to this IMC.',
          code: 'REASON_REQUIRED',
        },
      ])
    }
    const existing = await tx.driverExclusion.findUnique({
      where: { engagementId_driverId: { engagementId: engagement.id, driverId: input.driverId } },
    })
    if (existing) {
      throw new ConflictError(`${input.driverId} is already excluded: ${existing.reason}`, {
        currentValue: existing.reason,
      })
    }
    const exclusion = await tx.driverExclusion.create({
      data: {
        engagementId: engagement.id,
        driverId: input.driverId,
        reason,
        decidedById,
        origin: 'tailoring',
      },
    })
    const reopening = await reopenIfLate(tx, engagement.id, late, input.lateChangeRationale)
    return {
      result: { engagementId: engagement.id, driverId: input.driverId },
      audit: {
        operation: 'exclusion.add',
        targetType: 'DriverExclusion',
        targetId: exclusion.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: {
          ...exclusion,
          lateChangeRationale: late ? input.lateChangeRationale : null,
          reopening,
        },
      },
    }
  })
}

/** Puts an excluded driver back into the scored set (a lead assessor's tailoring decision). */
export function includeDriver(ctx: ApiContext, input: ExclusionInput): Promise<ExclusionChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    await requireLead(ctx, tx, engagement, 're-include a driver')
    const { late } = await checkDecision(tx, engagement, input)
    const existing = await tx.driverExclusion.findUnique({
      where: { engagementId_driverId: { engagementId: engagement.id, driverId: input.driverId } },
    })
    if (!existing) {
      throw new NotFoundError(
        'DriverExclusion',
        `${encodeGlobalID('Engagement', engagement.id)}/${input.driverId}`,
        true,
      )
    }
    await tx.driverExclusion.delete({ where: { id: existing.id } })
    const reopening = await reopenIfLate(tx, engagement.id, late, input.lateChangeRationale)
    return {
      result: { engagementId: engagement.id, driverId: input.driverId },
      audit: {
        operation: 'exclusion.remove',
        targetType: 'DriverExclusion',
        targetId: existing.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before: existing,
        after: { lateChangeRationale: late ? input.lateChangeRationale : null, reopening },
      },
    }
  })
}

/**
 * A correction of a communicated result: a lead assessor re-opens PAA1 (and A4/A5, so a fresh
 * result is stored), which lifts the communicated-results lock; the stored results are marked
 * superseded with the reason. Refused unless the results are communicated.
 */
export function reopenResults(
  ctx: ApiContext,
  input: { engagementId: string; reason: string },
): Promise<{ engagementId: string }> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(input.engagementId)
    await requireLead(ctx, tx, engagement, 're-open communicated results')
    const reason = input.reason.trim()
    if (!reason) {
      throw new ValidationError([
        {
          path: 'input.reason',
          message: 'Say what is corrected and why.',
          code: 'REASON_REQUIRED',
        },
      ])
    }
    const paa1 = await tx.activityRecord.findUnique({
      where: { engagementId_activityId: { engagementId: engagement.id, activityId: 'PAA1' } },
      select: { id: true, status: true },
    })
    if (paa1?.status !== 'completed') {
      throw new ValidationError([
        {
          path: 'input.engagementId',
          code: 'RESULTS_NOT_COMMUNICATED',
          message: 'The results are not communicated (PAA1 not completed): nothing to re-open.',
        },
      ])
    }
    const reopening = await reopenActivities(tx, engagement.id, ['A4', 'A5', 'PAA1'], reason)
    return {
      result: { engagementId: engagement.id },
      audit: {
        operation: 'results.reopen',
        targetType: 'Engagement',
        targetId: engagement.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: { reason, ...reopening },
      },
    }
  })
}
