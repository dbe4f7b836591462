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
  values: {
    IMPROVED: { value: 'improved' },
    UNCHANGED: { value: 'unchanged' },
    DECLINED: { value: 'declined' },
    NOT_COMPARABLE: {
      value: 'not-comparable',
      description: 'Unanswered or excluded in one of the two assessments.',
    },
  } as const,
})

const ImprovementOutcomeEnum = builder.enumType('ImprovementOutcome', {
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
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    shortName: t.exposeString('shortName'),
    previousAnswer: t.field({ type: AnswerEnum, nullable: true, resolve: (d) => d.previousAnswer }),
    currentAnswer: t.field({ type: AnswerEnum, nullable: true, resolve: (d) => d.currentAnswer }),
    previousValue: t.exposeFloat('previousValue', { nullable: true }),
    currentValue: t.exposeFloat('currentValue', { nullable: true }),
    delta: t.exposeFloat('delta', {
      nullable: true,
      description: 'currentValue − previousValue (points on 0-100).',
    }),
    change: t.field({ type: DriverChangeEnum, resolve: (d) => d.change }),
    previousExcluded: t.exposeBoolean('previousExcluded'),
    currentExcluded: t.exposeBoolean('currentExcluded'),
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
    driverId: t.exposeString('driverId'),
    proposal: t.exposeString('proposal'),
    status: t.exposeString('status', { description: 'The improvement status recorded.' }),
    expectedAnswer: t.field({ type: AnswerEnum, resolve: (c) => c.expectedAnswer }),
    previousAnswer: t.field({ type: AnswerEnum, nullable: true, resolve: (c) => c.previousAnswer }),
    currentAnswer: t.field({ type: AnswerEnum, nullable: true, resolve: (c) => c.currentAnswer }),
    outcome: t.field({ type: ImprovementOutcomeEnum, resolve: (c) => c.outcome }),
  }),
})

const OutcomeCountRef = builder
  .objectRef<{ outcome: ImprovementOutcome; count: number }>('ImprovementOutcomeCount')
  .implement({
    fields: (t) => ({
      outcome: t.field({ type: ImprovementOutcomeEnum, resolve: (c) => c.outcome }),
      count: t.exposeInt('count'),
    }),
  })

const ComparisonRef = builder.objectRef<ComparisonResult>('ReassessmentComparison').implement({
  description:
    'This re-assessment against the engagement it follows: per-driver deltas and improvement outcomes.',
  fields: (t) => ({
    previousEngagementId: t.id({
      resolve: (c) => encodeGlobalID('Engagement', c.previousEngagementId),
    }),
    drivers: t.field({ type: [DriverComparisonRef], resolve: (c) => c.drivers }),
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
