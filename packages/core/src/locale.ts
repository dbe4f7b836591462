/**
 * The languages IMMD is available in and how a caller's language preference maps onto them: an HTTP
 * `Accept-Language` header (the API) or a POSIX locale such as `LANG=fr_FR.UTF-8` (the CLI).
 *
 * @packageDocumentation
 */
import type { Locale } from './method-types.js'

export type { Locale } from './method-types.js'

/** Every supported locale, the source language (`en`) first. */
export const SUPPORTED_LOCALES: readonly Locale[] = Object.freeze(['en', 'fr', 'de'] as const)

/** The locale used when a caller states no supported preference. */
export const DEFAULT_LOCALE: Locale = 'en'

/** Whether a value is one of {@link SUPPORTED_LOCALES} (exact, lower case). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The supported locale of a language tag's primary subtag (`fr-CH` -> `fr`), or `null`. */
export function matchLocale(tag: string): Locale | null {
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? ''
  return isLocale(primary) ? primary : null
}

/**
 * The best supported locale of an `Accept-Language` header (RFC 9110 §12.5.4): ranges by
 * descending `q`, ties in header order, `q=0` refused, `*` ignored (it names no language). `null`
 * when the header is missing or names no supported language, so the caller can try its next source.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (header === null || header === undefined) return null
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';')
      // A malformed weight (`q=abc`) makes the range unusable rather than top priority.
      const q = params
        .map((param) => /^\s*q\s*=(.*)$/i.exec(param)?.[1]?.trim())
        .find((value) => value !== undefined)
      const weight = q === undefined ? 1 : /^[0-9.]+$/.test(q) ? Number(q) : Number.NaN
      return { locale: matchLocale(tag), q: weight, order }
    })
    .filter((range) => range.locale !== null && Number.isFinite(range.q) && range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  return ranges[0]?.locale ?? null
}

/**
 * The supported locale of POSIX locale variables, in their precedence (`LC_ALL`, then `LC_MESSAGES`,
 * then `LANG`): the first one set decides, so `LC_ALL=C` means English even when `LANG=fr_FR`.
 * `null` when none is set.
 */
export function localeFromPosix(env: Readonly<Record<string, string | undefined>>): Locale | null {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  if (value === undefined) return null
  return matchLocale(value) ?? DEFAULT_LOCALE
}
