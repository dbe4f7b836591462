/**
 * The report downloads (`GET /engagements/<id>/report.<format>`) and the portfolio statistics
 * download (`GET /portfolio-statistics.(csv|xlsx)`): authenticated like every route beside
 * `/graphql` (`http/route-auth.ts`), their data read in process with that request's context.
 *
 * `@immd/reports` brings PDF, DOCX, XLSX and chart rendering (pdfkit, docx, exceljs, echarts,
 * resvg): importing it eagerly cost the API 1–1.9 s and ~40 MiB at start-up, for a route most
 * processes never serve. This plugin matches the routes itself and imports the handlers the first
 * time a download arrives; that request waits for the import, later ones do not.
 *
 * @packageDocumentation
 */
import type { Plugin } from 'graphql-yoga'
import { authenticateRoute, type RouteAuthOptions } from '../http/route-auth.js'
import { isDownloadPath, REPORT_ROUTE, readEngagementId } from './download-paths.js'

/** Options of {@link useReportDownloads}. */
export interface ReportDownloadOptions extends RouteAuthOptions {
  /**
   * Answers an unexpected error (the API logs it and returns a masked answer with a correlation
   * id); never a stack trace to the client.
   */
  onUnexpectedError: (error: unknown) => Response
}

/** The Yoga plugin serving the download routes; every other request passes through. */
export function useReportDownloads(options: ReportDownloadOptions): Plugin {
  // One import per API instance, shared by concurrent first requests.
  let loading: Promise<typeof import('./download-handlers.js')> | null = null
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (request.method !== 'GET' || !isDownloadPath(url.pathname)) return
      if (REPORT_ROUTE.test(url.pathname) && readEngagementId(url.pathname) === null) {
        endResponse(
          Response.json(
            { error: 'The engagement id in the URL is not valid percent-encoding.' },
            { status: 400 },
          ),
        )
        return
      }
      try {
        const context = await authenticateRoute(request, serverContext, options)
        if (context instanceof Response) {
          endResponse(context)
          return
        }
        loading ??= import('./download-handlers.js')
        const { handleDownload } = await loading
        endResponse(await handleDownload(request, context))
      } catch (error) {
        endResponse(options.onUnexpectedError(error))
      }
    },
  }
}
