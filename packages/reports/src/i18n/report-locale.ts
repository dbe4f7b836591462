/**
 * The languages reports are written in, how a download picks one, and the per-locale formatting
 * of dates and numbers. The choice is, in order: an explicit `locale` (query parameter), the
 * user's preferred locale, the request's `Accept-Language`, else English.
 *
 * @packageDocumentation
 */
import { type Locale, matchLocale, negotiateLocale, SUPPORTED_LOCALES } from '@immd/core/locale'
import { REPORT_MESSAGES_DE } from './report-messages-de.js'
import { REPORT_MESSAGES_EN, type ReportMessages } from './report-messages-en.js'
import { REPORT_MESSAGES_FR } from './report-messages-fr.js'

/** The locales a report can be rendered in: the platform's (`@immd/core/locale`). */
export const REPORT_LOCALES = SUPPORTED_LOCALES

/** One of {@link REPORT_LOCALES}. */
export type ReportLocale = Locale

/** Every catalogue by locale. */
export const REPORT_CATALOGUES: Readonly<Record<ReportLocale, ReportMessages>> = {
  en: REPORT_MESSAGES_EN,
  fr: REPORT_MESSAGES_FR,
  de: REPORT_MESSAGES_DE,
}

/** `fr-CH` → `fr`; null when the language is not one reports are written in. */
export function matchReportLocale(tag: string | null | undefined): ReportLocale | null {
  return tag ? matchLocale(tag) : null
}

/** What a download knows about the reader's language. */
export interface ReportLocaleSources {
  /** The `locale` query parameter. */
  query?: string | null
  /** The signed-in user's preferred locale, when the API knows one. */
  preferred?: string | null
  /** The request's `Accept-Language` header. */
  acceptLanguage?: string | null
}

/** The locale of a report: query, else preferred, else Accept-Language, else `en`. */
export function resolveReportLocale(sources: ReportLocaleSources): ReportLocale {
  return (
    matchReportLocale(sources.query) ??
    matchReportLocale(sources.preferred) ??
    negotiateLocale(sources.acceptLanguage) ??
    'en'
  )
}

/** Dates and numbers as a reader of `locale` writes them. */
export interface ReportFormatters {
  locale: ReportLocale
  /** An ISO date or date-time → `2026-09-30` (en, sortable ISO 8601), `30/09/2026`, `30.09.2026`. */
  date(value: string | null | undefined): string | null
  /**
   * A number with exactly `digits` decimals (`12.5`, `12,5`), or as it is up to two decimals when
   * `digits` is omitted (`75`, `62.5`); thousands grouped except in English.
   */
  number(value: number, digits?: number): string
  /** A share (0.125) as a percentage with one decimal: `12.5%`, `12,5 %`. */
  percent(share: number): string
}

/** Spaces Intl puts in French numbers (narrow no-break): the report fonts print U+00A0 safely. */
const normalizeSpaces = (text: string) => text.replace(/[\u202f\u2009]/g, '\u00a0')

/** The formatters of a locale. */
export function createReportFormatters(locale: ReportLocale): ReportFormatters {
  const tag = locale === 'en' ? 'en-GB' : locale === 'fr' ? 'fr-FR' : 'de-DE'
  const dateFormat = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
  const numberFormats = new Map<number | undefined, Intl.NumberFormat>()
  const numberFormat = (digits: number | undefined) => {
    let format = numberFormats.get(digits)
    if (!format) {
      format = new Intl.NumberFormat(tag, {
        // English keeps ungrouped digits (`48213 bytes`), as earlier exports printed them.
        useGrouping: locale !== 'en',
        minimumFractionDigits: digits ?? 0,
        maximumFractionDigits: digits ?? 2,
      })
      numberFormats.set(digits, format)
    }
    return format
  }
  const percentFormat = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return {
    locale,
    date(value) {
      if (!value) return null
      // English keeps ISO 8601, as every earlier export did (sortable, unambiguous).
      if (locale === 'en') return value.slice(0, 10)
      const date = new Date(value)
      return Number.isNaN(date.getTime()) ? value.slice(0, 10) : dateFormat.format(date)
    },
    number(value, digits) {
      return normalizeSpaces(numberFormat(digits).format(value === 0 ? 0 : value))
    },
    percent(share) {
      return normalizeSpaces(percentFormat.format(share))
    },
  }
}

/** The catalogue of a locale. */
export function reportMessages(locale: ReportLocale): ReportMessages {
  return REPORT_CATALOGUES[locale]
}
