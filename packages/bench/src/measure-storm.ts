/**
 * The evaluation storm: `stormClients` clients at once each record `stormWritesPerClient` answers
 * for the same driver through `evaluateDriver`, passing back the version they read and retrying
 * on ConflictError with the current version. Zero lost updates means the evaluation's version
 * grew by exactly the number of successful writes.
 *
 * @packageDocumentation
 */
import type { Contender } from './contenders/launch.js'
import type { BenchData } from './data/bench-data.js'
import { percentile, round, sendOnce } from './load.js'

/** What the storm measured. */
export interface StormFigures {
  engine: string
  clients: number
  successes: number
  conflicts: number
  versionBefore: number
  versionAfter: number
  lostUpdates: number
  seconds: number
  writesPerSecond: number
  p50: number
  p99: number
  statementsPerWrite: number
  /**
   * Statements of one request measured alone before the storm: a successful write, and a write
   * refused for a stale version (the storm's retries). Optional: results before 2026-12-04 lack them.
   */
  statementsPerSuccess?: number
  statementsPerConflict?: number
}

const READ = `query ($id: ID!) { engagement(id: $id) { evaluations { edges { node { driverId version } } } } }`
const WRITE = `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) {
  __typename
  ... on EvaluateDriverPayload { evaluation { version } }
  ... on ConflictError { currentVersion }
  ... on Error { message }
} }`
const ANSWERS = ['NO', 'LIKELY_NO', 'EQUALLY_LIKELY', 'LIKELY_YES', 'YES']
/** Attempts per client before the storm gives up (bounds the loop). */
const MAX_ATTEMPTS_PER_WRITE = 200

/** Runs the storm on `contender` (our API) and checks for lost updates. */
export async function measureStorm(
  contender: Contender,
  data: BenchData,
  options: { clients: number; writesPerClient: number; driverId?: string },
): Promise<StormFigures> {
  const driverId = options.driverId ?? 'D1'
  const engagementId = Buffer.from(`Engagement:${data.stormEngagementId}`).toString('base64')
  const call = (query: string, variables: object) =>
    sendOnce({
      url: `${contender.base}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ query, variables }),
    }) as Promise<{ data?: Record<string, any>; errors?: unknown[] }>
  const readVersion = async () => {
    const response = await call(READ, { id: engagementId })
    const edges = response.data?.engagement?.evaluations?.edges as
      | { node: { driverId: string; version: number } }[]
      | undefined
    const node = edges?.find((edge) => edge.node.driverId === driverId)?.node
    if (!node) throw new Error(`storm: no evaluation of ${driverId}: ${JSON.stringify(response)}`)
    return node.version
  }
  // One uncontended write and one stale write, each counted alone: what a write and a retry cost.
  const countOne = async (version: number, answer: string) => {
    const before = await contender.statements()
    const response = await call(WRITE, {
      input: { engagementId, driverId, answer, rationale: 'Storm: counted alone', version },
    })
    return {
      statements: (await contender.statements()) - before,
      typename: response.data?.evaluateDriver?.__typename as string | undefined,
    }
  }
  const alone = await readVersion()
  const success = await countOne(alone, 'YES')
  const conflict = await countOne(alone, 'NO')
  if (success.typename !== 'EvaluateDriverPayload' || conflict.typename !== 'ConflictError') {
    throw new Error(`storm: counting alone answered ${success.typename}, ${conflict.typename}`)
  }
  const versionBefore = await readVersion()
  const latencies: number[] = []
  let conflicts = 0
  const statementsBefore = await contender.statements()
  const started = performance.now()
  const client = async (index: number) => {
    let successes = 0
    let version = await readVersion()
    for (let attempt = 0; successes < options.writesPerClient; attempt += 1) {
      if (attempt >= MAX_ATTEMPTS_PER_WRITE * options.writesPerClient) {
        throw new Error(`storm: client ${index} gave up after ${attempt} attempts`)
      }
      const input = {
        engagementId,
        driverId,
        answer: ANSWERS[(index + attempt) % ANSWERS.length],
        rationale: `Storm client ${index}, write ${successes + 1}`,
        version,
      }
      const t0 = performance.now()
      const response = await call(WRITE, { input })
      latencies.push(performance.now() - t0)
      const result = response.data?.evaluateDriver
      if (result?.__typename === 'EvaluateDriverPayload') {
        successes += 1
        version = result.evaluation.version
      } else if (result?.__typename === 'ConflictError') {
        conflicts += 1
        version = result.currentVersion ?? (await readVersion())
      } else {
        throw new Error(`storm: unexpected answer ${JSON.stringify(response).slice(0, 400)}`)
      }
    }
    return successes
  }
  const counts = await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)))
  const seconds = (performance.now() - started) / 1000
  const statements = (await contender.statements()) - statementsBefore
  const successes = counts.reduce((sum, n) => sum + n, 0)
  const versionAfter = await readVersion()
  return {
    engine: data.engine,
    clients: options.clients,
    successes,
    conflicts,
    versionBefore,
    versionAfter,
    lostUpdates: successes - (versionAfter - versionBefore),
    seconds: round(seconds),
    writesPerSecond: round(successes / seconds),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    statementsPerWrite: round(statements / successes),
    statementsPerSuccess: success.statements,
    statementsPerConflict: conflict.statements,
  }
}
