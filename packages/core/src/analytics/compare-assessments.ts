/**
 * Re-assessment comparison (issue #15): the per-driver change between an engagement and the one it
 * re-assesses, and for each improvement of the earlier engagement that names an expected answer,
 * whether the later answer reached it. This closes the method's loop: A6 next steps → improvements
 * → the next diagnostic.
 *
 * @packageDocumentation
 */
import type { AnswerId, MethodDefinition } from '../method-types.js'

/** One assessment's answers and exclusions. */
export interface AssessmentAnswers {
  /** Answers by driver id (`null` or missing: unanswered). */
  answers: Readonly<Record<string, AnswerId | null>>
  excludedDriverIds: readonly string[]
}

/** An improvement of the earlier engagement. */
export interface ImprovementToCheck {
  id: string
  driverId: string
  /** The answer the driver was expected to reach; improvements without one are not checked. */
  expectedAnswer: AnswerId | null
}

/** How a driver compares between the two assessments. */
export type DriverChange = 'improved' | 'unchanged' | 'declined' | 'not-comparable'

/** One driver's line of the comparison. */
export interface DriverComparison {
  driverId: string
  shortName: string
  previousAnswer: AnswerId | null
  currentAnswer: AnswerId | null
  previousValue: number | null
  currentValue: number | null
  /** `currentValue − previousValue`; `null` unless both are answered and included. */
  delta: number | null
  change: DriverChange
  /** Whether the driver was excluded (tailoring) in the earlier or in the later assessment. */
  previousExcluded: boolean
  currentExcluded: boolean
}

/**
 * Whether an improvement reached its expected answer:
 * - `met`: the later answer is the expected one or better;
 * - `partly`: better than the earlier answer, below the expected one;
 * - `not-met`: no better than the earlier answer;
 * - `driver-excluded`: the later assessment excluded the driver, so there is nothing to check;
 * - `not-yet-answered`: the later assessment has not answered the driver yet.
 */
export type ImprovementOutcome =
  | 'met'
  | 'partly'
  | 'not-met'
  | 'driver-excluded'
  | 'not-yet-answered'

/** One checked improvement. */
export interface ImprovementCheck {
  improvementId: string
  driverId: string
  expectedAnswer: AnswerId
  previousAnswer: AnswerId | null
  currentAnswer: AnswerId | null
  outcome: ImprovementOutcome
}

/** What {@link compareAssessments} needs. */
export interface CompareAssessmentsOptions {
  /** The later engagement's method: its drivers are the rows; answer steps and values come from it. */
  method: MethodDefinition
  previous: AssessmentAnswers
  current: AssessmentAnswers
  /** The earlier engagement's improvements (those without an expected answer are skipped). */
  improvements: readonly ImprovementToCheck[]
}

/** The comparison of a re-assessment with the engagement it follows. */
export interface AssessmentComparison {
  drivers: DriverComparison[]
  improvements: ImprovementCheck[]
  /** How many checked improvements reached each outcome. */
  outcomeCounts: Record<ImprovementOutcome, number>
}

function checkImprovement(
  improvement: ImprovementToCheck & { expectedAnswer: AnswerId },
  options: CompareAssessmentsOptions,
  stepOf: ReadonlyMap<string, number>,
): ImprovementCheck {
  const previousAnswer = options.previous.answers[improvement.driverId] ?? null
  const currentAnswer = options.current.answers[improvement.driverId] ?? null
  const base = {
    improvementId: improvement.id,
    driverId: improvement.driverId,
    expectedAnswer: improvement.expectedAnswer,
    previousAnswer,
    currentAnswer,
  }
  if (options.current.excludedDriverIds.includes(improvement.driverId)) {
    return { ...base, outcome: 'driver-excluded' }
  }
  if (currentAnswer === null) return { ...base, outcome: 'not-yet-answered' }
  const current = stepOf.get(currentAnswer) ?? 0
  const expected = stepOf.get(improvement.expectedAnswer) ?? 0
  if (current >= expected) return { ...base, outcome: 'met' }
  // An earlier answer that is missing counts as the bottom of the scale: any answer above it is
  // progress towards the expected one.
  const previous = previousAnswer === null ? -1 : (stepOf.get(previousAnswer) ?? -1)
  return { ...base, outcome: current > previous ? 'partly' : 'not-met' }
}

/** Compares a re-assessment with the engagement it follows, driver by driver. */
export function compareAssessments(options: CompareAssessmentsOptions): AssessmentComparison {
  const { method, previous, current } = options
  const stepOf = new Map(method.answers.map((answer) => [answer.id, answer.step]))
  const answerValueOf = new Map(method.answers.map((answer) => [answer.id, answer.value]))
  const drivers = method.drivers.map((driver): DriverComparison => {
    const previousExcluded = previous.excludedDriverIds.includes(driver.id)
    const currentExcluded = current.excludedDriverIds.includes(driver.id)
    const previousAnswer = previous.answers[driver.id] ?? null
    const currentAnswer = current.answers[driver.id] ?? null
    const previousValue =
      previousExcluded || previousAnswer === null
        ? null
        : (answerValueOf.get(previousAnswer) ?? null)
    const currentValue =
      currentExcluded || currentAnswer === null ? null : (answerValueOf.get(currentAnswer) ?? null)
    const delta =
      previousValue === null || currentValue === null ? null : currentValue - previousValue
    const change: DriverChange =
      delta === null
        ? 'not-comparable'
        : delta > 0
          ? 'improved'
          : delta < 0
            ? 'declined'
            : 'unchanged'
    return {
      driverId: driver.id,
      shortName: driver.shortName,
      previousAnswer,
      currentAnswer,
      previousValue,
      currentValue,
      delta,
      change,
      previousExcluded,
      currentExcluded,
    }
  })
  const outcomeCounts: Record<ImprovementOutcome, number> = {
    met: 0,
    partly: 0,
    'not-met': 0,
    'driver-excluded': 0,
    'not-yet-answered': 0,
  }
  const improvements: ImprovementCheck[] = []
  for (const improvement of options.improvements) {
    if (improvement.expectedAnswer === null) continue
    const check = checkImprovement(
      { ...improvement, expectedAnswer: improvement.expectedAnswer },
      options,
      stepOf,
    )
    outcomeCounts[check.outcome] += 1
    improvements.push(check)
  }
  return { drivers, improvements, outcomeCounts }
}
