/**
 * Statement counting: how many SQL statements an operation sends to the database. API tests and
 * benchmarks use it to prove batching (a list of N engagements must not cost N queries).
 *
 * Counting happens in the driver adapter, below Prisma: every statement is seen, including failed
 * ones and transaction control (`BEGIN` is reported when a transaction starts; `COMMIT` and
 * `ROLLBACK` are statements Prisma sends).
 *
 * @packageDocumentation
 */
/** Receives the SQL text of each statement. */
export type StatementListener = (sql: string) => void

/** The object {@link countStatements} needs: a database with statement listeners. */
export interface StatementSource {
  addStatementListener(listener: StatementListener): () => void
}

/** What {@link countStatements} measured. */
export interface StatementCount<T> {
  result: T
  /** Number of statements sent while `run` was pending. */
  count: number
  /** Their SQL, in order. */
  statements: string[]
}

/**
 * Runs `run` and counts the statements the database received meanwhile. Statements of concurrent
 * work on the same database are counted too, so measure one operation at a time.
 */
export async function countStatements<T>(
  db: StatementSource,
  run: () => Promise<T>,
): Promise<StatementCount<T>> {
  const statements: string[] = []
  const remove = db.addStatementListener((sql) => statements.push(sql))
  try {
    const result = await run()
    return { result, count: statements.length, statements }
  } finally {
    remove()
  }
}

/**
 * Wraps an adapter (and the transactions it starts) so each statement is reported to `emit`.
 * A Proxy keeps every other member, and calls go to the original object, whose private fields
 * (the adapters' mutexes) a copy would lose.
 */
export function wrapAdapterForStatements<T extends object>(target: T, emit: StatementListener): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object)
      if (typeof value !== 'function') return value
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: { sql: string }) => {
          emit(query.sql)
          return value.call(object, query)
        }
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => {
          emit('BEGIN')
          const transaction = await value.apply(object, args)
          return wrapAdapterForStatements(transaction, emit)
        }
      }
      return value.bind(object)
    },
  })
}
