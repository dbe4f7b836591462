/**
 * The parts of `EngagementResult` that say how far the result can be trusted: status and its
 * reasons, input errors, coverage, tailoring exclusions, per-driver confidence, the rule-based cap
 * and the A6 next-step candidates. Rules behind them are platform design (`docs/method.md`).
 *
 * @packageDocumentation
 */
import type {
  AppliedCap,
  ConfidenceFinding,
  DriverConfidence,
  DriverExclusion,
  ResultCoverage,
  ScoreInputError,
  StatusReason,
} from '@immd/core/scoring'
import type { NextStepCandidate } from '@immd/core/sensitivity'
import { builder } from '../builder.js'
import { AnswerEnum, BandEnum } from './enums.js'

export const ResultStatusEnum = builder.enumType('ResultStatus', {
  description:
    'Whether the band may be presented as the result (platform rule, not IMMD method text).',
  values: {
    FINAL: {
      value: 'final',
      description: 'Every driver of a large enough scored set is evaluated.',
    },
    PROVISIONAL: {
      value: 'provisional',
      description: 'Drivers of the scored set are not evaluated yet: the band is indicative only.',
    },
    WITHHELD: {
      value: 'withheld',
      description: 'Too few drivers remain after exclusions: no total and no band.',
    },
    INVALID: { value: 'invalid', description: 'Stored data could not be read: see errors.' },
  } as const,
})

export const StatusReasonRef = builder.objectRef<StatusReason>('StatusReason').implement({
  description: 'Why a result is not final.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        '`invalid-input`, `below-minimum-coverage`, `drivers-not-evaluated`, `nothing-evaluated`.',
    }),
    message: t.exposeString('message'),
    count: t.int({
      nullable: true,
      description:
        '`below-minimum-coverage`: drivers left in the scored set; `drivers-not-evaluated`: drivers not evaluated yet. Null for other codes.',
      resolve: (r) => r.count ?? null,
    }),
    total: t.int({
      nullable: true,
      description:
        'Out of how many: the method’s drivers (`below-minimum-coverage`) or the scored set’s (`drivers-not-evaluated`).',
      resolve: (r) => r.total ?? null,
    }),
    minimum: t.int({
      nullable: true,
      description: '`below-minimum-coverage`: the least drivers the scored set needs for a band.',
      resolve: (r) => r.minimum ?? null,
    }),
    driverIds: t.stringList({
      description:
        '`drivers-not-evaluated`: the drivers not evaluated yet, in driver order; else empty.',
      resolve: (r) => r.driverIds ?? [],
    }),
  }),
})

export const ScoreInputErrorRef = builder.objectRef<ScoreInputError>('ScoreInputError').implement({
  description: 'An entry the scorer could not read; any one makes the result invalid.',
  fields: (t) => ({
    code: t.exposeString('code'),
    path: t.exposeString('path', { description: 'E.g. `answers.D3`, `exclusions[0].driverId`.' }),
    message: t.exposeString('message'),
  }),
})

export const ResultCoverageRef = builder.objectRef<ResultCoverage>('ResultCoverage').implement({
  description: 'How much of the method the scored set covers.',
  fields: (t) => ({
    methodDrivers: t.exposeInt('methodDrivers'),
    scoredDrivers: t.exposeInt('scoredDrivers', { description: 'After tailoring exclusions.' }),
    evaluatedDrivers: t.exposeInt('evaluatedDrivers'),
    minimumScoredDrivers: t.exposeInt('minimumScoredDrivers'),
    minimumScoredShare: t.exposeFloat('minimumScoredShare'),
  }),
})

export const ExclusionOriginEnum = builder.enumType('ExclusionOrigin', {
  values: {
    TAILORING: {
      value: 'tailoring',
      description: 'A recorded tailoring decision (PRA6 or later).',
    },
    MIGRATED: {
      value: 'migrated',
      description: 'A stored evaluation-time "not applicable", carried over as a decision.',
    },
  } as const,
})

