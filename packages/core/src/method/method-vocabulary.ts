/**
 * The vocabulary of a method definition: provenance and locales, the answer, effect, band, phase,
 * activity and worksheet identifiers, and the sourced text every method text is. Re-exported by
 * `method-types.ts`, which builds the definitions from them.
 *
 * @packageDocumentation
 */

/**
 * Where a piece of method content comes from. The domain reference tags every fact:
 * - `read`: read in an SEI/CERT source (e.g. the IMMD slide deck);
 * - `inferred`: reconstructed by our research (`[INF]`), e.g. driver questions D2-D10;
 * - `design`: a product choice (`[DESIGN]`), e.g. placeholder handout prompts.
 * Anything not `read` is editable data and is labelled as such in the UI and docs.
 */
export type Provenance = 'read' | 'inferred' | 'design'

/** A language the method texts, the API and the CLI are available in; `en` is the source language. */
export type Locale = 'en' | 'fr' | 'de'

/**
 * Marks a text as our translation of the English method text. A translation keeps the provenance of
 * the text it translates (a translated `[INF]` question stays `inferred`) and is in addition a
 * product choice, `[DESIGN]`: our wording, not SEI's. Entities whose plain-string texts (names,
 * labels, meanings) were translated carry the mark themselves; a {@link SourcedText} carries its own.
 */
export interface TranslationMark {
  /** The language of the translated text. */
  locale: Exclude<Locale, 'en'>
  /** Always `design`: the translation is ours. */
  provenance: 'design'
  /** Source tag of the translation, e.g. `IMMD-1.0-FR (our translation, not SEI's)`. */
  source: string
}

/** The five answers of the IMMD worksheet, in worksheet column order (No ... Yes). */
export type AnswerId = 'no' | 'likely-no' | 'equally-likely' | 'likely-yes' | 'yes'

/** Effect code of a rationale data item: success (+), failure (-), neutral (0), unknown (?) driver. */
export type EffectCode = '+' | '-' | '0' | '?'

/** The five bands of the potential for success, lowest first. */
export type BandId = 'minimal' | 'low' | 'borderline' | 'high' | 'excellent'

/** The three phases of an IMMD engagement. */
export type PhaseId = 'prepare' | 'conduct' | 'post'

/**
 * The fifteen activity identifiers, in method order: the one list the method validator, the
 * GraphQL `ActivityId` enum and every other surface read.
 */
export const ACTIVITY_IDS = [
  'PRA1',
  'PRA2',
  'PRA3',
  'PRA4',
  'PRA5',
  'PRA6',
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'A6',
  'PAA1',
  'PAA2',
  'PAA3',
] as const

/** One of {@link ACTIVITY_IDS}. */
export type ActivityId = (typeof ACTIVITY_IDS)[number]

/** The seven worksheets of the method. */
export type WorksheetId =
  | 'preparation-checklist'
  | 'scope-list'
  | 'questionnaire'
  | 'handout'
  | 'document-checklist'
  | 'immd-worksheet'
  | 'improvement-worksheet'

/** A text together with where it came from. */
export interface SourcedText {
  text: string
  provenance: Provenance
  /** Source tag(s) from the domain reference, e.g. `SEED-IMMD`, `SEED-OM5`, `FIRST-COURSE`. */
  source: string
  /** Set when `text` is our translation; `provenance` and `source` still describe the original. */
  translation?: TranslationMark
}
