/**
 * `pnpm --filter @immd/bench bench:nodes-attack [--engines sqlite,postgresql]` (issue #23, item 1):
 * the red team's `nodes` attack against the production server, on each engine. The server is our
 * contender process (`createApi` in production mode, as `src/server.ts` mounts it, on the demo
 * data); attackers in a worker thread send `nodes(ids)` with 58,000 ids (3.7 MiB of variables, a
 * viewer's token) as fast as the server answers, while a probe measures `GET /healthz` and a small
 * query (`viewer`), first on the idle server, then for the whole attack. The target: both probes
 * under 100 ms p99 while attacked. Writes `results/nodes-attack.json` and prints a table.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { hashToken } from '@immd/api/auth/viewer'
import { createDisposableDatabase, DEFAULT_TEST_POSTGRES_URL } from '@immd/db/disposable-database'
import type { Engine } from '@immd/db/engine'
import { seedDatabase } from '@immd/db/seed'
import { type Contender, launchContender } from './contenders/launch.js'
import { describeMachine } from './machine.js'

/** The issue's bound on the probes' p99 under attack. */
const TARGET_P99_MS = 100
const IDS = 58_000
const ATTACKERS = 4
const ATTACKS_PER_ATTACKER = 40
const BASELINE_PROBES = 200
/** Pause between probes: a client polling, not a second load generator. */
const PROBE_GAP_MS = 5

