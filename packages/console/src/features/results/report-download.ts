/**
 * Report downloads: the API serves the "communicate results" deliverable at
 * `/engagements/:id/report.<format>` (same origin as the console) and checks the same credentials
 * as GraphQL, so the request carries the API token or the password session's CSRF token, and the
 * console's language, so the report is written in the language the user reads the console in.
 */
import { matchLocale } from '@immd/core/locale'

/** Formats the API's report route serves. */
export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'json'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Options of {@link buildReportRequest}. */
export interface BuildReportRequestOptions {
  engagementId: string
  format: ReportFormat
  /** The API token when signed in with one; null for a password session. */
  token: string | null
  /** The password session's CSRF token (from its cookie). */
  csrf: string | null
  /** The console's current language: the report is written in it (`?locale=`). */
  locale?: string | null
}

/** The URL and headers of one report download. */
export function buildReportRequest(options: BuildReportRequestOptions): {
  url: string
  headers: Record<string, string>
} {
  // Reports are written in the platform's languages; another console language gets the server's.
  const locale = options.locale ? matchLocale(options.locale) : null
  const url = `/engagements/${encodeURIComponent(options.engagementId)}/report.${options.format}${locale ? `?locale=${locale}` : ''}`
  if (options.token) return { url, headers: { authorization: `Bearer ${options.token}` } }
  return { url, headers: options.csrf ? { 'x-csrf-token': options.csrf } : {} }
}

/**
 * The file name offered to the browser: the engagement's title as a slug and the date, so the
 * downloads of different engagements never collide, e.g.
 * `acme-imc-baseline-assessment-2025-2026-11-22.pdf` (`immd-report-…` without a usable title).
 */
export function nameReportFile(format: ReportFormat, date: Date, title = ''): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return `${slug || 'immd-report'}-${date.toISOString().slice(0, 10)}.${format}`
}
