/**
 * Report downloads over HTTP for the API (and so for the console):
 * `GET /engagements/<global id>/report.(pdf|docx|xlsx|csv|json)` with the caller's own credentials,
 * in the language of `?locale=en|fr|de`, else the user's preferred locale, else `Accept-Language`.
 * The handler runs the SDK's queries against the same Yoga instance in process, so authorization
 * is exactly the GraphQL API's (a download of an engagement you cannot read is a 404).
 *
 * Wiring (graphql-yoga): `createYoga({ …, plugins: [useReportDownloads()] })`.
 *
 * @packageDocumentation
 */
import type { createClient } from '@immd/sdk/client'
import { fetchEngagementReport } from '@immd/sdk/engagement-report'
import { ImmdAuthError } from '@immd/sdk/errors'
import { EngagementExportDocument } from '@immd/sdk/generated/graphql'
import {
  createCallerClient,
  decodeSegment,
  type HandleReportDownloadOptions,
} from './caller-client.js'
import { resolveDownloadLocale } from './i18n/reader-locale.js'
import { REPORT_LOCALES, type ReportLocale } from './i18n/report-locale.js'
import {
  CONTENT_TYPES,
  type ReportFormat,
  renderEngagementExport,
  slugify,
} from './render-export.js'
import { buildReportJsonSection } from './report-json.js'
import { buildReportView } from './report-view.js'
import { handleStatisticsDownload, STATISTICS_ROUTE } from './statistics-download.js'

export type { HandleReportDownloadOptions } from './caller-client.js'

import { WORKSHEET_IDS } from './worksheet-tables.js'

const ROUTE = /^\/engagements\/([^/]+)\/report\.(pdf|docx|xlsx|csv|json)$/

/**
 * The export with restricted content (real names, contacts, TLP:AMBER/RED notes): the API answers
 * FORBIDDEN unless the caller is one of the engagement's assessors or an admin.
 */
const RESTRICTED_EXPORT = {
  toString: () =>
    'query EngagementExportRestricted($id: ID!) { engagementExport(id: $id, includeRestricted: true) }',
} as unknown as typeof EngagementExportDocument

/**
 * Answers a download request, or returns `null` when the URL is not a download route (so the
 * caller passes it on).
 */
export async function handleReportDownload(
  request: Request,
  options: HandleReportDownloadOptions,
): Promise<Response | null> {
  const url = new URL(request.url)
  const match = ROUTE.exec(url.pathname)
  if (!match || request.method !== 'GET') return null
  const id = decodeSegment(match[1] as string)
  if (id === null) {
    return Response.json(
      { error: 'The engagement id in the URL is not valid percent-encoding.' },
      { status: 400 },
    )
  }
  const format = match[2] as ReportFormat | 'json'
  const client = createCallerClient(request, options)
  const locale = url.searchParams.get('locale')
  if (locale !== null && !(REPORT_LOCALES as readonly string[]).includes(locale)) {
    return Response.json(
      { error: `locale must be one of ${REPORT_LOCALES.join(', ')}` },
      { status: 400 },
    )
  }
  // Restricted content only when asked for (`?includeRestricted=true`) by an allowed caller.
  const includeRestricted = url.searchParams.get('includeRestricted') === 'true'
  try {
    if (includeRestricted) {
      // The API decides (FORBIDDEN otherwise); for JSON this is the document itself.
      const { engagementExport } = await client.request(RESTRICTED_EXPORT, { id })
      if (!engagementExport) return notFound()
      if (format === 'json') {
        return await jsonFile(
          client,
          id,
          engagementExport,
          await resolveDownloadLocale(request, client),
        )
      }
    }
    if (format === 'json') {
      const { engagementExport } = await client.request(EngagementExportDocument, { id })
      if (!engagementExport) return notFound()
      return await jsonFile(
        client,
        id,
        engagementExport,
        await resolveDownloadLocale(request, client),
      )
    }
    const worksheet = url.searchParams.get('worksheet') ?? undefined
    if (worksheet && !(WORKSHEET_IDS as readonly string[]).includes(worksheet)) {
      return Response.json(
        { error: `worksheet must be one of ${WORKSHEET_IDS.join(', ')}` },
        { status: 400 },
      )
    }
    const [fetched, reportLocale] = await Promise.all([
      fetchEngagementReport(client, id),
      resolveDownloadLocale(request, client),
    ])
    if (!fetched) return notFound()
    // The team snapshot names real people: only with includeRestricted (checked above).
    const report = includeRestricted ? fetched : { ...fetched, teamSnapshot: null }
    const rendered = await renderEngagementExport(report, {
      format,
      locale: reportLocale,
      worksheet: worksheet as (typeof WORKSHEET_IDS)[number] | undefined,
    })
    return file(rendered.data, rendered.contentType, rendered.fileName, reportLocale)
  } catch (error) {
    if (error instanceof ImmdAuthError) {
      if (includeRestricted && error.code === 'FORBIDDEN') {
        return Response.json(
          { error: "Restricted content is for the engagement's assessors and admins." },
          { status: 403 },
        )
      }
      const status = error.code === 'FORBIDDEN' ? 404 : 401
      return status === 404 ? notFound() : Response.json({ error: error.message }, { status })
    }
    throw error
  }
}

