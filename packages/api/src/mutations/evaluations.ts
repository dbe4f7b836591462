/**
 * `evaluateDriver` (A3): records the team's answer and rationale with
 * `@immd/db`'s `recordDriverEvaluation` body (`applyDriverEvaluation`) in the audited transaction.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import { applyDriverEvaluation } from '@immd/db/evaluation-repository'
import { actorOf } from '../audit.js'
import type { ApiContext } from '../context.js'
import { GateNotSatisfiedError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import { answerIssues, driverIssues, methodOf, throwIssues } from './guards.js'

/** What {@link evaluateDriver} needs (database ids). */
export interface EvaluateDriverInput {
  engagementId: string
  driverId: string
  answer?: AnswerId | null
  /** Deprecated input: `true` is refused (exclusion is a tailoring decision, see `excludeDriver`). */
  notApplicable?: boolean | null
  rationale?: string | null
  /** The evaluation's version the caller read. */
  version: number
  /** Existing data items of the engagement to add to this driver's rationale. */
  dataItemIds?: string[] | null
}

/** What an evaluation returns (database ids). */
export interface EvaluationChange {
  engagementId: string
  evaluationId: string
}

/** The answer to an evaluation-time "not applicable": the method has none; tailoring decides. */
export const NOT_APPLICABLE_REFUSED = {
  path: 'input.notApplicable',
  message:
    'The method has no "not applicable" answer at evaluation time: a driver leaves the scored set only by a tailoring decision. ' +
    'Ask a lead assessor to exclude it with `excludeDriver` and a reason (before A3 starts, or later with a rationale, which re-opens A4/A5).',
}

/** The statuses of A3 in which the team may answer drivers (A3 has started). */
const ANSWERING_STATUSES = new Set(['in-progress', 'completed'])

/**
 * Refuses answers before A3 (evaluate the drivers) has started: the method collects the team's
 * answers in A3, after the evidence of A1-A2, so an earlier answer would skip the evidence step.
 * `statuses` are the engagement's activity statuses as `open` read them (A3 requested).
 */
export function requireEvaluationStarted(statuses: ReadonlyMap<string, string>): void {
  const a3 = statuses.get('A3')
  if (a3 && ANSWERING_STATUSES.has(a3)) return
  throw new GateNotSatisfiedError('A3', 'edit', [
    {
      code: 'activity-not-started',
      activity: 'A3',
      message:
        'Drivers are answered in A3 (evaluate the drivers), which has not started: start A3 first (`startActivity` with A3).',
    },
  ])
}

/**
 * Records one driver evaluation; a stale `version` is a ConflictError with the current one, an
 * answer before A3 has started a GateNotSatisfiedError on A3.
 */
export function evaluateDriver(
  ctx: ApiContext,
  input: EvaluateDriverInput,
): Promise<EvaluationChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId, { activities: ['A3'] })
    requireEvaluationStarted(engagement.activityStatuses)
    const method = await methodOf(tx, engagement)
    throwIssues([
      ...driverIssues(method, [input.driverId], 'input.driverId').map((issue) => ({
        ...issue,
        path: 'input.driverId',
      })),
      ...answerIssues(method, input.answer, 'input.answer'),
      ...(input.notApplicable ? [NOT_APPLICABLE_REFUSED] : []),
    ])
    const excluded = await tx.driverExclusion.findUnique({
      where: { engagementId_driverId: { engagementId: engagement.id, driverId: input.driverId } },
      select: { reason: true },
    })
    if (excluded) {
      throwIssues([
        {
          path: 'input.driverId',
          message: `${input.driverId} is excluded by tailoring (${excluded.reason}): it is not evaluated. A lead assessor can re-include it with \`includeDriver\`.`,
        },
      ])
    }
    const { evaluation } = await applyDriverEvaluation(tx, {
      engagementId: engagement.id,
      driverId: input.driverId,
      expectedVersion: input.version,
      answer: input.answer ?? null,
      rationale: input.rationale ?? null,
      dataItems: { link: input.dataItemIds ?? [] },
      actor: actorOf(ctx.viewer),
      // `open` locked the row and set its `updatedAt`; the method is the one checked above.
      lockedEngagement: { organizationId: engagement.organizationId, method },
    })
    return {
      result: { engagementId: engagement.id, evaluationId: evaluation.id },
      audit: {
        operation: 'evaluation.record',
        targetType: 'DriverEvaluation',
        targetId: evaluation.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        // recordDriverEvaluation stored `evaluation.record` itself: only publish it.
        recorded: true,
      },
    }
  })
}
