/**
 * Measures one read operation on every contender: check that all answer the same data, count SQL
 * statements per request, then interleaved saturation rounds (throughput, peak memory) and one
 * fixed-rate run per contender at half the slowest contender's throughput (latency).
 *
 * @packageDocumentation
 */
import { isDeepStrictEqual } from 'node:util'
import type { Contender, ContenderName } from './contenders/launch.js'
import type { BenchData } from './data/bench-data.js'
import { type LoadResult, round, runLoad, sendOnce } from './load.js'
import type { ReadOperation } from './operations/read-operations.js'
import { readProcessCpuMs } from './process-cpu.js'
import type { BenchProfile } from './profile.js'

/** One contender's figures for one operation. */
export interface ContenderFigures {
  throughput: number
  p50: number
  p99: number
  fixedRate: number
  fixedRateAchieved: number
  statementsPerRequest: number
  peakRssMiB: number | null
  /** Server CPU (user + system) per request in the best saturation round, ms; null off Linux. */
  cpuMsPerRequest?: number | null
  responseBytes: number
}

/** One operation's figures on every contender. */
export interface OperationFigures {
  id: string
  title: string
  engine: string
  unit: string
  contenders: Partial<Record<ContenderName, ContenderFigures>>
}

/** Fails when any contender's answer differs from the first one's (normalised). */
export async function verifySameData(
  operation: ReadOperation,
  contenders: Contender[],
  data: BenchData,
): Promise<Map<ContenderName, number>> {
  const sizes = new Map<ContenderName, number>()
  let reference: { name: ContenderName; value: unknown } | null = null
  for (const contender of contenders) {
    const request = operation.request(contender, data)
    const response = await sendOnce(request)
    sizes.set(contender.name, Buffer.byteLength(JSON.stringify(response)))
    const value = operation.canonical(contender.name, response)
    if (!reference) reference = { name: contender.name, value }
    else if (!isDeepStrictEqual(reference.value, value)) {
      throw new Error(
        `${operation.id}: ${contender.name} answers different data than ${reference.name}`,
      )
    }
  }
  return sizes
}

async function statementsPerRequest(
  operation: ReadOperation,
  contender: Contender,
  data: BenchData,
  samples: number,
): Promise<number> {
  const request = operation.request(contender, data)
  await sendOnce(request)
  const before = await contender.statements()
  for (let i = 0; i < samples; i += 1) await sendOnce(request)
  return round(((await contender.statements()) - before) / samples)
}

function assertClean(result: LoadResult, what: string): void {
  if (result.failures > 0) throw new Error(`${what}: ${result.failures} failed requests`)
}

/** Runs the whole measurement of one operation. */
export async function measureRead(
  operation: ReadOperation,
  contenders: Contender[],
  data: BenchData,
  profile: BenchProfile,
  log: (line: string) => void,
): Promise<OperationFigures> {
  const sizes = await verifySameData(operation, contenders, data)
  log(
    `bench: ${operation.id} (${data.engine}): ${contenders.length} contenders answer the same data`,
  )
  const best = new Map<ContenderName, LoadResult>()
  const peaks = new Map<ContenderName, number | null>()
  const statements = new Map<ContenderName, number>()
  const cpu = new Map<ContenderName, number | null>()
  for (const contender of contenders) {
    statements.set(
      contender.name,
      await statementsPerRequest(operation, contender, data, profile.statementSamples),
    )
  }
  for (let round_ = 0; round_ < profile.rounds; round_ += 1) {
    // Rotate the order each round so no contender always runs on a warmer or busier machine.
    const order = contenders.map(
      (_, i) => contenders[(i + round_) % contenders.length] as Contender,
    )
    for (const contender of order) {
      await contender.resetPeak()
      const cpuBefore = await readProcessCpuMs(contender.pid)
      const result = await runLoad(operation.request(contender, data), {
        connections: profile.connections,
        seconds: profile.saturateSeconds,
      })
      const cpuAfter = await readProcessCpuMs(contender.pid)
      assertClean(result, `${operation.id} ${contender.name}`)
      const peak = await contender.peakRssMiB()
      peaks.set(contender.name, Math.max(peaks.get(contender.name) ?? 0, peak ?? 0) || null)
      const previous = best.get(contender.name)
      if (!previous || result.throughput > previous.throughput) {
        best.set(contender.name, result)
        cpu.set(
          contender.name,
          cpuBefore === null || cpuAfter === null || result.requests === 0
            ? null
            : round((cpuAfter - cpuBefore) / result.requests),
        )
      }
      log(`bench:   ${contender.name}: ${result.throughput} req/s (p50 ${result.p50} ms)`)
    }
  }
  const slowest = Math.min(...[...best.values()].map((r) => r.throughput))
  const rate = Math.max(1, Math.floor(slowest / 2))
  const figures: OperationFigures = {
    id: operation.id,
    title: operation.title,
    engine: data.engine,
    unit: 'req/s',
    contenders: {},
  }
  for (const contender of contenders) {
    const fixed = await runLoad(operation.request(contender, data), {
      connections: Math.min(profile.connections, rate),
      seconds: profile.fixedRateSeconds,
      rate,
    })
    assertClean(fixed, `${operation.id} ${contender.name} at ${rate}/s`)
    const saturated = best.get(contender.name) as LoadResult
    figures.contenders[contender.name] = {
      throughput: saturated.throughput,
      p50: fixed.p50,
      p99: fixed.p99,
      fixedRate: rate,
      fixedRateAchieved: fixed.throughput,
      statementsPerRequest: statements.get(contender.name) ?? 0,
      peakRssMiB: peaks.get(contender.name) ?? null,
      cpuMsPerRequest: cpu.get(contender.name) ?? null,
      responseBytes: sizes.get(contender.name) ?? 0,
    }
  }
  return figures
}
