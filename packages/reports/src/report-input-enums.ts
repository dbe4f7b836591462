/**
 * The enumerations of the API's schema that a report prints, as `@immd/reports` reads them (string
 * unions, as the SDK's generated types spell them). Part of the report's declared input
 * (`report-input.ts`).
 *
 * @packageDocumentation
 */

/** The schema's `ActivityId`. */
export type ActivityId =
  | 'A1'
  | 'A2'
  | 'A3'
  | 'A4'
  | 'A5'
  | 'A6'
  | 'PAA1'
  | 'PAA2'
  | 'PAA3'
  | 'PRA1'
  | 'PRA2'
  | 'PRA3'
  | 'PRA4'
  | 'PRA5'
  | 'PRA6'

/** The schema's `ActivityStatus`. */
export type ActivityStatus = 'COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED' | 'SKIPPED'

/** The schema's `Answer`. */
export type Answer = 'EQUALLY_LIKELY' | 'LIKELY_NO' | 'LIKELY_YES' | 'NO' | 'YES'

/** The schema's `Band`. */
export type Band = 'BORDERLINE' | 'EXCELLENT' | 'HIGH' | 'LOW' | 'MINIMAL'

/** The schema's `BenchmarkScope`. */
export type BenchmarkScope =
  /** Every organization that opted in (yours must have), as k-anonymous aggregates only. */
  | 'CROSS_ORGANIZATION'
  /** Your organization's engagements only. */
  | 'ORGANIZATION'

/** The schema's `BenchmarkSuppressionCode`. */
export type BenchmarkSuppressionCode =
  /** A cross-organization cohort asked for by an organization that did not opt in. */
  | 'NOT_OPTED_IN'
  /** Fewer than k engagements (default 5) have a value for this statistic. */
  | 'TOO_FEW_ENGAGEMENTS'
  /** Fewer than k' distinct organizations (default 3) among them (cross-organization cohorts only). */
  | 'TOO_FEW_ORGANIZATIONS'

/** The schema's `CohortDimension`. */
export type CohortDimension =
  /** The constituency served, as in the inventory records (case-insensitive). */
  | 'CONSTITUENCY'
  /** The ISO 3166-1 alpha-2 country of the IMC. */
  | 'COUNTRY'
  /** The CSIRT organizational model (SEI handbook) recorded for the IMC. */
  | 'ORGANIZATIONAL_MODEL'
  /** The size band by staff (SMALL below 5, MEDIUM 5-19, LARGE 20 and more). */
  | 'SIZE_BAND'

/** The schema's `CohortPosition`. */
export type CohortPosition =
  /** Strictly above the third quartile (q3): in the strongest quarter. */
  | 'ABOVE_THIRD_QUARTILE'
  /** Strictly below the first quartile (q1): in the weakest quarter. */
  | 'BELOW_FIRST_QUARTILE'
  /** Between the first and third quartiles, both included: the middle half. */
  | 'INTERQUARTILE'

/** The schema's `ConfidenceLevel`. */
export type ConfidenceLevel = 'HIGH' | 'LOW' | 'MEDIUM'

/** The schema's `DriverChange`. */
export type DriverChange =
  /** The later answer value is lower. */
  | 'DECLINED'
  /** The later answer value is higher. */
  | 'IMPROVED'
  /** Unanswered or excluded in one of the two assessments. */
  | 'NOT_COMPARABLE'
  /** Both answers have the same value. */
  | 'UNCHANGED'

/** The schema's `DriverStatus`. */
export type DriverStatus =
  | 'ANSWERED'
  /** Taken out of the scored set by tailoring. */
  | 'EXCLUDED'
  /** The stored answer is not on the scale. */
  | 'INVALID'
  | 'MISSING'

/** The schema's `Effect`. */
export type Effect =
  /** `-` pushes the IMC toward failure. */
  | 'FAILURE'
  /** `0` no perceived influence. */
  | 'NEUTRAL'
  /** `+` pushes the IMC toward success. */
  | 'SUCCESS'
  /** `?` effect cannot be judged yet. */
  | 'UNKNOWN'

/** The schema's `EngagementState`. */
export type EngagementState =
  | 'CLOSED'
  | 'COLLECTING'
  | 'COMMUNICATED'
  | 'DRAFT'
  | 'EVALUATING'
  | 'NEXT_STEPS'
  | 'PREPARING'
  | 'SCORED'

/** The schema's `ExclusionOrigin`. */
export type ExclusionOrigin =
  /** A stored evaluation-time "not applicable", carried over as a decision. */
  | 'MIGRATED'
  /** A recorded tailoring decision (PRA6 or later). */
  | 'TAILORING'

/** The schema's `ImcFunction`. */
export type ImcFunction = 'DETECT' | 'PROTECT' | 'RESPOND' | 'SUSTAIN'

/** The schema's `ImprovementOutcome`. */
export type ImprovementOutcome =
  /** The re-assessment excluded the driver (tailoring). */
  | 'DRIVER_EXCLUDED'
  /** The later answer is the expected one or better. */
  | 'MET'
  /** No better than before. */
  | 'NOT_MET'
  /** The driver has no answer yet. */
  | 'NOT_YET_ANSWERED'
  /** Better than before, below the expected answer. */
  | 'PARTLY'

/** The schema's `ImprovementPriority`. */
export type ImprovementPriority = 'HIGH' | 'LOW' | 'MEDIUM'

/** The schema's `ImprovementStatus`. */
export type ImprovementStatus = 'ACCEPTED' | 'DONE' | 'IN_PROGRESS' | 'PROPOSED' | 'REJECTED'

/** The schema's `PhaseId`. */
export type PhaseId = 'CONDUCT' | 'POST' | 'PREPARE'

/** The schema's `Provenance`. */
export type Provenance = 'DESIGN' | 'INFERRED' | 'READ'

/** The schema's `ResultStatus`. */
export type ResultStatus =
  /** Every driver of a large enough scored set is evaluated. */
  | 'FINAL'
  /** Stored data could not be read: see errors. */
  | 'INVALID'
  /** Drivers of the scored set are not evaluated yet: the band is indicative only. */
  | 'PROVISIONAL'
  /** Too few drivers remain after exclusions: no total and no band. */
  | 'WITHHELD'

/** The schema's `ScopeEntryKind`. */
export type ScopeEntryKind = 'GROUP' | 'PERSON'

/** The schema's `ScoringAlgorithm`. */
export type ScoringAlgorithm = 'MEAN' | 'RULE_BASED' | 'WEIGHTED_MEAN'

/** The schema's `WorksheetId` (`WorksheetCode` here: `WorksheetId` names the export's tables). */
export type WorksheetCode =
  | 'DOCUMENT_CHECKLIST'
  | 'HANDOUT'
  | 'IMMD_WORKSHEET'
  | 'IMPROVEMENT_WORKSHEET'
  | 'PREPARATION_CHECKLIST'
  | 'QUESTIONNAIRE'
  | 'SCOPE_LIST'

/**
 * `IN_PROGRESS` → `in-progress`: a GraphQL enum value written as the method's vocabulary id, the
 * way reports have always printed priorities, statuses, scope kinds, IMC functions, algorithms
 * and worksheet codes. Beside the enums, so the view and the provenance lines share it without
 * importing each other.
 */
export function toVocabularyId(value: string): string {
  return value.toLowerCase().replaceAll('_', '-')
}
