/**
 * `Engagement.result`: the live score of the engagement, computed by `@immd/core` (scoring and
 * sensitivity) from its evaluations and the effect codes of their rationale data items.
 *
 * @packageDocumentation
 */

import type { AnswerId } from '@immd/core/method-types'
import type { DriverScore, EffectTally, ScoreWarning, SuccessProfile } from '@immd/core/scoring'
import { builder } from '../builder.js'
import {
  computeEngagementResult,
  type EngagementResult,
  RESULT_SELECT,
} from '../engagements/result.js'
import { requireMethod } from '../methods.js'
import { AnswerEnum, BandEnum, ScoringAlgorithmEnum } from './enums.js'
import { AnswerCountRef } from './interviews.js'
import { DriverStatusEnum, SensitivityRef } from './result-sensitivity.js'
import {
  BandCapRef,
  DriverConfidenceRef,
  DriverExclusionRef,
  ResultCoverageRef,
  ResultStatusEnum,
  ScoreInputErrorRef,
  StatusReasonRef,
} from './result-status.js'

const EffectTallyRef = builder.objectRef<EffectTally>('EffectTally').implement({
  description: 'Number of rationale data items per effect code.',
  fields: (t) => ({
    success: t.int({ description: '`+` items', resolve: (tally) => tally['+'] }),
    failure: t.int({ description: '`-` items', resolve: (tally) => tally['-'] }),
    neutral: t.int({ description: '`0` items', resolve: (tally) => tally['0'] }),
    unknown: t.int({ description: '`?` items', resolve: (tally) => tally['?'] }),
  }),
})

const DriverScoreRef = builder.objectRef<DriverScore>('DriverScore').implement({
  fields: (t) => ({
    driverId: t.string({ resolve: (d) => d.id }),
    number: t.exposeInt('number'),
    answer: t.field({ type: AnswerEnum, nullable: true, resolve: (d) => d.answer }),
    value: t.exposeFloat('value', { nullable: true }),
    weight: t.exposeFloat('weight', { description: 'Normalised over the answered drivers.' }),
    contribution: t.exposeFloat('contribution', { description: 'Points added to the total.' }),
    status: t.field({ type: DriverStatusEnum, resolve: (d) => d.status }),
    tally: t.field({ type: EffectTallyRef, resolve: (d) => d.tally }),
    exclusion: t.field({ type: DriverExclusionRef, nullable: true, resolve: (d) => d.exclusion }),
    confidence: t.field({
      type: DriverConfidenceRef,
      nullable: true,
      description: 'Evidence-based confidence (platform rule); null for excluded drivers.',
      resolve: (d) => d.confidence,
    }),
  }),
})

const ScoreWarningRef = builder.objectRef<ScoreWarning>('ScoreWarning').implement({
  description: 'Something a reviewer should look at; warnings never change the score.',
  fields: (t) => ({
    code: t.exposeString('code'),
    driverId: t.exposeString('driverId', { nullable: true }),
    message: t.exposeString('message'),
    count: t.int({
      nullable: true,
      description:
        'What the warning counts: data items (`invalid-effect-code`, `answer-contradicts-rationale`, `unknown-items`) or drivers (`drivers-excluded`, `incomplete`, `thin-evidence`); null otherwise.',
      resolve: (w) => w.count ?? null,
    }),
    total: t.int({
      nullable: true,
      description:
        'Out of how many: the driver’s data items (`unknown-items`), the method’s drivers (`drivers-excluded`) or the scored set (`incomplete`, `thin-evidence`); null otherwise.',
      resolve: (w) => w.total ?? null,
    }),
    answer: t.field({
      type: AnswerEnum,
      nullable: true,
      description:
        'The driver’s answer (`no-rationale`, `answer-contradicts-rationale`); null otherwise.',
      resolve: (w) => w.answer ?? null,
    }),
    effect: t.string({
      nullable: true,
      description:
        '`answer-contradicts-rationale`: the effect code of the items against the answer (`-` or `+`); null otherwise.',
      resolve: (w) => w.effect ?? null,
    }),
    driverIds: t.stringList({
      description:
        'The drivers a warning about the whole result names (`drivers-excluded`, `incomplete`, `thin-evidence`, `band-capped`), in driver order; else empty.',
      resolve: (w) => w.driverIds ?? [],
    }),
    capFrom: t.field({
      type: BandEnum,
      nullable: true,
      description: '`band-capped`: the band of the total alone; null otherwise.',
      resolve: (w) => w.capFrom ?? null,
    }),
    capTo: t.field({
      type: BandEnum,
      nullable: true,
      description: '`band-capped`: the band after the cap; null otherwise.',
      resolve: (w) => w.capTo ?? null,
    }),
  }),
})

