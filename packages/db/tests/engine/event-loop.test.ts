import { describe, expect, it } from 'vitest'
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
