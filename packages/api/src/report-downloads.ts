/**
 * The report downloads (`GET /engagements/<id>/report.<format>`) and the portfolio statistics
 * download (`GET /portfolio-statistics.(csv|xlsx)`), loaded on first use.
 *
 * `@immd/reports` brings PDF, DOCX, XLSX and chart rendering (pdfkit, docx, exceljs, echarts,
 * resvg): importing it eagerly cost the API 1–1.9 s and ~40 MiB at start-up, for a route most
 * processes never serve. This plugin matches the route's shape itself and imports the handler the
 * first time a download arrives; that request waits for the import, later ones do not.
 *
 * @packageDocumentation
 */
import type { UseReportDownloadsOptions } from '@immd/reports/download-handler'
import type { Plugin } from 'graphql-yoga'

/**
 * The download routes' shapes (a report, the portfolio statistics); the handler checks the id
 * and format itself.
 */
const DOWNLOAD_PATH = /^\/(engagements\/[^/]+\/report|portfolio-statistics)\.[a-z]+$/

type RequestHook = NonNullable<Plugin['onRequest']>

/** {@link useReportDownloads} of `@immd/reports`, imported when the first download comes in. */
export function useLazyReportDownloads(options: UseReportDownloadsOptions): Plugin {
  // One import per API instance, shared by concurrent first requests.
  let loading: Promise<RequestHook> | null = null
  const load = () => {
    loading ??= import('@immd/reports/download-handler').then(
      ({ useReportDownloads }) => useReportDownloads(options).onRequest as unknown as RequestHook,
    )
    return loading
  }
  return {
    async onRequest(event) {
      if (!DOWNLOAD_PATH.test(new URL(event.request.url).pathname)) return
      const onRequest = await load()
      await onRequest(event)
    },
  }
}
