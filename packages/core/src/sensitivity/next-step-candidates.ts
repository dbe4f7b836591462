/**
 * Next-step candidates for A6 ("Determine next steps"): the drivers most worth improving or
 * evaluating, weakest first (`[DESIGN]` ordering).
 *
 * @packageDocumentation
 */
import type { AnswerId, EffectCode, MethodDefinition } from '../method-types.js'
import type { ResolvedDriver } from '../scoring/resolve-input.js'

/** Why a driver is a candidate. */
export type CandidateReason = 'not-evaluated' | 'weak-answer' | 'failure-items'

/** One driver recommended for attention in A6. */
export interface NextStepCandidate {
  driverId: string
  number: number
  answer: AnswerId | null
  /** Failure (`-`) data items on the driver. */
  failureItems: number
  reasons: CandidateReason[]
  message: string
}

/** Options of {@link rankCandidates}. */
export interface RankCandidatesOptions {
  method: MethodDefinition
  drivers: readonly ResolvedDriver[]
  rationale: Readonly<Record<string, readonly EffectCode[]>> | undefined
}

/** Counts the failure (`-`) items of one driver. */
export function countFailureItems(
  rationale: Readonly<Record<string, readonly EffectCode[]>> | undefined,
  driverId: string,
): number {
  return (rationale?.[driverId] ?? []).filter((code) => code === '-').length
}

/**
 * Ranks the drivers of the scored set: unanswered drivers first (the result cannot be final without
 * them), then answered drivers below the top answer or with failure items, weakest answer first, then
 * most failure items, then driver order. Excluded drivers and clean top answers are not candidates.
 */
export function rankCandidates(options: RankCandidatesOptions): NextStepCandidate[] {
  const { method, drivers, rationale } = options
  const topStep = Math.max(...method.answers.map((a) => a.step))
  const ranked = drivers.flatMap((entry, index) => {
    const { driver, answer, status } = entry
    if (status === 'excluded' || status === 'invalid') return []
    const failureItems = countFailureItems(rationale, driver.id)
    const reasons: CandidateReason[] = []
    if (!answer) reasons.push('not-evaluated')
    else if (answer.step < topStep) reasons.push('weak-answer')
    if (failureItems > 0) reasons.push('failure-items')
    if (reasons.length === 0) return []
    const step = answer ? answer.step : -1
    const what = answer ? `answered ${answer.label}` : 'not evaluated yet'
    const failures = failureItems > 0 ? `, ${failureItems} failure (-) item(s)` : ''
    return [
      {
        index,
        step,
        candidate: {
          driverId: driver.id,
          number: driver.number,
          answer: answer?.id ?? null,
          failureItems,
          reasons,
          message: `${driver.id} (${driver.shortName}): ${what}${failures}.`,
        } satisfies NextStepCandidate,
      },
    ]
  })
  ranked.sort(
    (a, b) =>
      a.step - b.step || b.candidate.failureItems - a.candidate.failureItems || a.index - b.index,
  )
  return ranked.map((entry) => entry.candidate)
}
