/**
 * SQLite reads off the event loop: a driver adapter whose plain `SELECT`s run in a small pool of
 * worker threads, each with its own read-only connection to the same WAL database file.
 *
 * better-sqlite3 is synchronous, so on the main thread one long read (a count over a large table,
 * a detail page's 30 statements) holds every other request until it ends. Moved to a worker, a
 * read costs the event loop only the message round trip and the result's copy. Writes, scripts
 * and transactions stay on the one writer connection on the main thread, so SQLite's single
 * writer, our transactional imports and mutations, and read-your-writes inside a transaction (all
 * of its statements run on its connection) are unchanged. WAL lets the readers see every
 * committed write at once and never wait for the writer.
 *
 * @packageDocumentation
 */
import { Worker } from 'node:worker_threads'
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils'

/**
 * Statements a read-only connection may run. A statement that starts with SELECT cannot write in
 * SQLite (a CTE that writes starts with WITH), and the writer's connection-bound state
 * (`last_insert_rowid()`, temporary tables) is used nowhere in our SQL. Everything else — WITH,
 * PRAGMA, DML, DDL — goes to the writer.
 */
export function isWorkerRead(sql: string): boolean {
  return /^\s*select\b/i.test(sql)
}

interface PendingRead {
  resolve(result: SqlResultSet): void
  reject(error: unknown): void
}

/** What a worker answers (see workers/sqlite-read-worker.mjs). */
interface WorkerReply {
  id: number
  result?: SqlResultSet
  error?: { driverError?: ConstructorParameters<typeof DriverAdapterError>[0]; message?: string }
}

/** Thrown for reads pending on a worker that stopped (crashed, or the pool closed). */
export class ReadWorkerStoppedError extends Error {
  override name = 'ReadWorkerStoppedError'
}

/** One worker and the reads it still owes. */
class ReadWorker {
  readonly pending = new Map<number, PendingRead>()
  readonly worker: Worker
  stopped = false

  constructor(path: string, busyTimeoutMs: number) {
    this.worker = new Worker(new URL('../workers/sqlite-read-worker.mjs', import.meta.url), {
      workerData: { path, busyTimeoutMs },
    })
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply))
    this.worker.on('error', (error) => this.stop(error))
    this.worker.on('exit', (code) =>
      this.stop(new ReadWorkerStoppedError(`SQLite read worker exited (code ${code})`)),
    )
    // Referenced only while reads are pending: an idle pool never keeps the process alive, and
    // a pending read always does (a script awaiting it must not exit early). After the listeners:
    // adding a 'message' listener refs the worker's port again.
    this.worker.unref()
  }

  read(id: number, query: SqlQuery): Promise<SqlResultSet> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref()
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, query })
    })
  }

  private settle(reply: WorkerReply): void {
    const read = this.pending.get(reply.id)
    if (!read) return
    this.pending.delete(reply.id)
    if (this.pending.size === 0) this.worker.unref()
    if (reply.result) read.resolve(restoreBuffers(reply.result))
    else if (reply.error?.driverError) read.reject(new DriverAdapterError(reply.error.driverError))
    else read.reject(new Error(reply.error?.message ?? 'SQLite read worker failed'))
  }

  stop(error: unknown): void {
    this.stopped = true
    for (const read of this.pending.values()) read.reject(error)
    this.pending.clear()
  }
}

/**
 * Blobs arrive as Uint8Array (structured clone drops the Buffer subclass); Prisma reads SQLite
 * blobs as the Buffers better-sqlite3 returns, so give them back without copying.
 */
function restoreBuffers(result: SqlResultSet): SqlResultSet {
  const blobColumns = result.columnTypes.flatMap((type, index) =>
    type === ColumnTypeEnum.Bytes ? [index] : [],
  )
  if (blobColumns.length === 0) return result
  for (const row of result.rows) {
    for (const index of blobColumns) {
      const value = row[index]
      if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
        row[index] = Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      }
    }
  }
  return result
}

/** A fixed set of read workers; each read goes to the worker with the fewest pending reads. */
export class SqliteReadPool {
  private readonly workers: ReadWorker[]
  private nextId = 0

