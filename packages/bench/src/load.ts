/**
 * The load generator: autocannon, in this process, against a contender on loopback. Every run is
 * bounded in time; a saturation run measures throughput, a fixed-rate run (autocannon's
 * `overallRate`) measures latency at a rate every contender can sustain.
 *
 * @packageDocumentation
 */
import autocannon from 'autocannon'

/** One HTTP request, as every connection repeats it. */
export interface BenchRequest {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
}

/** What one run measured. */
export interface LoadResult {
  requests: number
  seconds: number
  throughput: number
  p50: number
  p99: number
  /** Non-2xx answers and socket errors: must be 0 for a valid run. */
  failures: number
}

/** Options of {@link runLoad}. */
export interface RunLoadOptions {
  connections: number
  seconds: number
  /** Requests per second across all connections; omitted: as fast as the contender answers. */
  rate?: number
}

/** Runs autocannon and returns throughput and latency percentiles (ms). */
export async function runLoad(request: BenchRequest, options: RunLoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    timeout: 30,
  })
  const requests = result.requests.total
  return {
    requests,
    seconds: options.seconds,
    throughput: round(requests / options.seconds),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

/** Two significant decimals are plenty for noisy numbers. */
export function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** Sends a request once and returns the parsed JSON (verification, statement samples). */
export async function sendOnce(request: BenchRequest): Promise<unknown> {
  const response = await fetch(request.url, {
    method: request.method,
    // Node's fetch asks for gzip unless told otherwise; autocannon asks for nothing.
    headers: { 'accept-encoding': 'identity', ...request.headers },
    body: request.body,
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(`${request.url}: HTTP ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** The p-th percentile (0..100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? 0
}
