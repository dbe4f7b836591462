/**
 * Brute-force reference for the sensitivity path: breadth-first search over single-step upgrades.
 */
import { lookupBand } from '../../src/method.js'
import type { AnswerId, BandId, MethodDefinition } from '../../src/method-types.js'
import { type AnswerInput, type DriverExclusion, scoreDiagnostic } from '../../src/scoring.js'
import { ANSWER_BY_STEP } from './methods.js'

/** Options of {@link bruteForceMinimalMoves}. */
export interface BruteForceOptions {
  method: MethodDefinition
  answers: Record<string, AnswerInput>
  exclusions?: DriverExclusion[]
  threshold: BandId
}

/**
 * The least number of single-step upgrades of answered drivers after which the band reaches the
 * threshold, or `null` when no number does. Scores every state with `scoreDiagnostic`.
 */
export function bruteForceMinimalMoves(options: BruteForceOptions): number | null {
  const { method, answers, threshold, exclusions } = options
  const excluded = new Set((exclusions ?? []).map((e) => e.driverId))
  const target = method.bands.find((b) => b.id === threshold)
  if (!target) throw new Error(`unknown threshold ${threshold}`)
  const reaches = (state: Record<string, AnswerInput>) => {
    const { total } = scoreDiagnostic({
      method,
      answers: state,
      ...(exclusions ? { exclusions } : {}),
    })
    return total !== null && (lookupBand(method, total)?.index ?? -1) >= target.index
  }
  const key = (state: Record<string, AnswerInput>) => JSON.stringify(state)
  let frontier = [answers]
  const seen = new Set([key(answers)])
  for (let moves = 0; frontier.length > 0; moves += 1) {
    if (frontier.some(reaches)) return moves
    const next: Array<Record<string, AnswerInput>> = []
    for (const state of frontier) {
      for (const [driverId, answer] of Object.entries(state)) {
        if (answer === null || excluded.has(driverId)) continue
        const up = ANSWER_BY_STEP[ANSWER_BY_STEP.indexOf(answer as AnswerId) + 1]
        if (!up) continue
        const raised = { ...state, [driverId]: up }
        if (seen.has(key(raised))) continue
        seen.add(key(raised))
        next.push(raised)
      }
    }
    frontier = next
  }
  return null
}
