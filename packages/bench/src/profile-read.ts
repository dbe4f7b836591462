/**
 * `pnpm --filter @immd/bench bench:profile [--operation detail|head|portfolio|export] [--requests N]
 * [--executor]`: one read of `pnpm bench`, in process, N times back to back against the full
 * PostgreSQL data set, reporting wall and CPU milliseconds per request. Run it under
 * `node --cpu-prof` (docs/performance.md) to see where a read's CPU goes without HTTP and
 * load-generator noise.
 * - `detail`: the bench's engagement detail (every worksheet);
 * - `head`: the engagement's own fields only, the fixed cost of a request;
 * - `portfolio`: the bench's portfolio page;
 * - `export`: the bench's portfolio export (`GET /exports/engagements.ndjson`, every row).
 * `--executor` turns the compiled read path off (`createApi({ compiledReads: false })`).
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util'
import { createApi } from '@immd/api/yoga'
import { createDatabase } from '@immd/db/client'
import { prepareFullData } from './full-pair.js'
import { EXPORT_PARAMETERS } from './measure-export.js'
import { DETAIL_QUERY } from './operations/detail.js'
import { PORTFOLIO_QUERY } from './operations/portfolio.js'

const HEAD_QUERY = 'query Head($id: ID!) { engagement(id: $id) { id title state version } }'
const QUERIES: Record<string, string> = {
  detail: DETAIL_QUERY,
  head: HEAD_QUERY,
  portfolio: PORTFOLIO_QUERY,
}

const { values } = parseArgs({
  options: {
    operation: { type: 'string', default: 'detail' },
    requests: { type: 'string', default: '1500' },
    executor: { type: 'boolean', default: false },
  },
})
const isExport = values.operation === 'export'
const query = QUERIES[values.operation]
if (!query && !isExport) {
  throw new Error(`--operation is one of ${[...Object.keys(QUERIES), 'export'].join(', ')}`)
}
const requests = Number(values.requests)
const data = await prepareFullData()
const db = createDatabase({ url: data.url })
const yoga = createApi({
  db,
  graphiql: false,
  compiledReads: !values.executor,
  security: { rateLimit: { perCredential: 1e9 } },
})
const body = JSON.stringify({
  query,
  variables:
    values.operation === 'portfolio'
      ? {}
      : { id: Buffer.from(`Engagement:${data.detailEngagementId}`).toString('base64') },
})

/** One request; fails on any GraphQL error. */
async function read(): Promise<number> {
  const authorization = `Bearer ${data.token}`
  const response = isExport
    ? await yoga.fetch(`http://bench/exports/engagements.ndjson?${EXPORT_PARAMETERS}`, {
        headers: { authorization },
      })
    : await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body,
      })
  const text = await response.text()
  if (isExport) {
    if (!response.ok || !text.startsWith('{"id":')) {
      throw new Error(`unexpected export: ${text.slice(0, 300)}`)
    }
    return text.length
  }
  if (!text.startsWith('{"data":') || text.includes('"errors"')) {
    throw new Error(`unexpected answer: ${text.slice(0, 300)}`)
  }
  return text.length
}

try {
  for (let i = 0; i < 100; i++) await read()
  const cpu = process.cpuUsage()
  const start = performance.now()
  let bytes = 0
  for (let i = 0; i < requests; i++) bytes = await read()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  const perRequest = (ms: number) => (ms / requests).toFixed(2)
  console.log(
    `bench: ${values.operation}${values.executor ? ' (executor)' : ''} in process, ${requests} requests: ${perRequest(wall)} ms wall, ${perRequest((used.user + used.system) / 1000)} ms CPU per request (${bytes} bytes)`,
  )
} finally {
  await db.close()
}
