/**
 * `pnpm --filter @immd/bench bench:nodes-attack [--engines sqlite,postgresql] [--seconds 10]` (issue #23, item 1):
 * the red team's `nodes` attack against the production server, on each engine. The server is our
 * contender process (`createApi` in production mode, as `src/server.ts` mounts it, on the demo
 * data); attackers in a worker thread send `nodes(ids)` as fast as the server answers, with a
 * viewer's token, while a probe measures `GET /healthz` and a small query (`viewer`), first on the
 * idle server, then for the whole of each attack. Two attacks:
 * - `red-team`: the red team's request, 58,000 ids (3.7 MiB), over the body limit: refused (413)
 *   from its `content-length` before the body is read;
 * - `under-limit`: as many ids as fit in the body limit (1 MiB): read, decoded and refused (400) by
 *   the `nodes` limit before any id is used, the most an attacker can make the server decode.
 * The target: both probes under 100 ms p99 while attacked. Also the server's CPU time per attack
 * (`/proc`). Writes `results/nodes-attack.json` and prints a table.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { hashToken } from '@immd/api/auth/viewer'
import { DEFAULT_LIMITS } from '@immd/api/security/options'
import { createDisposableDatabase, DEFAULT_TEST_POSTGRES_URL } from '@immd/db/disposable-database'
import type { Engine } from '@immd/db/engine'
import { seedDatabase } from '@immd/db/seed'
import { type Contender, launchContender } from './contenders/launch.js'
import { describeMachine } from './machine.js'
import { type ProbeFigures, probe, startAttack, summarize } from './nodes-attack-load.js'
import { readProcessCpuMs } from './process-cpu.js'

/** The issue's bound on the probes' p99 under attack. */
const TARGET_P99_MS = 100
const RED_TEAM_IDS = 58_000
const ATTACKERS = 4
const BASELINE_PROBES = 200

/** The attacks, by name. */
type AttackName = 'red-team' | 'under-limit'

/** One attack's figures on one engine. */
interface AttackFigures {
  name: AttackName
  ids: number
  bodyMiB: number
  probes: { health: ProbeFigures; viewer: ProbeFigures }
  requests: number
  statuses: Record<string, number>
  resets: number
  /** Time to the refusal, as the attacker sees it. */
  latency: { p50: number; p99: number }
  seconds: number
  /** CPU time of the server process during the attack, in all and per attack request. */
  serverCpuMs: number | null
  serverCpuMsPerAttack: number | null
  passed: boolean
}

