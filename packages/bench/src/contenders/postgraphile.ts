/**
 * PostGraphile 5 (Amber preset) on the bench database: what a user might pick instead of writing
 * an API. It sees the tables as they are (no auth rules: it serves everything in the database).
 *
 * @packageDocumentation
 */
import './node22-polyfill.js'
import { createServer } from 'node:http'
import pg from 'pg'
import { postgraphile } from 'postgraphile'
import { makePgService } from 'postgraphile/adaptors/pg'
import { grafserv } from 'postgraphile/grafserv/node'
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber'
import { countPgStatements, readConfig, serveContender } from './harness.js'

const config = readConfig()
const counter = countPgStatements()
const pool = new pg.Pool({ connectionString: config.url, max: 10 })
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
})
const serv = pgl.createServ(grafserv)
const probe = createServer()
serv.addTo(probe).then(() => {
  const handler = probe.listeners('request')[0] as Parameters<typeof serveContender>[0]
  serveContender(handler, counter)
})
