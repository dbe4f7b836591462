// PostgreSQL only: the application's statements are prepared once per connection and reused
// (statement-names.ts); `?statement_cache_size=0` turns that off. SQLite has no such protocol.
import { describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../src/client.js'
import { createDisposableDatabase } from '../../src/disposable-database.js'
import { getTestEngine } from '../support/test-database.js'

interface PreparedRow {
  name: string
  statement: string
}

/** This session's prepared statements that read organizations (one connection per pool here). */
async function preparedOrganizationReads(db: Database): Promise<PreparedRow[]> {
  const rows = await db.prisma.$queryRaw<PreparedRow[]>`
    SELECT name, statement FROM pg_prepared_statements ORDER BY name`
  return rows.filter((row) => row.statement.includes('"Organization"'))
}

describe.runIf(getTestEngine() === 'postgresql')('prepared statements on postgresql', () => {
  it('prepares a query shape once per connection and reuses it for new values', async () => {
    const db = await createDisposableDatabase({ engine: 'postgresql', maxConnections: 1 })
    try {
      expect(await db.prisma.organization.findMany({ where: { slug: 'a' } })).toEqual([])
      expect(await db.prisma.organization.findMany({ where: { slug: 'b' } })).toEqual([])
      const prepared = await preparedOrganizationReads(db)
      expect(prepared).toHaveLength(1)
      expect(prepared[0]?.name).toMatch(/^immd_\d+$/)

      const url = new URL(db.url)
      url.searchParams.set('statement_cache_size', '0')
      const unnamed = createDatabase({ url: url.toString(), maxConnections: 1 })
      try {
        await unnamed.prisma.organization.findMany({ where: { slug: 'c' } })
        expect(await preparedOrganizationReads(unnamed)).toEqual([])
      } finally {
        await unnamed.close()
      }
    } finally {
      await db.close()
    }
  })
})
