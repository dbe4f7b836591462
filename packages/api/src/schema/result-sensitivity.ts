/**
 * `EngagementResult.sensitivity`: how far each driver's answer moves the total and the band one
 * step up or down, and the fewest upgrades that reach the success threshold (`@immd/core`'s
 * sensitivity analysis), with the next-step candidates for A6.
 *
 * @packageDocumentation
 */
import type {
  DriverSensitivity,
  PathMove,
  PathToThreshold,
  SensitivityAnalysis,
  SensitivityMove,
} from '@immd/core/sensitivity'
import { builder } from '../builder.js'
import { AnswerEnum, BandEnum } from './enums.js'
import { NextStepCandidateRef } from './result-status.js'

/** Where a driver stands in the score. */
export const DriverStatusEnum = builder.enumType('DriverStatus', {
  values: {
    ANSWERED: { value: 'answered' },
    MISSING: { value: 'missing' },
    EXCLUDED: { value: 'excluded', description: 'Taken out of the scored set by tailoring.' },
    INVALID: { value: 'invalid', description: 'The stored answer is not on the scale.' },
  } as const,
})

const SensitivityMoveRef = builder.objectRef<SensitivityMove>('SensitivityMove').implement({
  fields: (t) => ({
    answer: t.field({ type: AnswerEnum, resolve: (m) => m.answer }),
    total: t.exposeFloat('total'),
    band: t.field({ type: BandEnum, nullable: true, resolve: (m) => m.band }),
    bandChanged: t.exposeBoolean('bandChanged'),
  }),
})

const DriverSensitivityRef = builder.objectRef<DriverSensitivity>('DriverSensitivity').implement({
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    number: t.exposeInt('number'),
    status: t.field({ type: DriverStatusEnum, resolve: (d) => d.status }),
    answer: t.field({ type: AnswerEnum, nullable: true, resolve: (d) => d.answer }),
    up: t.field({ type: SensitivityMoveRef, nullable: true, resolve: (d) => d.up }),
    down: t.field({ type: SensitivityMoveRef, nullable: true, resolve: (d) => d.down }),
  }),
})

const PathMoveRef = builder.objectRef<PathMove>('PathMove').implement({
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    from: t.field({ type: AnswerEnum, resolve: (m) => m.from }),
    to: t.field({ type: AnswerEnum, resolve: (m) => m.to }),
    gain: t.exposeFloat('gain'),
  }),
})

const PathToThresholdRef = builder.objectRef<PathToThreshold>('PathToThreshold').implement({
  description: 'The fewest one-step answer upgrades that reach the success threshold.',
  fields: (t) => ({
    reachable: t.exposeBoolean('reachable'),
    threshold: t.field({ type: BandEnum, resolve: (p) => p.threshold }),
    moves: t.field({ type: [PathMoveRef], resolve: (p) => p.moves }),
    total: t.float({ nullable: true, resolve: (p) => (p.reachable ? p.total : p.bestTotal) }),
    band: t.field({
      type: BandEnum,
      nullable: true,
      resolve: (p) => (p.reachable ? p.band : p.bestBand),
    }),
    reason: t.string({
      nullable: true,
      description: '`no-answers` or `out-of-reach` when unreachable.',
      resolve: (p) => (p.reachable ? null : p.reason),
    }),
  }),
})

/** The sensitivity analysis of a result. */
export const SensitivityRef = builder.objectRef<SensitivityAnalysis>('Sensitivity').implement({
  fields: (t) => ({
    candidates: t.field({
      type: [NextStepCandidateRef],
      description: 'Next-step candidates for A6, unanswered and weakest drivers first.',
      resolve: (s) => s.candidates,
    }),
    drivers: t.field({ type: [DriverSensitivityRef], resolve: (s) => s.drivers }),
    pathToThreshold: t.field({
      type: PathToThresholdRef,
      nullable: true,
      resolve: (s) => s.pathToThreshold,
    }),
  }),
})
