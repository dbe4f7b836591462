/**
 * What the API's SQLite client adds to the better-sqlite3 driver adapter.
 *
 * better-sqlite3 runs every statement synchronously on the event loop, and the adapter resolves
 * its promise at once, so the statements of one GraphQL request (32 for the engagement detail) and
 * the work between them form one chain of microtasks: no other request's I/O is read until the
 * chain ends. Each statement therefore first yields to the event loop (`setImmediate`), so other
 * requests run between two statements of a long read. With every statement an index lookup (see
 * `sqlite-relation-counts.ts` and the API's query-plan test), the longest time one request holds
 * the event loop is one statement plus the work of one resolver step, not a whole request. With
 * read workers (`sqlite-read-pool.ts`, opt-in through `IMMD_SQLITE_READ_WORKERS`) reads leave the main thread altogether and only
 * writes and transactions run on it; the yield then keeps one request's writes interleaved with
 * other requests.
 *
 * @packageDocumentation
 */
import { rewriteRelationCounts } from './sqlite-relation-counts.js'

/** What {@link wrapSqliteAdapter} needs of a query. */
interface SqlQuery {
  sql: string
  args: unknown[]
  argTypes: unknown[]
}

/** Resolves on the next turn of the event loop, after pending I/O callbacks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Wraps a SQLite driver adapter (and the transactions it starts): each statement yields to the event
 * loop first, and runs with Prisma's relation-count joins rewritten (`rewriteRelationCounts`).
 */
export function wrapSqliteAdapter<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object)
      if (typeof value !== 'function') return value
      if (property === 'queryRaw' || property === 'executeRaw') {
        return async (query: SqlQuery) => {
          await yieldToEventLoop()
          const rewritten = rewriteRelationCounts(query.sql)
          if (!rewritten) return value.call(object, query)
          const { sql, argumentOrder } = rewritten
          return value.call(object, {
            ...query,
            sql,
            args: argumentOrder.map((index) => query.args[index]),
            argTypes: argumentOrder.map((index) => query.argTypes[index]),
          })
        }
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => wrapSqliteAdapter(await value.apply(object, args))
      }
      return value.bind(object)
    },
  })
}
