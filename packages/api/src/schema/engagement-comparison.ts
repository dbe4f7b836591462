/**
 * `Engagement.comparison`: the re-assessment comparison of issue #15 (per-driver deltas and the
 * outcome of each improvement of the earlier engagement that named an expected answer).
 *
 * @packageDocumentation
 */
import type {
  DriverComparison,
  ImprovementCheck,
  ImprovementOutcome,
} from '@immd/core/analytics/compare-assessments'
import { encodeGlobalID } from '@pothos/plugin-relay'
import {
  COMPARISON_SELECT,
  type ComparisonResult,
  compareWithPrevious,
} from '../analytics/engagement-comparison.js'
import { builder } from '../builder.js'
import { AnswerEnum } from './enums.js'

const DriverChangeEnum = builder.enumType('DriverChange', {
  description:
    "How a driver's answer value moved from the previous assessment to the re-assessment.",
  values: {
    IMPROVED: { value: 'improved', description: 'The later answer value is higher.' },
    UNCHANGED: { value: 'unchanged', description: 'Both answers have the same value.' },
    DECLINED: { value: 'declined', description: 'The later answer value is lower.' },
    NOT_COMPARABLE: {
      value: 'not-comparable',
      description: 'Unanswered or excluded in one of the two assessments.',
    },
  } as const,
})

const ImprovementOutcomeEnum = builder.enumType('ImprovementOutcome', {
  description:
    'Whether an improvement of the previous engagement reached its expected answer in the re-assessment.',
  values: {
    MET: { value: 'met', description: 'The later answer is the expected one or better.' },
    PARTLY: { value: 'partly', description: 'Better than before, below the expected answer.' },
    NOT_MET: { value: 'not-met', description: 'No better than before.' },
    DRIVER_EXCLUDED: {
      value: 'driver-excluded',
      description: 'The re-assessment excluded the driver (tailoring).',
    },
    NOT_YET_ANSWERED: { value: 'not-yet-answered', description: 'The driver has no answer yet.' },
  } as const,
})

const DriverComparisonRef = builder.objectRef<DriverComparison>('DriverComparison').implement({
  description:
    "One driver of the re-assessment's method: both answers, their values and the change.",
  fields: (t) => ({
    driverId: t.exposeString('driverId', {
      description: 'Id of the driver in the method, e.g. `D1`.',
    }),
    shortName: t.exposeString('shortName', {
      description: "The driver's short name in the re-assessment's method.",
    }),
    previousAnswer: t.field({
      type: AnswerEnum,
      nullable: true,
      description:
        'The answer recorded in the previous assessment; null when unanswered. It does not count when `previousExcluded`.',
      resolve: (d) => d.previousAnswer,
    }),
    currentAnswer: t.field({
      type: AnswerEnum,
      nullable: true,
      description:
        'The answer recorded in this re-assessment; null when not answered yet. It does not count when `currentExcluded`.',
      resolve: (d) => d.currentAnswer,
    }),
    previousValue: t.exposeFloat('previousValue', {
      nullable: true,
      description:
        "previousAnswer's value on the answer scale (0-100); null when unanswered or excluded.",
    }),
    currentValue: t.exposeFloat('currentValue', {
      nullable: true,
      description:
        "currentAnswer's value on the answer scale (0-100); null when unanswered or excluded.",
    }),
    delta: t.exposeFloat('delta', {
      nullable: true,
      description:
        'currentValue − previousValue (points on 0-100, negative when it declined); null unless both values are set.',
    }),
    change: t.field({
      type: DriverChangeEnum,
      description: 'The sign of `delta`, or NOT_COMPARABLE when it is null.',
      resolve: (d) => d.change,
    }),
    previousExcluded: t.exposeBoolean('previousExcluded', {
      description: 'Whether the previous assessment excluded the driver (tailoring).',
    }),
    currentExcluded: t.exposeBoolean('currentExcluded', {
      description: 'Whether this re-assessment excluded the driver (tailoring).',
    }),
  }),
})

