import { describe, expect, it } from 'vitest'
import { insertRows } from '../../src/bulk-insert.js'
import { countStatements } from '../../src/statements.js'
import { uniqueSlug } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

describe(`createDatabase on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('picks the adapter from the URL', () => {
    expect(db().engine).toBe(getTestEngine())
  })

  it('counts the statements an operation sends', async () => {
    const { prisma } = db()
    const single = await countStatements(db(), () => prisma.organization.findMany({ take: 1 }))
    expect(single.count).toBe(1)
    const transaction = await countStatements(db(), () =>
      prisma.$transaction(async (tx) => {
        await tx.organization.create({ data: { slug: uniqueSlug('count'), name: 'Count' } })
        return tx.organization.count()
      }),
    )
    expect(transaction.statements[0]).toBe('BEGIN')
    expect(transaction.statements.at(-1)).toBe('COMMIT')
    expect(transaction.count).toBe(4)
    // Listeners are removed afterwards.
    const after = await countStatements(db(), async () => 'nothing')
    expect(after.count).toBe(0)
  })

  it('applies the connection settings of the engine', async () => {
    const { prisma, engine, url } = db()
    if (engine === 'sqlite') {
      const [journal] =
        await prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode')
      const [keys] =
        await prisma.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>('PRAGMA foreign_keys')
      const [busy] =
        await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>('PRAGMA busy_timeout')
      expect([journal?.journal_mode, Number(keys?.foreign_keys), Number(busy?.timeout)]).toEqual([
        'wal',
        1,
        5000,
      ])
    } else {
      // Raw SQL sees the same schema as the generated queries.
      const [row] = await prisma.$queryRawUnsafe<{ search_path: string }[]>('SHOW search_path')
      expect(row?.search_path).toContain(new URL(url).searchParams.get('schema'))
    }
  })

  it('stores bulk-inserted rows exactly as the client does', async () => {
    const { prisma, engine } = db()
    const at = new Date('2025-03-03T10:00:00.123Z')
    const viaClient = await prisma.team.create({
      data: {
        organization: { create: { slug: uniqueSlug('bulk'), name: 'Bulk' } },
        shortName: 'VIA-CLIENT',
        record: { list: [1, 'two'], nested: { ok: true } },
        importedAt: at,
        createdAt: at,
      },
    })
    await insertRows(prisma, engine, 'Team', [
      {
        id: 'bulk-team',
        organizationId: viaClient.organizationId,
        shortName: 'VIA-BULK',
        record: viaClient.record,
        importedAt: at,
        createdAt: at,
        updatedAt: viaClient.updatedAt,
      },
    ])
    const read = await prisma.team.findMany({
      where: { organizationId: viaClient.organizationId },
      orderBy: { shortName: 'asc' },
    })
    expect(
      read.map((team) => [team.shortName, team.record, team.importedAt.toISOString()]),
    ).toEqual([
      ['VIA-BULK', viaClient.record, at.toISOString()],
      ['VIA-CLIENT', viaClient.record, at.toISOString()],
    ])
    const mark = engine === 'sqlite' ? '?' : '$1'
    const stored = await prisma.$queryRawUnsafe<{ importedAt: unknown }[]>(
      `SELECT CAST("importedAt" AS TEXT) AS "importedAt" FROM "Team" WHERE "organizationId" = ${mark}`,
      viaClient.organizationId,
    )
    expect(new Set(stored.map((row) => row.importedAt)).size).toBe(1)
  })
})
