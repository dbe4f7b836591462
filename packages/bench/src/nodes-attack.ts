/**
 * `pnpm --filter @immd/bench bench:nodes-attack [--engines sqlite,postgresql]` (issue #23, item 1):
 * the red team's `nodes` attack against the production server, on each engine. The server is our
 * contender process (`createApi` in production mode, as `src/server.ts` mounts it, on the demo
 * data); attackers in a worker thread send `nodes(ids)` with 58,000 ids (3.7 MiB of variables, a
 * viewer's token) as fast as the server answers, while a probe measures `GET /healthz` and a small
 * query (`viewer`), first on the idle server, then for the whole attack. The target: both probes
 * under 100 ms p99 while attacked. The same attack is then sent with a lead's read-write token: a
 * lead may send large bodies (imports), so those are read, one at a time, and refused by the list
 * limit; that phase is reported beside the red team's, and the exit code follows the red team's.
 * Writes `results/nodes-attack.json` and prints a table.
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
let closed = 0
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
      // The server answered before reading the body and closed the connection while it was sent.
      closed += 1
    }
  }
}
Promise.all(Array.from({ length: attackers }, attacker)).then(() => parentPort.postMessage({ statuses, closed, durations }))
`

/** p50 and p99 of a probe, in ms, with how many were sent and how many failed. */
interface ProbeFigures {
  count: number
  failures: number
  p50: number
  p99: number
  max: number
}

/** Who sends the attack: the red team's viewer, or a lead (who may send large bodies). */
type Attacker = 'viewer' | 'lead'

/** One attack and what the probes saw meanwhile. */
interface AttackFigures {
  attacker: Attacker
  probes: { health: ProbeFigures; viewer: ProbeFigures }
  requests: number
  statuses: Record<string, number>
  /** Connections the server closed while the attacker was still sending a body it did not read. */
  closed: number
  /** Time to the refusal, as the attacker sees it. */
  latency: { p50: number; p99: number }
  bodyMiB: number
  seconds: number
  /** Both probes under the target p99, none failed. */
  passed: boolean
}

/** One engine's figures. */
interface EngineFigures {
  engine: Engine
  baseline: { health: ProbeFigures; viewer: ProbeFigures }
  attacks: AttackFigures[]
  serverPeakRssMiB: number | null
  /** The red team's attack (a viewer's token) met the target. */
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
  const token = async (email: string, scope: 'read' | 'read-write' = 'read') => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
    const secret = `immd_${randomBytes(24).toString('base64url')}`
    await db.prisma.apiToken.create({
      data: {
        userId: user.id,
        organizationId: demo.organizationId,
        name: 'bench',
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, 9),
        scope,
      },
    })
    return secret
  }
  const engagementId = demo.finishedEngagementId ?? demo.activeEngagementId
  if (!engagementId) throw new Error('the demo has no engagement')
  return {
    db,
    engagementId,
    attackerTokens: {
      viewer: await token('viewer@example.org'),
      lead: await token('lead@example.org', 'read-write'),
    } satisfies Record<Attacker, string>,
    probeToken: await token('lead@example.org'),
  }
}

/** Sends the attack with `token` while probing; resolves when every attacker is done. */
async function attackWhileProbing(
  base: string,
  attacker: Attacker,
  token: string,
  probeToken: string,
  body: string,
): Promise<AttackFigures> {
  const started = performance.now()
  const worker = new Worker(ATTACKER, {
    eval: true,
    workerData: {
      url: `${base}/graphql`,
      token,
      body,
      attackers: ATTACKERS,
      attacks: ATTACKS_PER_ATTACKER,
    },
  })
  let finished = false
  type Report = { statuses: Record<string, number>; closed: number; durations: number[] }
  const attack = (once(worker, 'message') as Promise<[Report]>).finally(() => {
    finished = true
  })
  const probes = await probe(base, probeToken, { done: () => finished })
  const [{ statuses, closed, durations }] = await attack
  const latency = summarize(durations, 0)
  const seconds = (performance.now() - started) / 1000
  await worker.terminate()
  return {
    attacker,
    probes,
    requests: Object.values(statuses).reduce((sum, n) => sum + n, 0) + closed,
    statuses,
    closed,
    latency: { p50: latency.p50, p99: latency.p99 },
    bodyMiB: Math.round((body.length / 1024 / 1024) * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    passed:
      probes.health.p99 < TARGET_P99_MS &&
      probes.viewer.p99 < TARGET_P99_MS &&
      probes.health.failures + probes.viewer.failures === 0,
  }
}

async function measureEngine(engine: Engine, log: (line: string) => void): Promise<EngineFigures> {
  const { db, engagementId, attackerTokens, probeToken } = await prepare(engine)
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
    const attacks: AttackFigures[] = []
    for (const attacker of ['viewer', 'lead'] as const) {
      log(
        `bench: [${engine}] ${attacker}'s attack: ${ATTACKERS} × ${ATTACKS_PER_ATTACKER} requests`,
      )
      const token = attackerTokens[attacker]
      attacks.push(await attackWhileProbing(server.base, attacker, token, probeToken, body))
    }
    return {
      engine,
      baseline,
      attacks,
      serverPeakRssMiB: await server.peakRssMiB(),
      passed: attacks.find((a) => a.attacker === 'viewer')?.passed ?? false,
    }
  } finally {
    await server?.stop()
    await db.close()
  }
}

function renderTable(figures: EngineFigures[]): string {
  const row = (engine: Engine, phase: string, probes: AttackFigures['probes'], attack: string) => {
    const { health, viewer } = probes
    return `| ${engine} | ${phase} | ${health.p50} | ${health.p99} | ${viewer.p50} | ${viewer.p99} | ${health.failures + viewer.failures} | ${attack} |`
  }
  return [
    '| engine | phase | /healthz p50 ms | /healthz p99 ms | viewer p50 ms | viewer p99 ms | failed probes | attack requests (status: count) |',
    '| --- | --- | --: | --: | --: | --: | --: | --- |',
    ...figures.flatMap((f) => [
      row(f.engine, 'baseline', f.baseline, '—'),
      ...f.attacks.map((a) =>
        row(
          f.engine,
          `attacked by a ${a.attacker}`,
          a.probes,
          `${a.requests} in ${a.seconds} s, ${JSON.stringify(a.statuses)}, ${a.closed} closed unread; answered in ${a.latency.p50} ms p50`,
        ),
      ),
    ]),
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
