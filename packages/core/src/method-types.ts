/**
 * Types that describe an IMMD method definition: the drivers, the answer scale, the data-item effect
 * codes, the bands, the phases/activities/artefacts and the worksheets.
 *
 * A method definition is plain data (JSON-serialisable) so that it can be stored in the database,
 * tailored (activity PRA6) into a new version, and shipped to the console unchanged.
 *
 * @packageDocumentation
 */

export {
  ACTIVITY_IDS,
  type ActivityId,
  type AnswerId,
  type BandId,
  type EffectCode,
  type Locale,
  type PhaseId,
  type Provenance,
  type SourcedText,
  type TranslationMark,
  type WorksheetId,
} from './method/method-vocabulary.js'

import type {
  ActivityId,
  AnswerId,
  BandId,
  EffectCode,
  Locale,
  PhaseId,
  Provenance,
  SourcedText,
  TranslationMark,
  WorksheetId,
} from './method/method-vocabulary.js'

/** One driver: a yes/no question whose favourable answer is always "Yes". */
export interface DriverDefinition {
  /** Stable id, `D1`..`D10` for the standard drivers; tailored drivers use their own ids. */
  id: string
  /** 1-based position on the worksheet. */
  number: number
  shortName: string
  question: SourcedText
  /** "Things to consider" shown in the handout and questionnaire. */
  prompts: SourcedText[]
  /** Relative weight (> 0); scoring normalises weights over the answered drivers. */
  weight: number
  /** Set when this entity's plain texts (`shortName`) are our translation. */
  translation?: TranslationMark
}

/** One column of the answer scale. */
export interface AnswerOption {
  id: AnswerId
  label: string
  /** 0-based step on the scale (No = 0 ... Yes = 4); sensitivity moves answers by one step. */
  step: number
  /** Value on 0-100 (the mapping is `[INF]`: No 0, Likely No 25, ... Yes 100). */
  value: number
  provenance: Provenance
  /**
   * What must be true for a team to give this answer, so that two teams answer alike. No source read
   * states criteria, so the built-in ones are `inferred` (reconstructed) and editable in tailoring.
   * Optional because methods stored before criteria existed lack it: read it through
   * `getAnswerCriteria`, which falls back to the built-in text.
   */
  criteria?: SourcedText
  /** Set when this entity's plain texts (`label`) are our translation. */
  translation?: TranslationMark
}

export interface EffectCodeDefinition {
  code: EffectCode
  name: string
  meaning: string
  /** Set when this entity's plain texts (`name`, `meaning`) are our translation. */
  translation?: TranslationMark
}

export interface BandDefinition {
  id: BandId
  label: string
  /** 0-based index, Minimal = 0 ... Excellent = 4; the success differential counts in these. */
  index: number
  /** Inclusive integer bounds on the 0-100 total. */
  min: number
  max: number
  /** The band's meaning in our own words. */
  meaning: string
  /**
   * The source whose meaning `meaning` carries (e.g. `SEED-IMMD results table, paraphrased`).
   * Optional for methods stored before it existed; `describeBandSource` falls back to the built-in.
   */
  meaningSource?: string
  /** Set when this entity's plain texts (`label`, `meaning`) are our translation. */
  translation?: TranslationMark
}

export type ArtifactKind = 'input' | 'output' | 'intermediate' | 'constraint' | 'resource'

/** An input, output, constraint, resource or intermediate product of the method (PRI1, PRO3, O2 ...). */
export interface ArtifactDefinition {
  id: string
  kind: ArtifactKind
  name: string
  /** Phases in which the artefact is used or produced. */
  phases: PhaseId[]
  provenance: Provenance
  /**
   * The role a Phase 1 output takes on in Phase 2 (PRO1-PRO4 become constraints, PRO5-PRO7 become
   * resources), as drawn on the method's data-flow slides.
   */
  laterKind?: ArtifactKind
  /** A clarification of the name, with its own provenance tag in the text, e.g. R1 "IMMD". */
  note?: string
  /** Set when this entity's plain texts (`name`, `note`) are our translation. */
  translation?: TranslationMark
}

export interface PhaseDefinition {
  id: PhaseId
  number: 1 | 2 | 3
  name: string
  /** Artefact ids by role at phase level, as drawn on the method's data-flow slides. */
  inputs: string[]
  outputs: string[]
  constraints: string[]
  resources: string[]
  /** Set when this entity's plain texts (`name`) are our translation. */
  translation?: TranslationMark
}

export interface ActivityDefinition {
  id: ActivityId
  phase: PhaseId
  name: string
  /** Artefact ids this activity consumes / produces / is constrained by / draws on. */
  consumes: string[]
  produces: string[]
  constraints: string[]
  resources: string[]
  /** Worksheets used while doing this activity. */
  worksheets: WorksheetId[]
  /**
   * `inferred` when at least one link (artefact or worksheet) of this activity is `[INF]`; the ids of
   * those links are listed in `inferredLinks` so the UI can flag exactly what was reconstructed.
   */
  provenance: Provenance
  /** Artefact or worksheet ids whose link to this activity is `[INF]` (not read in a source). */
  inferredLinks?: string[]
  /** Set when this entity's plain texts (`name`) are our translation. */
  translation?: TranslationMark
}

