/**
 * The full portfolio export: every engagement of the organization with state, band, total,
 * threshold and team. Our API streams it as NDJSON from `GET /exports/engagements.ndjson` (the
 * connection's order, read in keyset chunks); the naive server serves it as Relay pages of at most
 * 100 rows, followed by cursor; PostGraphile in one unbounded request; the limit as one JSON array.
 * Exports run one after another, contenders interleaved; each sample is a full export.
 *
 * @packageDocumentation
 */
import { isDeepStrictEqual } from 'node:util'
import type { Contender } from './contenders/launch.js'
import type { BenchData } from './data/bench-data.js'
import { percentile, round, sendOnce } from './load.js'
import type { OperationFigures } from './measure-read.js'
import { dig, items } from './operations/canonical.js'
import {
  canonicalRow,
  EXPORT_PAGE_QUERY,
  PGL_EXPORT_QUERY,
  type PortfolioRow,
} from './operations/portfolio.js'
import type { BenchProfile } from './profile.js'

/** The compared row's fields (`canonicalRow`), as the export endpoint names them. */
const EXPORT_FIELDS = 'id,title,state,latestBand,latestTotal,successThreshold,team.shortName'
/**
 * The export's query string: the order of EXPORT_PAGE_QUERY (newest change first) and the
 * fields the GraphQL contenders select (`?fields=`, as a selection set does).
 */
export const EXPORT_PARAMETERS = `orderBy=UPDATED_AT&direction=DESC&fields=${EXPORT_FIELDS}`

interface ExportRun {
  rows: PortfolioRow[]
  requests: number
  bytes: number
}

async function exportOnce(contender: Contender, data: BenchData): Promise<ExportRun> {
  // `identity`: Node's fetch asks for gzip by default, and ours would then compress 2 MiB that no
  // other contender compresses (`pnpm bench` compares the same work; docs/performance.md).
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${data.token}`,
    'accept-encoding': 'identity',
  }
  const post = (query: string, variables = {}) =>
    sendOnce({
      url: `${contender.base}/graphql`,
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    })
  if (contender.name === 'limit') {
    const rows = (await sendOnce({ url: `${contender.base}/export`, method: 'GET', headers })) as []
    return { rows: rows.map(canonicalRow), requests: 1, bytes: JSON.stringify(rows).length }
  }
  if (contender.name === 'ours') {
    const response = await fetch(
      `${contender.base}/exports/engagements.ndjson?${EXPORT_PARAMETERS}`,
      {
        headers: { authorization: headers.authorization, 'accept-encoding': 'identity' },
      },
    )
    const text = await response.text()
    if (!response.ok) throw new Error(`export: HTTP ${response.status}: ${text.slice(0, 300)}`)
    const rows = text
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => canonicalRow(JSON.parse(line) as Record<string, unknown>))
    return { rows, requests: 1, bytes: text.length }
  }
  if (contender.name === 'postgraphile') {
    const response = await post(PGL_EXPORT_QUERY)
    const rows = items(dig(response, 'data', 'allEngagements')).map(canonicalRow)
    return { rows, requests: 1, bytes: JSON.stringify(response).length }
  }
  const rows: PortfolioRow[] = []
  let after: string | null = null
  let requests = 0
  let bytes = 0
  for (;;) {
    const response = await post(EXPORT_PAGE_QUERY, { after })
    requests += 1
    bytes += JSON.stringify(response).length
    const page = dig(response, 'data', 'engagements') as {
      pageInfo: { hasNextPage: boolean; endCursor: string | null }
    }
    rows.push(...items(page).map(canonicalRow))
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break
    after = page.pageInfo.endCursor
  }
  return { rows, requests, bytes }
}

/** Verifies the exports agree, then times `profile.exports` full exports per contender. */
export async function measureExport(
  contenders: Contender[],
  data: BenchData,
  profile: BenchProfile,
  log: (line: string) => void,
): Promise<OperationFigures> {
  const first = new Map<string, ExportRun>()
  for (const contender of contenders) {
    const run = await exportOnce(contender, data)
    const reference = first.values().next().value as ExportRun | undefined
    if (reference && !isDeepStrictEqual(reference.rows, run.rows)) {
      throw new Error(`export: ${contender.name} exports different rows`)
    }
    first.set(contender.name, run)
  }
  const rowCount = first.values().next().value?.rows.length ?? 0
  log(`bench: export (${data.engine}): ${rowCount} rows, same on every contender`)
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]))
  const statements = new Map<string, number>(contenders.map((c) => [c.name, 0]))
  const peaks = new Map<string, number | null>()
  for (const contender of contenders) await contender.resetPeak()
  for (let n = 0; n < profile.exports; n += 1) {
    for (const contender of contenders) {
      const before = await contender.statements()
      const started = performance.now()
      await exportOnce(contender, data)
      samples.get(contender.name)?.push(performance.now() - started)
      statements.set(
        contender.name,
        (statements.get(contender.name) ?? 0) + (await contender.statements()) - before,
      )
    }
  }
  for (const contender of contenders) peaks.set(contender.name, await contender.peakRssMiB())
  const figures: OperationFigures = {
    id: 'export',
    title: `Portfolio export (${rowCount} rows)`,
    engine: data.engine,
    unit: 'exports/s',
    contenders: {},
  }
  for (const contender of contenders) {
    const times = samples.get(contender.name) ?? []
    const run = first.get(contender.name) as ExportRun
    figures.contenders[contender.name] = {
      throughput: round(1000 / percentile(times, 50)),
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      fixedRate: 0,
      fixedRateAchieved: 0,
      statementsPerRequest: round((statements.get(contender.name) ?? 0) / profile.exports),
      peakRssMiB: peaks.get(contender.name) ?? null,
      responseBytes: run.bytes,
    }
    log(
      `bench:   ${contender.name}: ${round(percentile(times, 50))} ms per export, ${run.requests} requests`,
    )
  }
  return figures
}
