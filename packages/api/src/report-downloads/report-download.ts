/**
 * `GET /engagements/<global id>/report.(pdf|docx|xlsx|csv|json)`: the report of one engagement
 * with the caller's own credentials, in the language of `?locale=en|fr|de`, else the reader's
 * preferred locale (`User.preferredLocale`, from the request's viewer), else `Accept-Language`.
 * The data comes from the API's report operations executed in process with the request's context
 * (`in-process-client.ts`), so authorization is exactly the GraphQL API's (a download of an
 * engagement you cannot read is a 404).
 *
 * @packageDocumentation
 */

import {
  REPORT_LOCALES,
  type ReportLocale,
  resolveReportLocale,
} from '@immd/reports/i18n/report-locale'
import {
  CONTENT_TYPES,
  type ReportFormat,
  renderEngagementExport,
  slugify,
} from '@immd/reports/render-export'
import { buildReportJsonSection } from '@immd/reports/report-json'
import { buildReportView } from '@immd/reports/report-view'
import { WORKSHEET_IDS } from '@immd/reports/worksheet-tables'
import type { AuthenticatedContext } from '../http/route-auth.js'
import { REPORT_ROUTE, readEngagementId } from './download-paths.js'
import {
  createInProcessClient,
  DownloadAccessError,
  type OperationRunner,
} from './in-process-client.js'
import { readEngagementReport } from './read-engagement-report.js'

/**
 * The transfer document. With restricted content (real names, contacts, TLP:AMBER/RED notes) the
 * API answers FORBIDDEN unless the caller is one of the engagement's assessors or an admin.
 */
const EXPORT = `query ReportDownloadExport($id: ID!, $includeRestricted: Boolean!) {
  engagementExport(id: $id, includeRestricted: $includeRestricted)
}`

/** Answers a report download of an authenticated caller (the path matched {@link REPORT_ROUTE}). */
export async function handleReportDownload(
  request: Request,
  context: AuthenticatedContext,
): Promise<Response> {
  const url = new URL(request.url)
  const match = REPORT_ROUTE.exec(url.pathname) as RegExpExecArray
  // `download-routes.ts` answered a broken encoding with 400 before authenticating.
  const id = readEngagementId(url.pathname) as string
  const format = match[2] as ReportFormat | 'json'
  const query = url.searchParams.get('locale')
  if (query !== null && !(REPORT_LOCALES as readonly string[]).includes(query)) {
    return Response.json(
      { error: `locale must be one of ${REPORT_LOCALES.join(', ')}` },
      { status: 400 },
    )
  }
  const locale = resolveReportLocale({
    query,
    preferred: context.viewer.preferredLocale,
    acceptLanguage: request.headers.get('accept-language'),
  })
  const worksheet = url.searchParams.get('worksheet') ?? undefined
  if (format !== 'json' && worksheet && !(WORKSHEET_IDS as readonly string[]).includes(worksheet)) {
    return Response.json(
      { error: `worksheet must be one of ${WORKSHEET_IDS.join(', ')}` },
      { status: 400 },
    )
  }
  // Restricted content only when asked for (`?includeRestricted=true`) by an allowed caller.
  const includeRestricted = url.searchParams.get('includeRestricted') === 'true'
  const client = createInProcessClient(context)
  try {
    if (format === 'json') return await jsonFile(client, id, includeRestricted, locale)
    if (includeRestricted) {
      // The API decides (FORBIDDEN otherwise) before anything restricted is rendered.
      if (!(await readExport(client, id, true))) return notFound()
    }
    const fetched = await readEngagementReport(client, id)
    if (!fetched) return notFound()
    // The team snapshot names real people: only with includeRestricted (checked above).
    const report = includeRestricted ? fetched : { ...fetched, teamSnapshot: null }
    const rendered = await renderEngagementExport(report, {
      format,
      locale,
      worksheet: worksheet as (typeof WORKSHEET_IDS)[number] | undefined,
    })
    return file(rendered.data, rendered.contentType, rendered.fileName, locale)
  } catch (error) {
    if (!(error instanceof DownloadAccessError)) throw error
    if (includeRestricted && error.code === 'FORBIDDEN') {
      return Response.json(
        { error: "Restricted content is for the engagement's assessors and admins." },
        { status: 403 },
      )
    }
    return error.code === 'FORBIDDEN'
      ? notFound()
      : Response.json({ error: error.message }, { status: 401 })
  }
}

/**
 * The JSON download: the engagement transfer document (importable as is) plus a top-level
 * `report` section with the result and its provenance, as the other formats print them.
 */
async function jsonFile(
  client: OperationRunner,
  id: string,
  includeRestricted: boolean,
  locale: ReportLocale,
): Promise<Response> {
  const engagementExport = await readExport(client, id, includeRestricted)
  if (!engagementExport) return notFound()
  const fetched = await readEngagementReport(client, id)
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

/** The engagement's transfer document; null when it does not exist or is not the caller's. */
async function readExport(
  client: OperationRunner,
  id: string,
  includeRestricted: boolean,
): Promise<unknown> {
  const data = await client.request<{ engagementExport: unknown }>(EXPORT, {
    id,
    includeRestricted,
  })
  return data.engagementExport
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
