/**
 * The console's language: English, French or German. Anonymous pages (sign-in, the respondent's
 * questionnaire) start from the browser's languages; a choice made with the switch is remembered
 * in `localStorage` on this device, and for a signed-in user also on the account
 * (`setPreferredLocale`), which wins on any device after sign-in.
 */
import { type InjectionKey, inject, type Ref } from 'vue'

/** The languages the console ships, English first (the reference and the fallback). */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

/** The `localStorage` key of the device's choice. */
export const LOCALE_STORAGE_KEY = 'immd.locale'

/** True for a code the console ships. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/**
 * The first of the browser's languages the console ships, matched by primary subtag (`de-AT` →
 * `de`); English when none matches.
 */
export function pickBrowserLocale(languages: readonly string[]): AppLocale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0]
    if (isAppLocale(primary)) return primary
  }
  return 'en'
}

/** The device's stored choice, else the browser's language. Storage may be unavailable. */
export function readInitialLocale(
  storage: Pick<Storage, 'getItem'> | null,
  languages: readonly string[],
): AppLocale {
  let stored: string | null = null
  try {
    stored = storage?.getItem(LOCALE_STORAGE_KEY) ?? null
  } catch {
    // Private modes may refuse storage: the browser's language still applies.
  }
  return isAppLocale(stored) ? stored : pickBrowserLocale(languages)
}

/** The GraphQL `Locale` enum value of a code, and back. */
export function toGraphqlLocale(locale: AppLocale): 'EN' | 'FR' | 'DE' {
  return locale.toUpperCase() as 'EN' | 'FR' | 'DE'
}

/** The code of a GraphQL `Locale` value; null for null or an unknown value. */
export function fromGraphqlLocale(value: string | null | undefined): AppLocale | null {
  const code = value?.toLowerCase()
  return isAppLocale(code) ? code : null
}

/** What `main.ts` provides: the current language and how to change it. */
export interface LocaleControl {
  current: Ref<AppLocale>
  /**
   * Switches the language: messages, `<html lang>`, the device's memory and the `Accept-Language`
   * of later requests; active queries are fetched again, so method texts come in the new language.
   */
  change: (locale: AppLocale) => Promise<void>
}

export const LOCALE_KEY: InjectionKey<LocaleControl> = Symbol('immd-locale')

/** The provided {@link LocaleControl}. */
export function useLocale(): LocaleControl {
  const control = inject(LOCALE_KEY)
  if (!control) throw new Error('useLocale() needs the locale control provided by main.ts')
  return control
}

/** What {@link createLocaleControl} works on. */
export interface CreateLocaleControlOptions {
  /** vue-i18n's global locale (`i18n.global.locale`). */
  locale: Ref<AppLocale>
  /** Where the device remembers the choice (`localStorage`); null when unavailable. */
  storage: Pick<Storage, 'setItem'> | null
  /** The page's root element, whose `lang` follows the language (screen readers, hyphenation). */
  root: { lang: string }
  /** Fetches the active queries again (Apollo's `refetchQueries({ include: 'active' })`). */
  refetch: () => Promise<unknown>
  /** Makes a language's messages available before it is shown (they load on demand). */
  load?: (locale: AppLocale) => Promise<void>
}

/** Creates the app's {@link LocaleControl}; call once in `main.ts`. */
export function createLocaleControl(options: CreateLocaleControlOptions): LocaleControl {
  options.root.lang = options.locale.value
  return {
    current: options.locale,
    async change(locale) {
      if (locale === options.locale.value) return
      await options.load?.(locale)
      options.locale.value = locale
      options.root.lang = locale
      try {
        options.storage?.setItem(LOCALE_STORAGE_KEY, locale)
      } catch {
        // Storage may be full or refused: the choice still holds for this page's life.
      }
      // Method texts come from the API in the language of the request's `Accept-Language`.
      await options.refetch()
    },
  }
}
