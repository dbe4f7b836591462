// A read worker of the SQLite read pool (src/sqlite-read-pool.ts). Plain JavaScript, outside src,
// so one file serves the built package and the sources (tsx, Vitest) alike: Node 20 cannot start
// a worker from a .ts file.
//
// The worker opens its own read-only connection and answers `queryRaw` requests with
// @prisma/adapter-better-sqlite3 itself, so argument and result conversion (column types, BigInt,
// dates, blobs) and error mapping are the adapter's own, not a copy.
import { parentPort, workerData } from 'node:worker_threads'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'

const { path, busyTimeoutMs } = workerData
const adapter = await new PrismaBetterSqlite3({
  url: path,
  readonly: true,
  timeout: busyTimeoutMs,
}).connect()

parentPort.on('message', async ({ id, query }) => {
  try {
    parentPort.postMessage({ id, result: await adapter.queryRaw(query) })
  } catch (error) {
    // A DriverAdapterError carries its mapped error (kind, codes) in `cause`; the pool rethrows it.
    const driverError = error?.name === 'DriverAdapterError' ? error.cause : undefined
    parentPort.postMessage({
      id,
      error: driverError
        ? { driverError }
        : { message: String(error?.message ?? error), stack: error?.stack },
    })
  }
})
parentPort.on('close', () => adapter.dispose())
