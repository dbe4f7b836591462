/**
 * The scaling mode (`pnpm --filter @immd/bench bench:scaling`): our API on 1,000, 10,000 and
 * 100,000 engagements (PostgreSQL) and 1,000, 10,000 and 50,000 (SQLite), each operation timed
 * one request at a time (latency, not throughput) with the server's CPU time per request, and, on
 * SQLite, a cheap query's latency while two clients load engagement details back to back.
 *
 * @packageDocumentation
 */
import { type Contender, launchContender } from '../contenders/launch.js'
import { type BenchData, prepareBenchData } from '../data/bench-data.js'
import { readProcessCpuMs } from '../process-cpu.js'
import {
  CONSOLE_PORTFOLIO_QUERY,
  CURSOR_WALK_QUERY,
  DETAIL_QUERY,
  graphqlRequest,
  relayId,
  type ScalingRequest,
  VIEWER_QUERY,
} from './scaling-operations.js'

/** Latency and CPU of one operation at one size. */
export interface ScalingFigure {
  operation: string
  p50: number
  p99: number
  /** Server CPU (user + system) per request, ms. */
  cpuMs: number
  samples: number
}

/** One engine at one size. */
export interface ScalingRun {
  engine: BenchData['engine']
  engagements: number
  seedSeconds: number
  figures: ScalingFigure[]
  /** SQLite: the cheap query while two clients load details (null on PostgreSQL). */
  underDetailLoad: { p50: number; p99: number; samples: number; details: number } | null
}

/** Options of {@link measureScaling}. */
export interface MeasureScalingOptions {
  engine: BenchData['engine']
  sizes: number[]
  postgresUrl: string
  samples: number
  log: (line: string) => void
}

async function cpuMsOf(pid: number): Promise<number> {
  return (await readProcessCpuMs(pid)) ?? Number.NaN
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10
}

