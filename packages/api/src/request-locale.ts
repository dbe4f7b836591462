/**
 * The language of a request's human texts (method texts for now): one function, so that every
 * source of a preference is read in one place and in one order.
 *
 * @packageDocumentation
 */
import { DEFAULT_LOCALE, type Locale, matchLocale, negotiateLocale } from '@immd/core/locale'

/** What {@link resolveRequestLocale} reads. */
export interface RequestLocaleSources {
  request: Request
  /**
   * The signed-in user's stored preference (e.g. `User.preferredLocale`), when the user model has
   * one; the console lane adds it. `null`/absent for anonymous requests and respondents.
   */
  preferredLocale?: string | null
}

/**
 * Resolves the request's locale: an explicit `Accept-Language` header naming a supported language
 * first (the console sends the language the user chose), then the user's stored preference, then
 * English. Never throws: an unreadable header counts as absent.
 */
export function resolveRequestLocale(sources: RequestLocaleSources): Locale {
  return (
    negotiateLocale(sources.request.headers.get('accept-language')) ??
    (sources.preferredLocale ? matchLocale(sources.preferredLocale) : null) ??
    DEFAULT_LOCALE
  )
}