/** Runs in a worker thread, so that sending 3.7 MiB bodies does not load the probe's thread. */
const ATTACKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { url, token, body, attackers, attacks } = workerData
const statuses = {}
const durations = []
let resets = 0
async function attacker() {
  for (let i = 0; i < attacks; i += 1) {
    const started = performance.now()
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body,
      })
      await response.arrayBuffer()
      statuses[response.status] = (statuses[response.status] ?? 0) + 1
      durations.push(performance.now() - started)
    } catch {
      resets += 1
    }
  }
}
Promise.all(Array.from({ length: attackers }, attacker)).then(() => parentPort.postMessage({ statuses, resets, durations }))
`

/** p50 and p99 of a probe, in ms, with how many were sent and how many failed. */
interface ProbeFigures {
  count: number
  failures: number
  p50: number
  p99: number
  max: number
}

/** One engine's figures. */
interface EngineFigures {
  engine: Engine
  baseline: { health: ProbeFigures; viewer: ProbeFigures }
  attacked: { health: ProbeFigures; viewer: ProbeFigures }
  attack: {
    requests: number
    statuses: Record<string, number>
    resets: number
    /** Time to the refusal, as the attacker sees it. */
    latency: { p50: number; p99: number }
    bodyMiB: number
    seconds: number
  }
  serverPeakRssMiB: number | null
  passed: boolean
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

function summarize(times: number[], failures: number): ProbeFigures {
  const sorted = [...times].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    count: times.length,
    failures,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  }
}

/** Alternates `GET /healthz` and `{ viewer { authenticated } }` until `done()` (or `count` pairs). */
async function probe(base: string, token: string, until: { count?: number; done?: () => boolean }) {
  const health: number[] = []
  const viewer: number[] = []
  const failed = { health: 0, viewer: 0 }
  const body = JSON.stringify({ query: '{ viewer { authenticated } }' })
  const time = async (kind: 'health' | 'viewer', send: () => Promise<Response>) => {
    const started = performance.now()
    const ok = await send().then(
      async (response) => {
        await response.text()
        return response.status === 200
      },
      () => false,
    )
    ;(kind === 'health' ? health : viewer).push(performance.now() - started)
    if (!ok) failed[kind] += 1
  }
  while (until.count === undefined ? !until.done?.() : health.length < until.count) {
    await time('health', () => fetch(`${base}/healthz`))
    await time('viewer', () =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS))
  }
  return { health: summarize(health, failed.health), viewer: summarize(viewer, failed.viewer) }
}

/** Seeds the demo and returns a viewer's API token (the attacker) and the lead's (the probe). */
async function prepare(engine: Engine) {
  const db = await createDisposableDatabase({ engine })
  const { demo } = await seedDatabase(db)
  const token = async (email: string) => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
    const secret = `immd_${randomBytes(24).toString('base64url')}`
    await db.prisma.apiToken.create({
      data: {
        userId: user.id,
        organizationId: demo.organizationId,
        name: 'bench',
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, 9),
        scope: 'read',
      },
    })
    return secret
  }
  const engagementId = demo.finishedEngagementId ?? demo.activeEngagementId
  if (!engagementId) throw new Error('the demo has no engagement')
  return {
    db,
    engagementId,
    attackerToken: await token('viewer@example.org'),
    probeToken: await token('lead@example.org'),
  }
}

async function measureEngine(engine: Engine, log: (line: string) => void): Promise<EngineFigures> {
  const { db, engagementId, attackerToken, probeToken } = await prepare(engine)
  let server: Contender | null = null
  try {
    server = await launchContender('ours', db.url)
    const id = Buffer.from(`Engagement:${engagementId}`).toString('base64')
    const body = JSON.stringify({
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: IDS }, () => id) },
    })
    // Warm up (first requests compile the schema's resolvers and open connections).
    await probe(server.base, probeToken, { count: 20 })
    const baseline = await probe(server.base, probeToken, { count: BASELINE_PROBES })
    await server.resetPeak()
    log(`bench: [${engine}] attack: ${ATTACKERS} × ${ATTACKS_PER_ATTACKER} requests`)
    const started = performance.now()
    const worker = new Worker(ATTACKER, {
      eval: true,
      workerData: {
        url: `${server.base}/graphql`,
        token: attackerToken,
        body,
        attackers: ATTACKERS,
        attacks: ATTACKS_PER_ATTACKER,
      },
    })
    let finished = false
    type Report = { statuses: Record<string, number>; resets: number; durations: number[] }
    const attack = (once(worker, 'message') as Promise<[Report]>).finally(() => {
      finished = true
    })
    const attacked = await probe(server.base, probeToken, { done: () => finished })
    const [{ statuses, resets, durations }] = await attack
    const latency = summarize(durations, 0)
    const seconds = (performance.now() - started) / 1000
    await worker.terminate()
    const requests = Object.values(statuses).reduce((sum, n) => sum + n, 0) + resets
    const passed =
      attacked.health.p99 < TARGET_P99_MS &&
      attacked.viewer.p99 < TARGET_P99_MS &&
      attacked.health.failures + attacked.viewer.failures === 0 &&
      resets === 0
    return {
      engine,
      baseline,
      attacked,
      attack: {
        requests,
        statuses,
        resets,
        latency: { p50: latency.p50, p99: latency.p99 },
        bodyMiB: Math.round((body.length / 1024 / 1024) * 10) / 10,
        seconds: Math.round(seconds * 10) / 10,
      },
      serverPeakRssMiB: await server.peakRssMiB(),
      passed,
    }
  } finally {
    await server?.stop()
    await db.close()
  }
}

function renderTable(figures: EngineFigures[]): string {
  const row = (f: EngineFigures, phase: 'baseline' | 'attacked') => {
    const { health, viewer } = f[phase]
    const attack =
      phase === 'attacked'
        ? `${f.attack.requests} in ${f.attack.seconds} s, ${JSON.stringify(f.attack.statuses)}, ${f.attack.resets} resets; refused in ${f.attack.latency.p50} ms p50`
        : '—'
    return `| ${f.engine} | ${phase} | ${health.p50} | ${health.p99} | ${viewer.p50} | ${viewer.p99} | ${health.failures + viewer.failures} | ${attack} |`
  }
  return [
    '| engine | phase | /healthz p50 ms | /healthz p99 ms | viewer p50 ms | viewer p99 ms | failed probes | attack requests (status: count) |',
    '| --- | --- | --: | --: | --: | --: | --: | --- |',
    ...figures.flatMap((f) => [row(f, 'baseline'), row(f, 'attacked')]),
  ].join('\n')
}

const { values } = parseArgs({
  options: { engines: { type: 'string', default: 'sqlite,postgresql' } },
})
const engines = (values.engines ?? '').split(',').filter(Boolean) as Engine[]
const log = (line: string) => console.log(line)
const machine = await describeMachine(process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL)
const figures: EngineFigures[] = []
for (const engine of engines) figures.push(await measureEngine(engine, log))
const output = join(import.meta.dirname, '..', 'results', 'nodes-attack.json')
await writeFile(
  output,
  `${JSON.stringify({ generated: new Date().toISOString(), machine, targetP99Ms: TARGET_P99_MS, ids: IDS, attackers: ATTACKERS, figures }, null, 2)}\n`,
)
console.log(`\n${renderTable(figures)}\n\nbench: wrote ${output}`)
if (figures.some((f) => !f.passed)) process.exitCode = 1
