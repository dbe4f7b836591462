/**
 * The engagement's result, computed by `@immd/core` (scoring and sensitivity) from the stored
 * driver evaluations, the effect codes of each driver's rationale data items and the evidence behind
 * each driver (interviewee ratings, documents) for its confidence. Never stored by
 * this module and never re-implemented here.
 *
 * @packageDocumentation
 */

import type { BandId, EffectCode, MethodDefinition } from '@immd/core/method-types'
import {
  type AnswerInput,
  type DiagnosticScore,
  type DriverEvidence,
  type DriverExclusion,
  scoreDiagnostic,
} from '@immd/core/scoring'
import { analyzeSensitivity, type SensitivityAnalysis } from '@immd/core/sensitivity'
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { RatingsByDriver } from './driver-evidence.js'

/** What the result needs from an engagement row. */
export const RESULT_SELECT = {
  id: true,
  methodVersion: true,
  successThreshold: true,
  evaluations: { select: { driverId: true, answer: true } },
  exclusions: {
    select: {
      driverId: true,
      reason: true,
      decidedAt: true,
      origin: true,
      decidedBy: { select: { name: true } },
    },
    orderBy: { driverId: 'asc' },
  },
  dataItems: {
    select: { effect: true, documentId: true, drivers: { select: { driverId: true } } },
  },
} satisfies Prisma.EngagementSelect

export type ResultRow = Prisma.EngagementGetPayload<{ select: typeof RESULT_SELECT }>

/** The computed result: the score plus its sensitivity. */
export interface EngagementResult extends DiagnosticScore {
  sensitivity: SensitivityAnalysis
}

/**
 * Scores an engagement's evaluations against its method and threshold. `ratings` (interviewee
 * answers per driver, see `driver-evidence.ts`) and the documents behind each driver's data items
 * feed the per-driver confidence.
 */
export function computeEngagementResult(
  row: ResultRow,
  method: MethodDefinition,
  ratings: RatingsByDriver = {},
): EngagementResult {
  const answers: Record<string, AnswerInput> = {}
  const exclusions: DriverExclusion[] = []
  for (const evaluation of row.evaluations) {
    answers[evaluation.driverId] = (evaluation.answer ?? null) as AnswerInput
  }
  // Drivers excluded by tailoring leave the scored set (never counted as 0); who and why travel.
  for (const exclusion of row.exclusions) {
    delete answers[exclusion.driverId]
    exclusions.push({
      driverId: exclusion.driverId,
      reason: exclusion.reason,
      decidedBy: exclusion.decidedBy?.name ?? null,
      decidedAt: exclusion.decidedAt.toISOString(),
      origin: exclusion.origin as DriverExclusion['origin'],
    })
  }
  const rationale: Record<string, EffectCode[]> = {}
  const documents = new Map<string, Set<string>>()
  for (const item of row.dataItems) {
    for (const { driverId } of item.drivers) {
      const effects = rationale[driverId] ?? []
      effects.push(item.effect as EffectCode)
      rationale[driverId] = effects
      if (item.documentId) {
        const ids = documents.get(driverId) ?? new Set<string>()
        ids.add(item.documentId)
        documents.set(driverId, ids)
      }
    }
  }
  const evidence: Record<string, DriverEvidence> = {}
  for (const driver of method.drivers) {
    evidence[driver.id] = {
      ratings: ratings[driver.id] ?? [],
      documents: documents.get(driver.id)?.size ?? 0,
    }
  }
  const input = {
    answers,
    exclusions,
    method,
    threshold: (row.successThreshold ?? null) as BandId | null,
    rationale,
    evidence,
  }
  return { ...scoreDiagnostic(input), sensitivity: analyzeSensitivity(input) }
}