type CheckRow = ImprovementCheck & { proposal: string; status: string }

const ImprovementCheckRef = builder.objectRef<CheckRow>('ImprovementCheck').implement({
  description:
    'An improvement of the earlier engagement and whether the re-assessment shows it worked.',
  fields: (t) => ({
    improvementId: t.id({
      description: 'Global id of the Improvement (of the previous engagement).',
      resolve: (c) => encodeGlobalID('Improvement', c.improvementId),
    }),
    driverId: t.exposeString('driverId', {
      description: 'Id of the driver the improvement addresses, e.g. `D1`.',
    }),
    proposal: t.exposeString('proposal', {
      description: 'The improvement proposal as recorded in the previous engagement.',
    }),
    status: t.exposeString('status', { description: 'The improvement status recorded.' }),
    expectedAnswer: t.field({
      type: AnswerEnum,
      description: 'The answer the improvement was expected to bring the driver to.',
      resolve: (c) => c.expectedAnswer,
    }),
    previousAnswer: t.field({
      type: AnswerEnum,
      nullable: true,
      description: "The driver's answer in the previous engagement; null when unanswered.",
      resolve: (c) => c.previousAnswer,
    }),
    currentAnswer: t.field({
      type: AnswerEnum,
      nullable: true,
      description: "The driver's answer in this re-assessment; null when not answered yet.",
      resolve: (c) => c.currentAnswer,
    }),
    outcome: t.field({
      type: ImprovementOutcomeEnum,
      description: 'currentAnswer judged against expectedAnswer and previousAnswer.',
      resolve: (c) => c.outcome,
    }),
  }),
})

const OutcomeCountRef = builder
  .objectRef<{ outcome: ImprovementOutcome; count: number }>('ImprovementOutcomeCount')
  .implement({
    description: 'How many checked improvements had one outcome.',
    fields: (t) => ({
      outcome: t.field({
        type: ImprovementOutcomeEnum,
        description: 'The outcome counted.',
        resolve: (c) => c.outcome,
      }),
      count: t.exposeInt('count', {
        description: 'Checked improvements with this outcome (0 when none).',
      }),
    }),
  })

const ComparisonRef = builder.objectRef<ComparisonResult>('ReassessmentComparison').implement({
  description:
    'This re-assessment against the engagement it follows: per-driver deltas and improvement outcomes.',
  fields: (t) => ({
    previousEngagementId: t.id({
      description: 'Global id of the engagement this one re-assesses (`previousEngagement`).',
      resolve: (c) => encodeGlobalID('Engagement', c.previousEngagementId),
    }),
    drivers: t.field({
      type: [DriverComparisonRef],
      description: "Every driver of the re-assessment's method, in method order.",
      resolve: (c) => c.drivers,
    }),
    improvements: t.field({
      type: [ImprovementCheckRef],
      description: 'Improvements of the previous engagement that named an expected answer.',
      resolve: (c) =>
        c.improvements.map((check) => ({
          ...check,
          proposal: c.improvementTexts.get(check.improvementId)?.proposal ?? '',
          status: c.improvementTexts.get(check.improvementId)?.status ?? '',
        })),
    }),
    outcomeCounts: t.field({
      type: [OutcomeCountRef],
      description:
        'The number of `improvements` per outcome: every outcome listed once, MET first.',
      resolve: (c) =>
        (Object.entries(c.outcomeCounts) as [ImprovementOutcome, number][]).map(
          ([outcome, count]) => ({ outcome, count }),
        ),
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  comparison: t.field({
    type: ComparisonRef,
    nullable: true,
    description:
      'For a re-assessment: the comparison with `previousEngagement`; null for a first assessment.',
    select: COMPARISON_SELECT,
    resolve: (engagement, _args, ctx) => compareWithPrevious(ctx, engagement),
  }),
}))
