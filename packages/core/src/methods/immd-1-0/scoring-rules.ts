/**
 * The IMMD 1.0 scoring rules: the standard algorithm plus the platform's coverage, confidence and
 * rule-based settings. Everything here except the choice of `mean` is `[DESIGN]`: product choices
 * kept as method-version data so tailoring can change them.
 *
 * @packageDocumentation
 */
import type {
  ConfidenceRules,
  CoverageRules,
  RuleBasedRules,
  ScoringRules,
} from '../../method-types.js'

const PLATFORM_DESIGN = 'DESIGN (platform rule, not IMMD method text)'

/**
 * Rule-based option (`[DESIGN]`, after the domain reference's "floor rule" proposal): any of the ten
 * drivers answered No caps the band at Borderline, Likely No at High.
 */
export const IMMD_1_0_RULE_BASED: RuleBasedRules = {
  base: 'mean',
  criticalDrivers: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'],
  caps: [
    { answer: 'no', maxBand: 'borderline' },
    { answer: 'likely-no', maxBand: 'high' },
  ],
  provenance: 'design',
  source: PLATFORM_DESIGN,
}

/** At least 8 of the 10 drivers stay in the scored set (`[DESIGN]`). */
export const IMMD_1_0_COVERAGE: CoverageRules = {
  minimumScoredShare: 0.8,
  provenance: 'design',
  source: PLATFORM_DESIGN,
}

/** Evidence thresholds of the per-driver confidence (`[DESIGN]`). */
export const IMMD_1_0_CONFIDENCE: ConfidenceRules = {
  minItems: 2,
  thinSpreadSteps: 3,
  highItems: 3,
  highRaters: 2,
  highSpreadSteps: 1,
  highDocuments: 1,
  provenance: 'design',
  source: PLATFORM_DESIGN,
}

/** Unweighted mean (`[INF]`), half-up rounding before band lookup and the settings above. */
export const IMMD_1_0_SCORING: ScoringRules = {
  algorithm: 'mean',
  bandRounding: 'half-up-integer',
  ruleBased: IMMD_1_0_RULE_BASED,
  coverage: IMMD_1_0_COVERAGE,
  confidence: IMMD_1_0_CONFIDENCE,
}
