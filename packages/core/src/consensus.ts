/**
 * Consensus across interviewees (activity A3 "Evaluate drivers"): how far individual ratings of each
 * driver agree, so the assessor team knows where to discuss before settling on one answer.
 *
 * @packageDocumentation
 */
import { findAnswerByStep } from './method.js'
import type { AnswerId, AnswerOption, MethodDefinition } from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'

/** One interviewee's rating of one driver; `null` = no opinion given. */
export interface ConsensusRating {
  driverId: string
  intervieweeId: string
  answer: AnswerId | null
}

/** Options of {@link summarizeConsensus}. */
export interface SummarizeConsensusOptions {
  /** Defaults to {@link IMMD_1_0}; fixes the scale and the driver order of the result. */
  method?: MethodDefinition
  /** Spread (max step − min step) from which a driver counts as disputed; default 2. */
  disagreementSteps?: number
}

/** Agreement on one driver. Answer fields are `null` when nobody rated it. */
export interface DriverConsensus {
  driverId: string
  /** Number of interviewees with a (non-null, known) answer. */
  count: number
  min: AnswerId | null
  max: AnswerId | null
  /** The median answer; for an even count the lower of the two middle answers. */
  median: AnswerId | null
  /** `max.step − min.step` (0 when nobody rated it). */
  spreadSteps: number
  /** `spreadSteps >= disagreementSteps`. */
  disagreement: boolean
  /** Ratings per answer. */
  distribution: Record<AnswerId, number>
}

/**
 * Summarises ratings per driver: count, lowest/highest/median answer, spread in scale steps, a
 * disagreement flag and the distribution. For an even count the median is the lower-middle answer:
 * picking an existing answer keeps the median on the scale, and the lower one keeps the summary
 * conservative (it never suggests more success than half the interviewees gave).
 *
 * When an interviewee rated a driver more than once, the last rating counts (ratings are corrections).
 * `null` and unknown answers are not counted. Drivers come in method order, then unknown driver ids in
 * order of first appearance; method drivers nobody rated are listed with count 0.
 */
export function summarizeConsensus(
  ratings: readonly ConsensusRating[],
  options: SummarizeConsensusOptions = {},
): DriverConsensus[] {
  const method = options.method ?? IMMD_1_0
  const threshold = options.disagreementSteps ?? 2
  const latest = new Map<string, Map<string, AnswerOption | null>>()
  for (const { id } of method.drivers) latest.set(id, new Map())
  for (const rating of ratings) {
    const byInterviewee = latest.get(rating.driverId) ?? new Map()
    latest.set(rating.driverId, byInterviewee)
    const answer = method.answers.find((option) => option.id === rating.answer) ?? null
    byInterviewee.set(rating.intervieweeId, answer)
  }
  return [...latest.entries()].map(([driverId, byInterviewee]) => {
    const steps = [...byInterviewee.values()]
      .filter((answer): answer is AnswerOption => answer !== null)
      .map((answer) => answer.step)
      .sort((a, b) => a - b)
    const distribution = Object.fromEntries(method.answers.map((a) => [a.id, 0])) as Record<
      AnswerId,
      number
    >
    for (const step of steps) {
      const answer = findAnswerByStep(method, step)
      if (answer) distribution[answer.id] += 1
    }
    const min = steps[0]
    const max = steps.at(-1)
    const median = steps[Math.floor((steps.length - 1) / 2)]
    const spreadSteps = min === undefined || max === undefined ? 0 : max - min
    const idAt = (step: number | undefined) =>
      step === undefined ? null : (findAnswerByStep(method, step)?.id ?? null)
    return {
      driverId,
      count: steps.length,
      min: idAt(min),
      max: idAt(max),
      median: idAt(median),
      spreadSteps,
      disagreement: steps.length > 0 && spreadSteps >= threshold,
      distribution,
    }
  })
}
