/**
 * The download handlers behind `download-routes.ts`, in one module so that the routes import the
 * report renderers (`@immd/reports`) only when the first download arrives.
 *
 * @packageDocumentation
 */
import type { AuthenticatedContext } from '../http/route-auth.js'
import { REPORT_ROUTE } from './download-paths.js'
import { handleReportDownload } from './report-download.js'
import { handleStatisticsDownload } from './statistics-download.js'

/** Answers a download (the path is one of `download-paths.ts`). */
export function handleDownload(request: Request, context: AuthenticatedContext): Promise<Response> {
  const { pathname } = new URL(request.url)
  return REPORT_ROUTE.test(pathname)
    ? handleReportDownload(request, context)
    : handleStatisticsDownload(request, context)
}
