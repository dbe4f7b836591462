import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

/**
 * SQLite runs in the process: a request's statements must leave the event loop free between them,
 * so another request is read and answered in the middle of a long read instead of after it.
 * (PostgreSQL's statements are network round trips, which yield by nature.)
 */
describe.runIf(getTestEngine() === 'sqlite')('SQLite statements and the event loop', () => {
  const db = useTestDatabase()

  it('lets other callbacks run between the statements of one chain', async () => {
    const { prisma } = db()
    await prisma.organization.count()
    let turns = 0
    let running = true
    const tick = () => {
      if (!running) return
      turns += 1
      setImmediate(tick)
    }
    setImmediate(tick)
    const statements = 40
    for (let index = 0; index < statements; index += 1) {
      await prisma.organization.findMany({ take: 1 })
    }
    running = false
    // Without a yield per statement the whole chain is microtasks and `tick` runs at most once.
    expect(turns).toBeGreaterThanOrEqual(statements / 2)
  })
})

/**
 * With read workers (`IMMD_SQLITE_READ_WORKERS`, opt-in), a long read runs on a worker thread:
 * the event loop, and a cheap query on another worker, go on meanwhile.
 */
describe.runIf(getTestEngine() === 'sqlite')('SQLite reads on worker threads (client)', () => {
  const previous = process.env.IMMD_SQLITE_READ_WORKERS
  // Set before the database below is created (hooks run in the order they are registered).
  beforeAll(() => {
    process.env.IMMD_SQLITE_READ_WORKERS = '3'
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.IMMD_SQLITE_READ_WORKERS
    else process.env.IMMD_SQLITE_READ_WORKERS = previous
  })
  const db = useTestDatabase()

  it('answers a cheap query while a long read holds one worker', async () => {
    const { prisma } = db()
    await prisma.organization.count()
    let longDone = false
    const long = prisma.$queryRawUnsafe(
      'SELECT count(*) AS n FROM (WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 4000000) SELECT x FROM s)',
    )
    void long.then(() => {
      longDone = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const started = performance.now()
    await prisma.organization.findMany({ take: 1 })
    const cheap = performance.now() - started
    expect(longDone).toBe(false)
    // Generous for a shared, loaded two-core machine; the long read takes about a second.
    expect(cheap).toBeLessThan(250)
    await long
  })
})
