/**
 * The shape of a method translation: for one method version and one language, every human text of
 * the method paired with the English text it translates. Keeping the English source beside each
 * translation is what lets a check find stale translations (the English changed) and lets tailored
 * methods keep English where their text differs from the built-in one.
 *
 * @packageDocumentation
 */
import type { Locale } from '../method-types.js'

/** One translated text: the English source it was made from and the translation. */
export interface TranslatedText {
  readonly en: string
  readonly text: string
}

/** The texts of one driver: short name, question and the handout's "things to consider". */
export interface DriverTranslation {
  readonly shortName: TranslatedText
  readonly question: TranslatedText
  readonly prompts: readonly TranslatedText[]
}

/** The texts of one worksheet; `fields` is keyed by field id. */
export interface WorksheetTranslation {
  readonly name: TranslatedText
  readonly purpose: TranslatedText
  readonly fields: Readonly<Record<string, TranslatedText>>
}

/**
 * Every human text of one method version in one language, keyed by the ids of the method's parts.
 * Option values of worksheet fields (`PRA1`, `Protect`, `high`) are stored data, not texts, and stay.
 */
export interface MethodTranslation {
  /** The method version whose English texts this translates, e.g. `immd-1.0`. */
  readonly method: string
  readonly locale: Exclude<Locale, 'en'>
  /** Source tag written into every translation mark. */
  readonly source: string
  readonly name: TranslatedText
  readonly description: TranslatedText
  readonly drivers: Readonly<Record<string, DriverTranslation>>
  readonly answers: Readonly<Record<string, { label: TranslatedText; criteria: TranslatedText }>>
  readonly effectCodes: Readonly<Record<string, { name: TranslatedText; meaning: TranslatedText }>>
  readonly bands: Readonly<Record<string, { label: TranslatedText; meaning: TranslatedText }>>
  readonly phases: Readonly<Record<string, { name: TranslatedText }>>
  readonly activities: Readonly<Record<string, { name: TranslatedText }>>
  readonly artifacts: Readonly<Record<string, { name: TranslatedText; note?: TranslatedText }>>
  readonly worksheets: Readonly<Record<string, WorksheetTranslation>>
}

/** Builds one {@link TranslatedText}; the locale files use it to keep each pair on one line. */
export function pairText(en: string, text: string): TranslatedText {
  return { en, text }
}