  constructor(
    private readonly path: string,
    size: number,
    private readonly busyTimeoutMs: number,
  ) {
    this.workers = Array.from({ length: size }, () => new ReadWorker(path, busyTimeoutMs))
  }

  /** Runs a read-only query on the least busy worker (replacing a worker that stopped). */
  read(query: SqlQuery): Promise<SqlResultSet> {
    let chosen = 0
    for (let index = 0; index < this.workers.length; index += 1) {
      const worker = this.workers[index] as ReadWorker
      if (worker.stopped) this.workers[index] = new ReadWorker(this.path, this.busyTimeoutMs)
      const current = this.workers[index] as ReadWorker
      if (current.pending.size < (this.workers[chosen] as ReadWorker).pending.size) chosen = index
    }
    this.nextId += 1
    // Only the query's data crosses to the worker (structured clone).
    const { sql, args, argTypes } = query
    return (this.workers[chosen] as ReadWorker).read(this.nextId, { sql, args, argTypes })
  }

  /** Stops every worker; reads still pending fail with {@link ReadWorkerStoppedError}. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        worker.stop(new ReadWorkerStoppedError('SQLite read pool closed'))
        await worker.worker.terminate()
      }),
    )
  }
}

/**
 * One holder at a time of the writer connection: an open transaction holds it until it commits or
 * rolls back, a statement outside transactions for as long as it runs.
 */
class WriterGate {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves with the release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const acquired = this.tail.then(() => release)
    this.tail = this.tail.then(() => released)
    return acquired
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }
}

/** A transaction whose commit or rollback also releases the writer gate. */
function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  return new Proxy(transaction, {
    get(object, property) {
      const value = Reflect.get(object, property, object)
      if (property === 'commit' || property === 'rollback') {
        return async () => {
          try {
            await value.call(object)
          } finally {
            release()
          }
        }
      }
      return typeof value === 'function' ? value.bind(object) : value
    },
  })
}

type Transaction = Awaited<ReturnType<SqlDriverAdapter['startTransaction']>>

/**
 * Wraps a writer adapter so plain SELECTs outside transactions run on `pool`. Transactions come
 * from the writer, so their statements (reads included) stay on its connection.
 *
 * On one connection, a statement sent outside a transaction while another caller's transaction is
 * open runs inside it: its write commits or rolls back with that transaction, and only that
 * connection sees it until then. With reads elsewhere, that would hide a committed-looking write
 * from the next read (the webhook dispatchers' claims did exactly this). So writes outside
 * transactions wait for an open transaction to end, as they would on a server database. A Proxy
 * keeps the writer's other members and its private fields (its own transaction mutex).
 */
export function routeReadsToPool(writer: SqlDriverAdapter, pool: SqliteReadPool): SqlDriverAdapter {
  const gate = new WriterGate()
  return new Proxy(writer, {
    get(object, property) {
      const value = Reflect.get(object, property, object)
      switch (property) {
        case 'queryRaw':
          return (query: SqlQuery) =>
            isWorkerRead(query.sql) ? pool.read(query) : gate.run(() => object.queryRaw(query))
        case 'executeRaw':
          return (query: SqlQuery) => gate.run(() => object.executeRaw(query))
        case 'executeScript':
          return (script: string) => gate.run(() => object.executeScript(script))
        case 'startTransaction':
          return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
            const release = await gate.acquire()
            try {
              return releasingOnEnd(await object.startTransaction(...args), release)
            } catch (error) {
              release()
              throw error
            }
          }
        case 'dispose':
          return async () => {
            await pool.close()
            await object.dispose()
          }
        default:
          return typeof value === 'function' ? value.bind(object) : value
      }
    },
  })
}

/**
 * Wraps a SQLite factory so each adapter it connects (after `connect` has set WAL on the writer)
 * gets a pool of `workers` read workers on the file at `path`. The shadow database stays plain.
 */
export function withReadWorkers(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: { path: string; workers: number; busyTimeoutMs: number },
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const writer = await factory.connect()
      const pool = new SqliteReadPool(options.path, options.workers, options.busyTimeoutMs)
      return routeReadsToPool(writer, pool)
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  }
}
