/**
 * The engagement's result, computed by `@immd/core` (scoring and sensitivity) from the stored
 * driver evaluations and the effect codes of each driver's rationale data items. Never stored by
 * this module and never re-implemented here.
 *
 * @packageDocumentation
 */

import type { BandId, EffectCode, MethodDefinition } from '@immd/core/method-types'
import {
  type AnswerInput,
  type DiagnosticScore,
  type DriverExclusion,
  scoreDiagnostic,
} from '@immd/core/scoring'
import { analyzeSensitivity, type SensitivityAnalysis } from '@immd/core/sensitivity'
import type { Prisma } from '@immd/db/generated/sqlite/client'

/** What the result needs from an engagement row. */
export const RESULT_SELECT = {
  methodVersion: true,
  successThreshold: true,
  evaluations: { select: { driverId: true, answer: true, notApplicable: true } },
  dataItems: { select: { effect: true, drivers: { select: { driverId: true } } } },
} satisfies Prisma.EngagementSelect

export type ResultRow = Prisma.EngagementGetPayload<{ select: typeof RESULT_SELECT }>

/** The computed result: the score plus its sensitivity. */
export interface EngagementResult extends DiagnosticScore {
  sensitivity: SensitivityAnalysis
}

/** Scores an engagement's evaluations against its method and threshold. */
export function computeEngagementResult(
  row: ResultRow,
  method: MethodDefinition,
): EngagementResult {
  const answers: Record<string, AnswerInput> = {}
  const exclusions: DriverExclusion[] = []
  for (const evaluation of row.evaluations) {
    // A stored evaluation-time N/A predates tailoring decisions: it scores as a migrated exclusion.
    if (evaluation.notApplicable) {
      exclusions.push({
        driverId: evaluation.driverId,
        reason: 'Marked not applicable at evaluation time (before tailoring decisions).',
        origin: 'migrated',
      })
    } else answers[evaluation.driverId] = (evaluation.answer ?? null) as AnswerInput
  }
  const rationale: Record<string, EffectCode[]> = {}
  for (const item of row.dataItems) {
    for (const { driverId } of item.drivers) {
      const effects = rationale[driverId] ?? []
      effects.push(item.effect as EffectCode)
      rationale[driverId] = effects
    }
  }
  const input = {
    answers,
    exclusions,
    method,
    threshold: (row.successThreshold ?? null) as BandId | null,
    rationale,
  }
  return { ...scoreDiagnostic(input), sensitivity: analyzeSensitivity(input) }
}
