/**
 * The platform's scoring settings of a method version (coverage, confidence, rule-based caps), with
 * the built-in defaults filled in for methods stored before the settings existed.
 *
 * @packageDocumentation
 */
import type {
  ConfidenceRules,
  CoverageRules,
  MethodDefinition,
  RuleBasedRules,
} from '../method-types.js'
import {
  IMMD_1_0_CONFIDENCE,
  IMMD_1_0_COVERAGE,
  IMMD_1_0_RULE_BASED,
} from '../methods/immd-1-0/scoring-rules.js'

/** Every platform scoring setting of a method version, none missing. */
export interface ScoringPolicy {
  ruleBased: RuleBasedRules
  coverage: CoverageRules
  confidence: ConfidenceRules
}

/**
 * Returns the method's coverage, confidence and rule-based settings; each one a stored method lacks
 * is the IMMD 1.0 default (all `[DESIGN]`).
 */
export function resolveScoringPolicy(method: MethodDefinition): ScoringPolicy {
  return {
    ruleBased: method.scoring.ruleBased ?? IMMD_1_0_RULE_BASED,
    coverage: method.scoring.coverage ?? IMMD_1_0_COVERAGE,
    confidence: method.scoring.confidence ?? IMMD_1_0_CONFIDENCE,
  }
}

/** The least number of drivers that must stay in the scored set (8 of 10 by default). */
export function minimumScoredDrivers(method: MethodDefinition, coverage: CoverageRules): number {
  // The tolerance keeps 0.8 × 10 = 8 (not 8.000000000000002 → 9) under binary floating point.
  return Math.ceil(coverage.minimumScoredShare * method.drivers.length - 1e-9)
}
