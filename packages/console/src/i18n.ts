/**
 * vue-i18n in Composition API mode: English (the reference), French and German. Every catalogue
 * is typed against {@link MessageSchema}, so a key missing from one fails type-checking, and
 * `tests/unit/locale-catalogues.test.ts` also checks extra keys and placeholders.
 *
 * English ships with every page (it is also the fallback); French and German are chunks of their
 * own, loaded when chosen ({@link loadCatalogue}), so a page carries one language, not three
 * (issue #18). `src/locales/all-catalogues.ts` has all three at once, for tests.
 */
import { createI18n, type IntlDateTimeFormat, type IntlNumberFormat } from 'vue-i18n'
import type { AppLocale } from './composables/use-locale'
import en from './locales/en'
import type { MessageSchema } from './locales/message-schema'

/** The message schema every locale follows (English is the reference). */
export type { MessageSchema } from './locales/message-schema'

/** Catalogues by language code; English is always there. */
export type Catalogues = Partial<Record<AppLocale, MessageSchema>>

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

/** Loads the catalogue of one language (English is at hand; the others are chunks). */
export async function loadCatalogue(locale: AppLocale): Promise<MessageSchema> {
  switch (locale) {
    case 'fr':
      return (await import('./locales/fr')).default
    case 'de':
      return (await import('./locales/de')).default
    default:
      return en
  }
}

/**
 * Creates the app's i18n instance (one per app: no shared module state) with English and the
 * given catalogues; `locale` should be one of them (else English shows until it is loaded).
 */
export function createAppI18n(locale: AppLocale = 'en', catalogues: Catalogues = {}) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { ...catalogues, en } as Record<AppLocale, MessageSchema>,
    datetimeFormats: { en: DATE_FORMATS, fr: DATE_FORMATS, de: DATE_FORMATS },
    numberFormats: { en: NUMBER_FORMATS, fr: NUMBER_FORMATS, de: NUMBER_FORMATS },
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/** Adds a language's catalogue to `i18n` unless it has it already. */
export async function ensureCatalogue(i18n: AppI18n, locale: AppLocale): Promise<void> {
  if (i18n.global.availableLocales.includes(locale)) return
  i18n.global.setLocaleMessage(locale, await loadCatalogue(locale))
}
