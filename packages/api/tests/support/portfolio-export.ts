/**
 * Helpers of the portfolio export tests: the export over HTTP (in process), the same rows read
 * from the `engagements` connection page by page, and a small RFC 4180 reader for the CSV format.
 */
import type { Api } from '../../src/yoga.js'
import type { Credential } from './security.js'

/** The connection's selection that matches one exported NDJSON row. */
const NODE = `id title imcId state methodVersion successThreshold latestTotal latestBand
  latestScoredDrivers latestMethodDrivers
  plannedStart plannedEnd createdAt updatedAt organization { id slug name }
  team { id shortName officialName }`

const PAGE = `query ($after: String, $filter: EngagementFilter, $orderBy: EngagementOrder) {
  engagements(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor } edges { node { ${NODE} } }
  }
}`

/** Anything `yoga.fetch` can serve (createApi, or a Yoga with only the export plugin). */
export type FetchServer = Pick<Api, 'fetch'>

function credentialHeaders(credential: Credential, forPost: boolean): Record<string, string> {
  if (credential.kind === 'token') return { authorization: `Bearer ${credential.token}` }
  if (credential.kind === 'session') {
    // A GET needs only the cookie; GraphQL POSTs also the CSRF header.
    return forPost
      ? { cookie: credential.cookie, 'x-csrf-token': credential.csrf }
      : { cookie: credential.cookie }
  }
  return {}
}

/** `GET /exports/engagements.<format>?<params>` with a credential. */
export function requestExport(
  server: FetchServer,
  format: 'ndjson' | 'csv',
  credential: Credential,
  params: Record<string, string | string[]> = {},
): Promise<Response> {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item)
  }
  const encoded = search.toString()
  const query = encoded ? `?${encoded}` : ''
  return Promise.resolve(
    server.fetch(`http://yoga/exports/engagements.${format}${query}`, {
      headers: credentialHeaders(credential, false),
    }),
  )
}

/** The NDJSON export's rows (fails on anything but 200). */
export async function exportRows(
  server: FetchServer,
  credential: Credential,
  params: Record<string, string | string[]> = {},
): Promise<Record<string, unknown>[]> {
  const response = await requestExport(server, 'ndjson', credential, params)
  const text = await response.text()
  if (response.status !== 200) throw new Error(`export: HTTP ${response.status}: ${text}`)
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** Every row of the `engagements` connection for the same filter and order, page by page. */
export async function connectionRows(
  yoga: Api,
  credential: Credential,
  variables: { filter?: Record<string, unknown>; orderBy?: Record<string, unknown> } = {},
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = []
  let after: string | null = null
  for (;;) {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentialHeaders(credential, true) },
      body: JSON.stringify({ query: PAGE, variables: { ...variables, after } }),
    })
    const body = (await response.json()) as {
      data?: {
        engagements: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
          edges: { node: Record<string, unknown> }[]
        }
      }
      errors?: unknown[]
    }
    if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`)
    const page = body.data.engagements
    rows.push(...page.edges.map((edge) => edge.node))
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows
    after = page.pageInfo.endCursor
  }
}

/** Parses RFC 4180 CSV (quoted fields with `""`, CRLF or LF records) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field])
  return rows
}