export type WorksheetFieldType =
  | 'text'
  | 'longtext'
  | 'enum'
  | 'date'
  | 'boolean'
  | 'number'
  | 'list'

export interface WorksheetField {
  id: string
  label: string
  type: WorksheetFieldType
  /** Allowed values for `enum` fields. */
  options?: string[]
  provenance: Provenance
  /** Set when this entity's plain texts (`label`) are our translation. */
  translation?: TranslationMark
}

export interface WorksheetDefinition {
  id: WorksheetId
  name: string
  purpose: string
  activities: ActivityId[]
  fields: WorksheetField[]
  /** Set when this entity's plain texts (`name`, `purpose`) are our translation. */
  translation?: TranslationMark
}

/**
 * How totals are computed. `mean` is the standard algorithm (`[INF]`: the unweighted mean of the
 * answered drivers' values); `weighted-mean` uses the drivers' normalised weights; `rule-based`
 * (`[DESIGN]`, see {@link RuleBasedRules}) computes the total with its base algorithm, then lets a
 * critical driver answered low cap the band.
 */
export type ScoringAlgorithm = 'mean' | 'weighted-mean' | 'rule-based'

/** The band cap that one answer on a critical driver imposes (rule-based algorithm). */
export interface BandCapRule {
  answer: AnswerId
  /** The highest band the result may have when a critical driver has this answer. */
  maxBand: BandId
}

/**
 * The rule-based algorithm (`[DESIGN]`; no source read describes one, the MDP family only allows
 * "a simple algorithm"): the total is the `base` mean, and a critical driver answered with a capped
 * answer caps the band. Several caps: the lowest applies.
 */
export interface RuleBasedRules {
  base: 'mean' | 'weighted-mean'
  /** Driver ids whose low answers cap the band. */
  criticalDrivers: string[]
  caps: BandCapRule[]
  provenance: Provenance
  source: string
}

/**
 * Coverage rule (`[DESIGN]`): the share of the method's drivers that must stay in the scored set
 * after tailoring exclusions; below it the band is withheld.
 */
export interface CoverageRules {
  /** 0-1; `0.8` keeps at least 8 of 10 drivers. */
  minimumScoredShare: number
  provenance: Provenance
  source: string
}

/**
 * Evidence thresholds of the per-driver confidence (`[DESIGN]`). A driver is on thin evidence
 * (`low`) with fewer than `minItems` data items coded + / - / 0, with neither an interviewee rating
 * nor a reviewed document, or when its interviewees' ratings spread over `thinSpreadSteps` steps or
 * more; `high` needs `highItems` items, `highRaters` interviewees agreeing within `highSpreadSteps`
 * steps and `highDocuments` reviewed documents; anything between is `medium`.
 */
export interface ConfidenceRules {
  minItems: number
  thinSpreadSteps: number
  highItems: number
  highRaters: number
  highSpreadSteps: number
  highDocuments: number
  provenance: Provenance
  source: string
}

export interface ScoringRules {
  algorithm: ScoringAlgorithm
  /**
   * Rounding applied to the total before the band lookup. `half-up-integer` rounds to the nearest
   * integer, halves up (64.5 -> 65 -> High). Ten answered unweighted drivers give multiples of 2.5,
   * which never fall between band edges; any other set can: different weights, and also drivers left
   * out of the mean (excluded by tailoring, or not answered yet): (100×3 + 75×5) / 8 = 84.375 -> 84.
   */
  bandRounding: 'half-up-integer'
  /** Settings of the `rule-based` algorithm; missing in older stored methods (defaults apply). */
  ruleBased?: RuleBasedRules
  /** Minimum coverage of the scored set; missing in older stored methods (defaults apply). */
  coverage?: CoverageRules
  /** Confidence thresholds; missing in older stored methods (defaults apply). */
  confidence?: ConfidenceRules
}

/** A complete, versioned method definition (e.g. `immd-1.0` or a tailored copy of it). */
export interface MethodDefinition {
  /** Unique version id, e.g. `immd-1.0`, or `immd-1.0+acme-2026` for a tailored copy. */
  version: string
  /** The version this one was tailored from, if any. */
  basedOn: string | null
  name: string
  description: string
  drivers: DriverDefinition[]
  answers: AnswerOption[]
  effectCodes: EffectCodeDefinition[]
  bands: BandDefinition[]
  phases: PhaseDefinition[]
  activities: ActivityDefinition[]
  artifacts: ArtifactDefinition[]
  worksheets: WorksheetDefinition[]
  scoring: ScoringRules
  /**
   * The language of the texts; absent means English, the language every stored method is kept in.
   * Set by `localizeMethod`, which returns a display copy: store and tailor the English method only.
   */
  locale?: Locale
  /** Set when this entity's plain texts (`name`, `description`) are our translation. */
  translation?: TranslationMark
}
