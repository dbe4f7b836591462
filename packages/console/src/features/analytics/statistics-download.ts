/**
 * The portfolio statistics download: the API serves the analytics page's figures and driver
 * heatmap at `/portfolio-statistics.(csv|xlsx)` (same origin as the console), filtered like the
 * page, with the same credentials as GraphQL (API token or the password session's CSRF token).
 */

/** The formats and CSV tables the statistics route serves. */
export const STATISTICS_DOWNLOADS = [
  { format: 'csv', table: 'statistics' },
  { format: 'csv', table: 'heatmap' },
  { format: 'xlsx', table: null },
] as const
export type StatisticsDownload = (typeof STATISTICS_DOWNLOADS)[number]

/** The analytics page's filter, as its form holds it. */
export interface StatisticsFilterForm {
  organizationId: string
  model?: string
  size?: string
  country?: string
  constituency?: string
  /** `YYYY-MM-DD` from a date input. */
  from?: string
  to?: string
}

/** The URL and headers of one statistics download. */
export function buildStatisticsRequest(
  download: StatisticsDownload,
  filter: StatisticsFilterForm,
  credentials: { token: string | null; csrf: string | null },
): { url: string; headers: Record<string, string> } {
  const params = new URLSearchParams({ organizationId: filter.organizationId })
  if (download.table) params.set('table', download.table)
  if (filter.model) params.set('model', filter.model)
  if (filter.size) params.set('size', filter.size)
  // Only what the page itself applies (a complete two-letter code, a non-blank constituency).
  if (filter.country && /^[A-Za-z]{2}$/.test(filter.country)) params.set('country', filter.country)
  if (filter.constituency?.trim()) params.set('constituency', filter.constituency.trim())
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  const url = `/portfolio-statistics.${download.format}?${params}`
  if (credentials.token) return { url, headers: { authorization: `Bearer ${credentials.token}` } }
  return { url, headers: credentials.csrf ? { 'x-csrf-token': credentials.csrf } : {} }
}

/** `portfolio-statistics-2026-12-04.xlsx`, `portfolio-heatmap-2026-12-04.csv`. */
export function nameStatisticsFile(download: StatisticsDownload, date: Date): string {
  const stem = download.table === 'heatmap' ? 'portfolio-heatmap' : 'portfolio-statistics'
  return `${stem}-${date.toISOString().slice(0, 10)}.${download.format}`
}