export const DriverExclusionRef = builder.objectRef<DriverExclusion>('DriverExclusion').implement({
  description: 'A driver taken out of the scored set, who decided it and why.',
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    reason: t.exposeString('reason'),
    decidedBy: t.string({ nullable: true, resolve: (e) => e.decidedBy ?? null }),
    decidedAt: t.string({ nullable: true, resolve: (e) => e.decidedAt ?? null }),
    origin: t.field({ type: ExclusionOriginEnum, resolve: (e) => e.origin }),
  }),
})

export const ConfidenceLevelEnum = builder.enumType('ConfidenceLevel', {
  description: 'How much evidence an answer rests on (platform rule); LOW is thin evidence.',
  values: {
    HIGH: { value: 'high' },
    MEDIUM: { value: 'medium' },
    LOW: { value: 'low' },
  } as const,
})

const ConfidenceFindingRef = builder
  .objectRef<ConfidenceFinding & { message: string }>('ConfidenceFinding')
  .implement({
    description:
      'One confidence rule that decided the level, as data to write in any language (platform rule).',
    fields: (t) => ({
      code: t.exposeString('code', {
        description:
          'low: `few-items`, `no-rating-or-document`, `ratings-disagree`; medium: `items-below-high`, `raters-below-high`, `spread-above-high`, `documents-below-high`; high: `evidence-high`.',
      }),
      value: t.exposeInt('value', {
        description:
          'What was measured: data items, raters, spread steps or documents, per code (items for `evidence-high`, 0 for `no-rating-or-document`).',
      }),
      limit: t.exposeInt('limit', {
        nullable: true,
        description:
          'The threshold of Method.scoringRules.confidence the value was held against; null where the rule has no number.',
      }),
      message: t.exposeString('message', {
        description: 'The finding in English, the matching entry of `DriverConfidence.reasons`.',
      }),
    }),
  })

export const DriverConfidenceRef = builder
  .objectRef<DriverConfidence>('DriverConfidence')
  .implement({
    description: 'Evidence behind one driver (thresholds: Method.scoringRules.confidence).',
    fields: (t) => ({
      level: t.field({ type: ConfidenceLevelEnum, resolve: (c) => c.level }),
      items: t.exposeInt('items', { description: 'Data items coded + - 0.' }),
      raters: t.exposeInt('raters', { description: 'Interviewees who rated the driver.' }),
      spread: t.exposeInt('spread', {
        nullable: true,
        description: 'Steps between the lowest and highest rating.',
      }),
      documents: t.exposeInt('documents', {
        description: 'Reviewed documents with an item on it.',
      }),
      reasons: t.exposeStringList('reasons'),
      findings: t.field({
        type: [ConfidenceFindingRef],
        description: 'The rules that decided the level, in rule order; one per entry of `reasons`.',
        // `reasons` are the findings' English sentences, index for index (core's assessConfidence).
        resolve: (c) => c.findings.map((f, i) => ({ ...f, message: c.reasons[i] ?? '' })),
      }),
    }),
  })

const CappedDriverRef = builder.objectRef<AppliedCap['drivers'][number]>('CappedDriver').implement({
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    answer: t.field({ type: AnswerEnum, resolve: (d) => d.answer }),
  }),
})

export const BandCapRef = builder.objectRef<AppliedCap>('BandCap').implement({
  description: 'The rule-based algorithm lowered the band (platform rule).',
  fields: (t) => ({
    from: t.field({ type: BandEnum, resolve: (c) => c.from }),
    to: t.field({ type: BandEnum, resolve: (c) => c.to }),
    drivers: t.field({ type: [CappedDriverRef], resolve: (c) => c.drivers }),
    message: t.exposeString('message'),
  }),
})

export const NextStepCandidateRef = builder
  .objectRef<NextStepCandidate>('NextStepCandidate')
  .implement({
    description: 'A driver recommended for A6 next steps: unanswered and weakest first.',
    fields: (t) => ({
      driverId: t.exposeString('driverId'),
      number: t.exposeInt('number'),
      answer: t.field({ type: AnswerEnum, nullable: true, resolve: (c) => c.answer }),
      failureItems: t.exposeInt('failureItems'),
      reasons: t.exposeStringList('reasons', {
        description: '`not-evaluated`, `weak-answer`, `failure-items`.',
      }),
      message: t.exposeString('message'),
    }),
  })