/**
 * The JSON download: the engagement transfer document (importable as is) plus a top-level
 * `report` section with the result and its provenance, as the other formats print them.
 */
async function jsonFile(
  client: ReturnType<typeof createClient>,
  id: string,
  engagementExport: unknown,
  locale: ReportLocale,
): Promise<Response> {
  const fetched = await fetchEngagementReport(client, id)
  const document = engagementExport as { engagement?: { title?: string } }
  const title = document.engagement?.title ?? id
  const report = fetched
    ? buildReportJsonSection(buildReportView(fetched, new Date(), { locale }))
    : null
  return file(
    JSON.stringify({ ...document, report }, null, 2),
    CONTENT_TYPES.json,
    `${slugify(title)}.json`,
    locale,
  )
}

function notFound(): Response {
  return Response.json({ error: 'No such engagement.' }, { status: 404 })
}

function file(
  body: string | Buffer,
  contentType: string,
  fileName: string,
  locale: ReportLocale,
): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': contentType,
      // The language the report's headings, labels and method texts are in.
      'content-language': locale,
      // The language depends on these request headers as well as on the URL.
      vary: 'accept-language, cookie, authorization',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'private, no-store',
    },
  })
}

/** The part of a graphql-yoga / @whatwg-node `onRequest` event the plugin uses. */
interface OnRequestEvent {
  request: Request
  serverContext: unknown
  requestHandler: (request: Request, serverContext: never) => Promise<Response> | Response
  endResponse(response: Response): void
}

/** Options of {@link useReportDownloads}. */
export interface UseReportDownloadsOptions {
  /** The GraphQL path (default `/graphql`). */
  graphqlPath?: string
  /**
   * Called with each GraphQL request the plugin builds and runs in process, before it runs. The
   * API marks them so that a trusted-documents-only policy accepts the plugin's own documents
   * (sent as text, with the caller's credentials); no HTTP client can produce these objects.
   */
  onInProcessRequest?: (request: Request) => void
  /**
   * Answers an unexpected error (the API logs it and returns a masked answer with a correlation
   * id); default: a masked HTTP 500 without one.
   */
  onUnexpectedError?: (error: unknown) => Response
}

/**
 * A graphql-yoga plugin serving the download routes; GraphQL requests go to the same instance's
 * handler, in process (no second HTTP hop).
 */
export function useReportDownloads(options: UseReportDownloadsOptions = {}) {
  return {
    async onRequest(event: OnRequestEvent): Promise<void> {
      const path = new URL(event.request.url).pathname
      const statistics = STATISTICS_ROUTE.test(path)
      if (!statistics && !ROUTE.test(path)) return
      const inner = (input: string | URL | Request, init?: RequestInit) => {
        const request = new Request(input, init)
        options.onInProcessRequest?.(request)
        return Promise.resolve(event.requestHandler(request, event.serverContext as never))
      }
      let response: Response | null
      try {
        const handle = statistics ? handleStatisticsDownload : handleReportDownload
        response = await handle(event.request, {
          fetch: inner as typeof fetch,
          graphqlPath: options.graphqlPath,
        })
      } catch (error) {
        // Never a stack trace to the client: masked, and logged by whoever handles it.
        response =
          options.onUnexpectedError?.(error) ??
          Response.json({ error: 'Unexpected error.' }, { status: 500 })
      }
      if (response) event.endResponse(response)
    },
  }
}
