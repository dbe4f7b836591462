/**
 * What every contender process shares: it listens on a free loopback port, tells the parent the
 * port over IPC, and answers `GET /__bench/statements` with the number of SQL statements it has
 * sent so far, so the parent can compute statements per request for any contender.
 *
 * @packageDocumentation
 */
import { createServer, type IncomingMessage, type RequestListener } from 'node:http'
import pg from 'pg'

/** The configuration the parent passes in `BENCH_CONTENDER` (JSON). */
export interface ContenderConfig {
  url: string
}

/** Reads the configuration the parent passed. */
export function readConfig(): ContenderConfig {
  const raw = process.env.BENCH_CONTENDER
  if (!raw) throw new Error('BENCH_CONTENDER is not set: contenders are started by the bench')
  return JSON.parse(raw) as ContenderConfig
}

/** A statement counter that a contender increments. */
export interface StatementCounter {
  count: number
}

/**
 * Counts every statement sent through `pg` in this process (the pools of the limit handler and
 * PostGraphile): pg_stat_statements is not loaded on every server, a patched `query` always is.
 */
export function countPgStatements(): StatementCounter {
  const counter = { count: 0 }
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function patched(this: pg.Client, ...args: unknown[]) {
    counter.count += 1
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof original
  return counter
}

/** Reads a request body as text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Listens on 127.0.0.1 (free port), serving the stats route and `handler` for everything else. */
export function serveContender(handler: RequestListener, counter: StatementCounter): void {
  const server = createServer((request, response) => {
    if (request.url === '/__bench/statements') {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ statements: counter.count }))
      return
    }
    handler(request, response)
  })
  server.keepAliveTimeout = 60_000
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    process.send?.({ ready: port })
  })
  // The parent ends us; if it dies first, the IPC channel closes and we follow.
  process.on('disconnect', () => process.exit(0))
}
