/**
 * Our API as users run it: `createApi({ db })` of `@immd/api` (Yoga + Pothos + Prisma) on a Node
 * HTTP server, exactly as `packages/api/src/server.ts` mounts it, with a statement listener.
 *
 * @packageDocumentation
 */
import { createApi } from '@immd/api/yoga'
import { createDatabase } from '@immd/db/client'
import { readConfig, serveContender } from './harness.js'

const config = readConfig()
const db = createDatabase({ url: config.url })
const counter = { count: 0 }
db.addStatementListener(() => {
  counter.count += 1
})
// Production settings, except the per-credential rate limit (1,200 requests a minute by default):
// the load generator is one token by design. The limiter still counts every request, so its cost
// is measured; only its refusals are out of the way (a 429 would fail the run).
const yoga = createApi({
  db,
  graphiql: false,
  security: { rateLimit: { perCredential: 1_000_000_000 } },
})
serveContender(yoga, counter)
