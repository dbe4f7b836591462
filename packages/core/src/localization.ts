/**
 * Method texts in the supported languages. The method is stored and tailored in English; a caller
 * asks for a display copy in a locale with {@link localizeMethod}. Translations are method-version
 * data (`methods/immd-1-0/locales/<locale>.ts`): each text keeps its provenance (a translated `[INF]`
 * question is still `inferred`) and is also marked as our translation (`[DESIGN]`, not SEI's).
 *
 * @packageDocumentation
 */

import { applyMethodTranslation } from './localization/apply-translation.js'
import { listMethodTexts, listTranslationTexts } from './localization/list-texts.js'
import type { MethodTranslation } from './localization/translation-types.js'
import type { Locale, MethodDefinition } from './method-types.js'
import { IMMD_1_0_DE } from './methods/immd-1-0/locales/de.js'
import { IMMD_1_0_FR } from './methods/immd-1-0/locales/fr.js'

export type {
  DriverTranslation,
  MethodTranslation,
  TranslatedText,
  WorksheetTranslation,
} from './localization/translation-types.js'

/** The built-in translations. Frozen so callers cannot add to the shared list. */
const BUILT_IN_TRANSLATIONS: readonly MethodTranslation[] = Object.freeze([
  IMMD_1_0_FR,
  IMMD_1_0_DE,
])

/**
 * The built-in method version a method's texts come from: its own version for a built-in one, the
 * part before `+` for a tailored copy (`immd-1.0+acme-2026` -> `immd-1.0`), else its `basedOn`.
 */
function rootVersion(method: MethodDefinition): string[] {
  return [method.version, method.basedOn]
    .filter((version): version is string => version !== null)
    .map((version) => version.split('+')[0] ?? version)
}

/** The built-in translation of a method version (or of its built-in root) into a locale, if any. */
export function findMethodTranslation(
  method: MethodDefinition,
  locale: Locale,
): MethodTranslation | undefined {
  const roots = rootVersion(method)
  return BUILT_IN_TRANSLATIONS.find((t) => t.locale === locale && roots.includes(t.method))
}

/** Lists the built-in translations (a new array each call). */
export function listMethodTranslations(): MethodTranslation[] {
  return [...BUILT_IN_TRANSLATIONS]
}

/**
 * Returns `method` with every human text translated into `locale`: driver short names, questions
 * and handout prompts, answer labels and criteria, effect codes, band names and meanings, phase,
 * activity, artefact and worksheet names, purposes and field labels. Every translated text keeps its
 * provenance and carries a `translation` mark; a text the translation does not know exactly (a
 * tailored rewording, a driver added in tailoring) stays English without a mark. Weights,
 * exclusions, values and ids are untouched, so scoring a localized method gives the same result.
 * `en`, or a locale without a translation for the method, returns the method itself.
 */
export function localizeMethod(method: MethodDefinition, locale: Locale): MethodDefinition {
  if (locale === 'en' || method.locale === locale) return method
  const translation = findMethodTranslation(method, locale)
  return translation === undefined ? method : applyMethodTranslation(method, translation)
}

/** One problem of a translation against its method, at a path such as `drivers.D3.prompts.1`. */
export interface TranslationProblem {
  path: string
  /** `missing`: no translation; `stale`: made from another English text; `orphan`: no such text. */
  code: 'missing' | 'stale' | 'orphan' | 'empty'
  message: string
}

/**
 * Checks a translation against the English method it translates: every text translated, every
 * pair made from the method's current English text, no pair for a text the method lacks, no empty
 * translation. An empty list means the translation is complete.
 */
export function checkMethodTranslation(
  method: MethodDefinition,
  translation: MethodTranslation,
): TranslationProblem[] {
  const pairs = new Map(listTranslationTexts(translation).map((pair) => [pair.path, pair]))
  const problems: TranslationProblem[] = []
  const seen = new Set<string>()
  for (const { path, en } of listMethodTexts(method)) {
    seen.add(path)
    const pair = pairs.get(path)
    if (pair === undefined) {
      problems.push({
        path,
        code: 'missing',
        message: `No ${translation.locale} text for "${en}".`,
      })
    } else if (pair.en !== en) {
      problems.push({
        path,
        code: 'stale',
        message: `Translated from "${pair.en}", but the English text is "${en}".`,
      })
    } else if (pair.text.trim() === '') {
      problems.push({ path, code: 'empty', message: `The ${translation.locale} text is empty.` })
    }
  }
  for (const pair of pairs.values()) {
    if (!seen.has(pair.path)) {
      problems.push({
        path: pair.path,
        code: 'orphan',
        message: `Translates "${pair.en}", which the method does not contain.`,
      })
    }
  }
  return problems
}
