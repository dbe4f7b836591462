/**
 * Availability under the red team's `nodes` attack (issue #23, item 1): a real HTTP server on
 * loopback, two attackers sending `nodes(ids)` with 58,000 ids (3.7 MiB of variables, a viewer's
 * token) from a worker thread, while a probe measures `GET /healthz` and a small query. The loops
 * are bounded in count and time. Every probe must succeed and every attack must be refused (413:
 * the body is over the body limit and refused from its `content-length` before it is read,
 * `security/body-limits.ts`); the probes' p99 (baseline and under attack) is printed.
 *
 * The bound asserted here is {@link AVAILABLE_P99_MS}, 2 s: before the fix one such request kept
 * the server busy 13–31 s (the red team's figures), so a server that still walked the ids would
 * fail it by far. A server refusing from the headers answers the probes in 0.02–0.15 s p99 at load
 * average 3–5 (2 attackers here, 4 in the bench); 2 s leaves room for a CI runner at load 20,
 * where the idle probes alone reached 0.25 s. That the body is refused before it is read is shown
 * exactly by `body-limits.test.ts`. The issue's own target, 100 ms p99, is a bench figure
 * (`pnpm --filter @immd/bench bench:nodes-attack`, recorded in docs/security.md), and is asserted
 * here too when `IMMD_AVAILABILITY_P99_MS=100` is set.
 */
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const ATTACKERS = 2
const ATTACKS_PER_ATTACKER = 15
const PROBES = 60
const TIME_BUDGET_MS = 20_000
/** The bound that holds on a loaded CI runner and fails a server that walks the ids (see above). */
const AVAILABLE_P99_MS = 2_000

/** Runs in a worker thread, so that building and sending 3.7 MiB bodies does not load the server's thread. */
const ATTACKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { url, token, body, attackers, attacks, deadline } = workerData
const statuses = []
async function attacker() {
  for (let i = 0; i < attacks && Date.now() < deadline; i += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
      body,
    })
    statuses.push(response.status)
    await response.arrayBuffer()
  }
}
Promise.all(Array.from({ length: attackers }, attacker)).then(() => parentPort.postMessage(statuses))
`

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

/** Alternates `GET /healthz` and a small query `count` times; returns their latencies. */
async function probe(base: string, token: string, count: number, deadline: number) {
  const health: number[] = []
  const small: number[] = []
  const smallQuery = JSON.stringify({ query: '{ viewer { authenticated } }' })
  for (let i = 0; i < count && Date.now() < deadline; i += 1) {
    let started = performance.now()
    const ok = await fetch(`${base}/healthz`)
    await ok.text()
    health.push(performance.now() - started)
    expect(ok.status).toBe(200)
    started = performance.now()
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: smallQuery,
    })
    await answer.text()
    small.push(performance.now() - started)
    expect(answer.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { health: percentile(health, 99), small: percentile(small, 99), probes: health.length }
}

describe.each(TEST_ENGINES)('availability under the nodes attack (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let server: Server
  let base: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    server = createServer(createApi({ db, security: { rateLimit: { perCredential: 100_000 } } }))
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await db?.close()
  })

  it('answers the health check and a small query while attacked, within 2 s p99 (100 ms when asked)', async () => {
    const ids = Array.from({ length: 58_000 }, () =>
      globalId('Engagement', demo.finishedEngagementId),
    )
    const body = JSON.stringify({
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids },
    })
    expect(body.length).toBeGreaterThan(3_000_000)
    const baseline = await probe(base, demo.leadToken, PROBES / 2, Date.now() + TIME_BUDGET_MS)
    const deadline = Date.now() + TIME_BUDGET_MS
    const worker = new Worker(ATTACKER, {
      eval: true,
      workerData: {
        url: `${base}/graphql`,
        token: demo.viewerToken,
        body,
        attackers: ATTACKERS,
        attacks: ATTACKS_PER_ATTACKER,
        deadline,
      },
    })
    const attacked = once(worker, 'message') as Promise<[number[]]>
    const attackedP99 = await probe(base, demo.leadToken, PROBES, deadline)
    const [statuses] = await attacked
    await worker.terminate()
    // Every attack was refused from its declared length (413), none reset a connection.
    expect(statuses.length).toBe(ATTACKERS * ATTACKS_PER_ATTACKER)
    if (ATTACKERS > 0) expect(new Set(statuses)).toEqual(new Set([413]))
    console.info(`nodes attack (${engine}): probe p99 ms`, { baseline, attacked: attackedP99 })
    expect(attackedP99.probes).toBe(PROBES)
    expect(attackedP99.health).toBeLessThan(AVAILABLE_P99_MS)
    expect(attackedP99.small).toBeLessThan(AVAILABLE_P99_MS)
    const target = Number(process.env.IMMD_AVAILABILITY_P99_MS ?? Number.NaN)
    if (Number.isFinite(target)) {
      expect(attackedP99.health).toBeLessThan(target)
      expect(attackedP99.small).toBeLessThan(target)
    }
  })
})