async function send(contender: Contender, token: string, request: ScalingRequest) {
  const response = await fetch(`${contender.base}${request.path}`, {
    method: request.method,
    // Uncompressed, as `pnpm bench` measures (Node's fetch would ask for gzip).
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'accept-encoding': 'identity',
    },
    body: request.body,
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(`${request.path}: HTTP ${response.status} ${text.slice(0, 300)}`)
  if (request.path === '/graphql') {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
    if (body.errors?.length)
      throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`)
    return body.data
  }
  return text
}

async function timeOperation(
  contender: Contender,
  token: string,
  operation: string,
  request: ScalingRequest,
  samples: number,
): Promise<ScalingFigure> {
  // One warm-up for the long export, three for the rest (plans, prepared statements, JIT).
  const warmups = samples < 5 ? 1 : 3
  for (let warm = 0; warm < warmups; warm += 1) await send(contender, token, request)
  const latencies: number[] = []
  const cpuBefore = await cpuMsOf(contender.pid)
  for (let sample = 0; sample < samples; sample += 1) {
    const started = performance.now()
    await send(contender, token, request)
    latencies.push(performance.now() - started)
  }
  const cpuMs = ((await cpuMsOf(contender.pid)) - cpuBefore) / samples
  latencies.sort((a, b) => a - b)
  return {
    operation,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMs: Math.round(cpuMs * 10) / 10,
    samples,
  }
}

/** Walks the portfolio 100 rows at a time to 90% of its depth; returns the cursor there. */
async function walkDeep(contender: Contender, data: BenchData): Promise<string> {
  const pages = Math.max(1, Math.floor((data.engagements * 0.9) / 100))
  let after: string | null = null
  for (let page = 0; page < pages; page += 1) {
    const result = (await send(
      contender,
      data.token,
      graphqlRequest(CURSOR_WALK_QUERY, { after }),
    )) as {
      engagements: { pageInfo: { endCursor: string } }
    }
    after = result.engagements.pageInfo.endCursor
  }
  return after as string
}

async function measureUnderDetailLoad(contender: Contender, data: BenchData, seconds: number) {
  const detail = graphqlRequest(DETAIL_QUERY, {
    id: relayId('Engagement', data.detailEngagementId),
  })
  const viewer = graphqlRequest(VIEWER_QUERY)
  let running = true
  let details = 0
  const loader = async () => {
    while (running) {
      await send(contender, data.token, detail)
      details += 1
    }
  }
  const loaders = [loader(), loader()]
  const latencies: number[] = []
  const until = performance.now() + seconds * 1000
  while (performance.now() < until) {
    const started = performance.now()
    await send(contender, data.token, viewer)
    latencies.push(performance.now() - started)
  }
  running = false
  await Promise.all(loaders)
  latencies.sort((a, b) => a - b)
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    samples: latencies.length,
    details,
  }
}

async function measureSize(data: BenchData, options: MeasureScalingOptions): Promise<ScalingRun> {
  const { samples, log } = options
  const contender = await launchContender('ours', data.url)
  try {
    const organizationId = relayId('Organization', data.organizationId)
    const page = (variables: Record<string, unknown>) =>
      graphqlRequest(CONSOLE_PORTFOLIO_QUERY, { organizationId, first: 20, ...variables })
    log(`scaling: ${data.engine} ${data.engagements}: walking to a deep cursor`)
    const walkStarted = performance.now()
    const deep = await walkDeep(contender, data)
    log(`scaling:   walk took ${Math.round(performance.now() - walkStarted)} ms`)
    const operations: [string, ScalingRequest, number][] = [
      ['first page', page({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }), samples],
      [
        'deep page (90%)',
        page({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, after: deep }),
        samples,
      ],
      ['sorted by title', page({ orderBy: { field: 'TITLE', direction: 'ASC' } }), samples],
      ['sorted by total', page({ orderBy: { field: 'TOTAL', direction: 'DESC' } }), samples],
      // Searches whose answer does not grow with the portfolio, so their time may not either: a
      // full page at every size (`engagement 1`: 112 matches at 1,000, 11,112 at 100,000) and one
      // match at every size (the detail engagement, through its rare words).
      ['searched (full page)', page({ filter: { search: 'engagement 1' } }), samples],
      ['searched (one match)', page({ filter: { search: 'bench engagement detail' } }), samples],
      // A rare text whose matches do grow with the portfolio (1 at 1,000, 20 at 10,000, 111 at
      // 100,000): its page goes from one row to a full one, so its time follows the page, not the size.
      ['searched (matches grow)', page({ filter: { search: 'engagement 777' } }), samples],
      [
        'detail',
        graphqlRequest(DETAIL_QUERY, { id: relayId('Engagement', data.detailEngagementId) }),
        samples,
      ],
      ['viewer', graphqlRequest(VIEWER_QUERY), samples],
      ['export (csv, whole portfolio)', { path: '/exports/engagements.csv', method: 'GET' }, 3],
    ]
    const figures: ScalingFigure[] = []
    for (const [name, request, count] of operations) {
      const figure = await timeOperation(contender, data.token, name, request, count)
      log(
        `scaling:   ${name}: p50 ${figure.p50} ms, p99 ${figure.p99} ms, CPU ${figure.cpuMs} ms/request`,
      )
      figures.push(figure)
    }
    const underDetailLoad =
      data.engine === 'sqlite' ? await measureUnderDetailLoad(contender, data, 10) : null
    if (underDetailLoad) {
      log(
        `scaling:   viewer while 2 clients load details: p50 ${underDetailLoad.p50} ms, p99 ${underDetailLoad.p99} ms (${underDetailLoad.details} details)`,
      )
    }
    return {
      engine: data.engine,
      engagements: data.engagements,
      seedSeconds: Math.round(data.seedSeconds),
      figures,
      underDetailLoad,
    }
  } finally {
    await contender.stop()
  }
}

/** Runs the scaling mode for one engine over its sizes (data sets are reused between runs). */
export async function measureScaling(options: MeasureScalingOptions): Promise<ScalingRun[]> {
  const runs: ScalingRun[] = []
  for (const size of options.sizes) {
    const data = await prepareBenchData({
      engine: options.engine,
      engagements: size,
      postgresUrl: options.postgresUrl,
      name: options.engine === 'sqlite' ? `immd-bench-scale-${size}` : `immd_bench_scale_${size}`,
      log: options.log,
    })
    options.log(
      `scaling: ${options.engine} ${size}: data ready (${Math.round(data.seedSeconds)} s)`,
    )
    runs.push(await measureSize(data, options))
  }
  return runs
}
