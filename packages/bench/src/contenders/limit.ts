/**
 * The physical limit: a minimal HTTP handler (node:http, one pg pool) that runs the hand-written
 * statement of `limit-sql.ts` and writes the JSON PostgreSQL built, untouched. Routes:
 * `GET /portfolio`, `GET /export`, `GET /detail?id=<database id>`; `Authorization: Bearer` as ours.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import pg from 'pg'
import { countPgStatements, readConfig, serveContender } from './harness.js'
import { DETAIL_SQL, EXPORT_SQL, PORTFOLIO_SQL } from './limit-sql.js'

const config = readConfig()
const counter = countPgStatements()
const pool = new pg.Pool({ connectionString: config.url, max: 10 })

function statementFor(url: URL, tokenHash: string): { text: string; values: unknown[] } | null {
  if (url.pathname === '/portfolio') return { text: PORTFOLIO_SQL, values: [tokenHash, 100] }
  if (url.pathname === '/export') return { text: EXPORT_SQL, values: [tokenHash] }
  if (url.pathname === '/detail') {
    return { text: DETAIL_SQL, values: [tokenHash, url.searchParams.get('id')] }
  }
  return null
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://limit')
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? ''
  const statement = statementFor(url, createHash('sha256').update(token).digest('hex'))
  if (!statement) {
    response.writeHead(404).end()
    return
  }
  // A named statement: parsed and planned once per connection, like a tuned hand-written handler.
  const result = await pool.query({ name: url.pathname, ...statement })
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
  response.end(result.rows[0]?.body ?? 'null')
}

serveContender((request, response) => {
  handle(request, response).catch((error: unknown) => {
    response.writeHead(500, { 'content-type': 'text/plain' })
    response.end(String(error))
  })
}, counter)
