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
const yoga = createApi({ db, graphiql: false })
serveContender(yoga, counter)
