/**
 * The download routes' paths, apart from their handlers so that matching a request does not
 * import the report renderers.
 *
 * @packageDocumentation
 */

/** `/engagements/<global id>/report.<format>`: the id (percent-encoded) and the format. */
export const REPORT_ROUTE = /^\/engagements\/([^/]+)\/report\.(pdf|docx|xlsx|csv|json)$/

/** `/portfolio-statistics.<format>`: the format. */
export const STATISTICS_ROUTE = /^\/portfolio-statistics\.(csv|xlsx)$/

/** Whether a path is one of the download routes. */
export function isDownloadPath(pathname: string): boolean {
  return REPORT_ROUTE.test(pathname) || STATISTICS_ROUTE.test(pathname)
}

/**
 * The engagement id of a report path, percent-decoded; null when the encoding is broken
 * (`%E0%A4%A`). Checked before authentication: a malformed URL is a 400 for anyone.
 */
export function readEngagementId(pathname: string): string | null {
  const segment = REPORT_ROUTE.exec(pathname)?.[1] ?? ''
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
