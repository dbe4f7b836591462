/**
 * `Method.scoringRules`: the platform's scoring settings of a method version (coverage minimum,
 * confidence thresholds, rule-based caps), each with its provenance. Methods stored before the
 * settings existed show the IMMD 1.0 defaults, which is what scoring applies to them.
 *
 * @packageDocumentation
 */
import type {
  BandCapRule,
  ConfidenceRules,
  CoverageRules,
  RuleBasedRules,
} from '@immd/core/method-types'
import { resolveScoringPolicy, type ScoringPolicy } from '@immd/core/scoring/scoring-policy'
import { builder } from '../builder.js'
import { AnswerEnum, BandEnum, ProvenanceEnum, ScoringAlgorithmEnum } from './enums.js'
import { MethodRef } from './method.js'

const CoverageRulesRef = builder.objectRef<CoverageRules>('CoverageRules').implement({
  description:
    'Below this share of the method drivers left in the scored set, the band is withheld.',
  fields: (t) => ({
    minimumScoredShare: t.exposeFloat('minimumScoredShare'),
    provenance: t.field({ type: ProvenanceEnum, resolve: (r) => r.provenance }),
    source: t.exposeString('source'),
  }),
})

const ConfidenceRulesRef = builder.objectRef<ConfidenceRules>('ConfidenceRules').implement({
  description: 'Evidence thresholds of the per-driver confidence.',
  fields: (t) => ({
    minItems: t.exposeInt('minItems', { description: 'Fewer items coded + - 0: thin evidence.' }),
    thinSpreadSteps: t.exposeInt('thinSpreadSteps', {
      description: 'Interviewee ratings spread over this many steps or more: thin evidence.',
    }),
    highItems: t.exposeInt('highItems'),
    highRaters: t.exposeInt('highRaters'),
    highSpreadSteps: t.exposeInt('highSpreadSteps'),
    highDocuments: t.exposeInt('highDocuments'),
    provenance: t.field({ type: ProvenanceEnum, resolve: (r) => r.provenance }),
    source: t.exposeString('source'),
  }),
})

const BandCapRuleRef = builder.objectRef<BandCapRule>('BandCapRule').implement({
  fields: (t) => ({
    answer: t.field({ type: AnswerEnum, resolve: (r) => r.answer }),
    maxBand: t.field({ type: BandEnum, resolve: (r) => r.maxBand }),
  }),
})

const RuleBasedRulesRef = builder.objectRef<RuleBasedRules>('RuleBasedRules').implement({
  description: 'Settings of the rule-based algorithm: critical drivers answered low cap the band.',
  fields: (t) => ({
    base: t.field({ type: ScoringAlgorithmEnum, resolve: (r) => r.base }),
    criticalDrivers: t.exposeStringList('criticalDrivers'),
    caps: t.field({ type: [BandCapRuleRef], resolve: (r) => r.caps }),
    provenance: t.field({ type: ProvenanceEnum, resolve: (r) => r.provenance }),
    source: t.exposeString('source'),
  }),
})

const ScoringRulesRef = builder.objectRef<ScoringPolicy>('ScoringRules').implement({
  description:
    'Platform scoring settings of a method version (all platform design, editable data).',
  fields: (t) => ({
    coverage: t.field({ type: CoverageRulesRef, resolve: (p) => p.coverage }),
    confidence: t.field({ type: ConfidenceRulesRef, resolve: (p) => p.confidence }),
    ruleBased: t.field({ type: RuleBasedRulesRef, resolve: (p) => p.ruleBased }),
  }),
})

builder.objectFields(MethodRef, (t) => ({
  scoringRules: t.field({
    type: ScoringRulesRef,
    resolve: (method) => resolveScoringPolicy(method),
  }),
}))
