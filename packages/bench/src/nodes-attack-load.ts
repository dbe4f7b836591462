/**
 * The load of the `nodes` attack bench: attackers in a worker thread sending one body as fast as
 * the server answers, and a probe timing `GET /healthz` and a small query meanwhile.
 *
 * @packageDocumentation
 */
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'

/**
 * Runs in a worker thread, so that sending megabytes does not load the probe's thread. The body is
 * encoded once: a real attacker sends from its own machine, so the bench keeps the attackers' CPU
 * (which shares the server's two cores here) as small as it can.
 */
const ATTACKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { url, token, body, attackers, seconds } = workerData
const deadline = performance.now() + seconds * 1000
const payload = Buffer.from(body)
const statuses = {}
const durations = []
let resets = 0
async function attacker() {
  while (performance.now() < deadline) {
    const started = performance.now()
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: payload,
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
export interface ProbeFigures {
  count: number
  failures: number
  p50: number
  p99: number
  max: number
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

/** Count, failures, p50, p99 and max of a list of durations (ms, one decimal). */
export function summarize(times: number[], failures: number): ProbeFigures {
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

/** Pause between probes: a client polling, not a second load generator. */
const PROBE_GAP_MS = 5

/** Alternates `GET /healthz` and `{ viewer { authenticated } }` until `done()` (or `count` pairs). */
export async function probe(
  base: string,
  token: string,
  until: { count?: number; done?: () => boolean },
) {
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

/** What the attackers saw. */
export interface AttackReport {
  statuses: Record<string, number>
  resets: number
  durations: number[]
}

/**
 * Starts the attackers, each sending one request after the other for `seconds`; `report` settles
 * when the last answer has arrived.
 */
export function startAttack(options: {
  url: string
  token: string
  body: string
  attackers: number
  seconds: number
}): { report: Promise<AttackReport>; stop: () => Promise<number> } {
  const worker = new Worker(ATTACKER, { eval: true, workerData: options })
  const report = (once(worker, 'message') as Promise<[AttackReport]>).then(([message]) => message)
  return { report, stop: () => worker.terminate() }
}
