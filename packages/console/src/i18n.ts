/**
 * vue-i18n in Composition API mode: English (the reference), French and German. Every catalogue
 * is typed against {@link MessageSchema}, so a key missing from one fails type-checking, and
 * `tests/unit/locale-catalogues.test.ts` also checks extra keys and placeholders.
 */
import { createI18n, type IntlDateTimeFormat, type IntlNumberFormat } from 'vue-i18n'
import type { AppLocale } from './composables/use-locale'
import de from './locales/de'
import en from './locales/en'
import fr from './locales/fr'

/** The message schema every locale follows (English is the reference). */
export type MessageSchema = typeof en

/** Date formats, the same names in every language; each language orders and spells its own. */
const DATE_FORMATS: IntlDateTimeFormat = {
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
}

/**
 * Number formats. Scores are not formatted here: they keep the method's rounding (half up to an
 * integer, `formatScore` of `@immd/core`); these are for counts, sizes and percentages.
 */
const NUMBER_FORMATS: IntlNumberFormat = {
  integer: { maximumFractionDigits: 0 },
  decimal: { minimumFractionDigits: 0, maximumFractionDigits: 2 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
}

/** The catalogues by language code. */
export const MESSAGES: Record<AppLocale, MessageSchema> = { en, fr, de }

/** Creates the app's i18n instance (one per app: no shared module state). */
export function createAppI18n(locale: AppLocale = 'en') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: MESSAGES,
    datetimeFormats: { en: DATE_FORMATS, fr: DATE_FORMATS, de: DATE_FORMATS },
    numberFormats: { en: NUMBER_FORMATS, fr: NUMBER_FORMATS, de: NUMBER_FORMATS },
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