/** One engine's figures. */
interface EngineFigures {
  engine: Engine
  baseline: { health: ProbeFigures; viewer: ProbeFigures }
  attacks: AttackFigures[]
  serverPeakRssMiB: number | null
  passed: boolean
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

/** The `nodes` request with `ids` copies of one id. */
function attackBody(id: string, ids: number): string {
  return JSON.stringify({
    query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: { ids: Array.from({ length: ids }, () => id) },
  })
}

/** How many copies of `id` fit in the body limit with the query around them. */
function idsUnderLimit(id: string): number {
  const overhead = attackBody(id, 0).length
  return Math.floor((DEFAULT_LIMITS.maxBodyBytes - overhead) / (id.length + 3))
}

/** Runs one attack while probing; returns its figures. */
async function attack(
  server: Contender,
  name: AttackName,
  body: string,
  ids: number,
  tokens: { attacker: string; probe: string },
  seconds: number,
  log: (line: string) => void,
): Promise<AttackFigures> {
  log(`bench: attack ${name}: ${ATTACKERS} attackers for ${seconds} s, ${ids} ids per request`)
  const cpuBefore = await readProcessCpuMs(server.pid)
  const started = performance.now()
  const run = startAttack({
    url: `${server.base}/graphql`,
    token: tokens.attacker,
    body,
    attackers: ATTACKERS,
    seconds,
  })
  let finished = false
  const report = run.report.finally(() => {
    finished = true
  })
  const probes = await probe(server.base, tokens.probe, { done: () => finished })
  const { statuses, resets, durations } = await report
  const elapsed = (performance.now() - started) / 1000
  const cpuAfter = await readProcessCpuMs(server.pid)
  await run.stop()
  const requests = Object.values(statuses).reduce((sum, n) => sum + n, 0) + resets
  const serverCpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
  const latency = summarize(durations, 0)
  return {
    name,
    ids,
    bodyMiB: Math.round((body.length / 1024 / 1024) * 100) / 100,
    probes,
    requests,
    statuses,
    resets,
    latency: { p50: latency.p50, p99: latency.p99 },
    seconds: Math.round(elapsed * 10) / 10,
    serverCpuMs,
    serverCpuMsPerAttack:
      serverCpuMs === null ? null : Math.round((serverCpuMs / requests) * 10) / 10,
    passed:
      probes.health.p99 < TARGET_P99_MS &&
      probes.viewer.p99 < TARGET_P99_MS &&
      probes.health.failures + probes.viewer.failures === 0 &&
      resets === 0,
  }
}

async function measureEngine(
  engine: Engine,
  seconds: number,
  log: (line: string) => void,
): Promise<EngineFigures> {
  const { db, engagementId, attackerToken, probeToken } = await prepare(engine)
  let server: Contender | null = null
  try {
    server = await launchContender('ours', db.url)
    const id = Buffer.from(`Engagement:${engagementId}`).toString('base64')
    const tokens = { attacker: attackerToken, probe: probeToken }
    // Warm up (first requests compile the schema's resolvers and open connections).
    await probe(server.base, probeToken, { count: 20 })
    const baseline = await probe(server.base, probeToken, { count: BASELINE_PROBES })
    await server.resetPeak()
    const attacks: AttackFigures[] = []
    for (const [name, ids] of [
      ['red-team', RED_TEAM_IDS],
      ['under-limit', idsUnderLimit(id)],
    ] as const) {
      log(`bench: [${engine}]`)
      attacks.push(await attack(server, name, attackBody(id, ids), ids, tokens, seconds, log))
    }
    return {
      engine,
      baseline,
      attacks,
      serverPeakRssMiB: await server.peakRssMiB(),
      // The target is the red team's attack; the other is reported beside it.
      passed: attacks[0]?.passed ?? false,
    }
  } finally {
    await server?.stop()
    await db.close()
  }
}

function renderTable(figures: EngineFigures[]): string {
  const cells = (probes: { health: ProbeFigures; viewer: ProbeFigures }) =>
    `${probes.health.p50} | ${probes.health.p99} | ${probes.viewer.p50} | ${probes.viewer.p99} | ${probes.health.failures + probes.viewer.failures}`
  return [
    '| engine | phase | /healthz p50 ms | /healthz p99 ms | viewer p50 ms | viewer p99 ms | failed probes | attack requests (status: count) | server CPU ms per attack |',
    '| --- | --- | --: | --: | --: | --: | --: | --- | --: |',
    ...figures.flatMap((f) => [
      `| ${f.engine} | idle | ${cells(f.baseline)} | — | — |`,
      ...f.attacks.map(
        (a) =>
          `| ${f.engine} | ${a.name} (${a.ids} ids, ${a.bodyMiB} MiB) | ${cells(a.probes)} | ${a.requests} in ${a.seconds} s, ${JSON.stringify(a.statuses)}, ${a.resets} resets; answered in ${a.latency.p50} ms p50 | ${a.serverCpuMsPerAttack ?? '—'} |`,
      ),
    ]),
  ].join('\n')
}

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'sqlite,postgresql' },
    // Each attack lasts this long: long enough for the probes' p99 to rest on hundreds of samples.
    seconds: { type: 'string', default: '10' },
  },
})
const seconds = Number(values.seconds)
if (!(seconds > 0)) throw new Error(`--seconds must be a positive number, not ${values.seconds}`)
const engines = (values.engines ?? '').split(',').filter(Boolean) as Engine[]
const log = (line: string) => console.log(line)
const machine = await describeMachine(process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL)
const figures: EngineFigures[] = []
for (const engine of engines) figures.push(await measureEngine(engine, seconds, log))
const output = join(import.meta.dirname, '..', 'results', 'nodes-attack.json')
await writeFile(
  output,
  `${JSON.stringify({ generated: new Date().toISOString(), machine, targetP99Ms: TARGET_P99_MS, attackers: ATTACKERS, attackSeconds: seconds, maxBodyBytes: DEFAULT_LIMITS.maxBodyBytes, figures }, null, 2)}\n`,
)
console.log(`\n${renderTable(figures)}\n\nbench: wrote ${output}`)
if (figures.some((f) => !f.passed)) process.exitCode = 1