const SuccessProfileRef = builder.objectRef<SuccessProfile>('SuccessProfile').implement({
  description: 'The current potential for success next to the success threshold.',
  fields: (t) => ({
    current: t.field({ type: BandEnum, nullable: true, resolve: (p) => p.current }),
    threshold: t.field({ type: BandEnum, nullable: true, resolve: (p) => p.threshold }),
    differentialBands: t.exposeInt('differentialBands', {
      nullable: true,
      description: 'threshold − current band index: > 0 means that many bands short.',
    }),
    differentialPoints: t.exposeFloat('differentialPoints', {
      nullable: true,
      description: "Threshold band's lower bound − total: points still missing.",
    }),
    meetsThreshold: t.exposeBoolean('meetsThreshold', { nullable: true }),
  }),
})

const EngagementResultRef = builder.objectRef<EngagementResult>('EngagementResult').implement({
  description: 'The score of the current evaluations (A4), success profile (A5) and sensitivity.',
  fields: (t) => ({
    methodVersion: t.exposeString('methodVersion'),
    algorithm: t.field({
      type: ScoringAlgorithmEnum,
      description: 'The algorithm that produced the band.',
      resolve: (r) => r.algorithm,
    }),
    valid: t.exposeBoolean('valid', { description: 'False when stored data could not be read.' }),
    errors: t.field({ type: [ScoreInputErrorRef], resolve: (r) => r.errors }),
    status: t.field({ type: ResultStatusEnum, resolve: (r) => r.status }),
    statusReasons: t.field({
      type: [StatusReasonRef],
      description: 'Why the result is not final; empty when it is.',
      resolve: (r) => r.statusReasons,
    }),
    coverage: t.field({ type: ResultCoverageRef, resolve: (r) => r.coverage }),
    total: t.exposeFloat('total', {
      nullable: true,
      description: 'Unrounded, 0-100; null when invalid or withheld.',
    }),
    roundedTotal: t.exposeInt('roundedTotal', { nullable: true }),
    band: t.field({
      type: BandEnum,
      nullable: true,
      description:
        'The band after any rule-based cap. Indicative unless status is FINAL: present finalBand as the result.',
      resolve: (r) => r.band,
    }),
    computedBand: t.field({
      type: BandEnum,
      nullable: true,
      description: 'The band of the total alone, before any rule-based cap.',
      resolve: (r) => r.computedBand,
    }),
    finalBand: t.field({
      type: BandEnum,
      nullable: true,
      description: 'The band when status is FINAL, else null.',
      resolve: (r) => r.finalBand,
    }),
    cap: t.field({ type: BandCapRef, nullable: true, resolve: (r) => r.cap }),
    excluded: t.field({
      type: [DriverExclusionRef],
      description: 'Drivers taken out of the scored set by tailoring, in driver order.',
      resolve: (r) => r.excluded,
    }),
    thinEvidence: t.exposeStringList('thinEvidence', {
      description: 'Drivers of the scored set whose confidence is LOW.',
    }),
    complete: t.exposeBoolean('complete'),
    missing: t.exposeStringList('missing', { description: 'Unanswered driver ids.' }),
    notApplicable: t.stringList({
      deprecationReason: 'Use excluded: drivers leave the scored set only by tailoring.',
      resolve: (r) => r.excluded.map((e) => e.driverId),
    }),
    drivers: t.field({ type: [DriverScoreRef], resolve: (r) => r.drivers }),
    answerTally: t.field({
      type: [AnswerCountRef],
      resolve: (r) =>
        Object.entries(r.answerTally).map(([answer, count]) => ({
          answer: answer as AnswerId,
          count,
        })),
    }),
    effectTally: t.field({ type: EffectTallyRef, resolve: (r) => r.effectTally }),
    warnings: t.field({ type: [ScoreWarningRef], resolve: (r) => r.warnings }),
    derivation: t.exposeString('derivation', {
      description: 'The formula, e.g. `(75×8 + 50×2) / 10 = 70.0 → 70 → High`.',
    }),
    derivationFormula: t.string({
      nullable: true,
      description:
        'The arithmetic of `derivation` alone, e.g. `(75×8 + 50×2) / 10 = 70.0 → 70`, for clients that write the band and the left-out drivers in their own language (with `band`, `cap`, `excluded`, `missing`); null when no total was computed.',
      resolve: (r) => r.derivationFormula,
    }),
    profile: t.field({ type: SuccessProfileRef, resolve: (r) => r.profile }),
    sensitivity: t.field({ type: SensitivityRef, resolve: (r) => r.sensitivity }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  result: t.field({
    type: EngagementResultRef,
    description: 'Computed from the current evaluations; stored snapshots are in resultSnapshots.',
    select: RESULT_SELECT,
    resolve: async (engagement, _args, ctx) => {
      const [method, ratings] = await Promise.all([
        requireMethod(ctx.loaders, engagement.methodVersion),
        ctx.loaders.driverRatings.load(engagement.id),
      ])
      return computeEngagementResult(engagement, method, ratings)
    },
  }),
}))
