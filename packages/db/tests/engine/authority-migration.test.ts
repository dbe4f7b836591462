// The data part of migration `authority_split_and_plan_notes`: stored records with the old single
// `authority` get {analysis, response}, and the new columns are filled, on the test's engine.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getEngineFolder, getPrismaDir } from '../../src/engine.js'
import { toJsonValue } from '../../src/json.js'
import { createOrgWithUser } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

const MIGRATION = '20261204061141_authority_split_and_plan_notes'

/** The migration's data statements (after its `-- Data` comment), one per line. */
async function readDataStatements(): Promise<string[]> {
  const folder = join(getPrismaDir(), getEngineFolder(getTestEngine()), 'migrations', MIGRATION)
  const sql = await readFile(join(folder, 'migration.sql'), 'utf8')
  return sql
    .slice(sql.indexOf('-- Data'))
    .split('\n')
    .filter((line) => line.startsWith('UPDATE'))
}

describe(`authority migration on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('maps a stored single authority to analysis and response, and leaves other records alone', async () => {
    const { prisma } = db()
    const { organization } = await createOrgWithUser(prisma)
    const stored = [
      { shortName: 'OLD-SHARED', record: { 'short-team-name': 'OLD-SHARED', authority: 'shared' } },
      { shortName: 'OLD-NONE', record: { 'short-team-name': 'OLD-NONE', authority: 'none' } },
      {
        shortName: 'NEW',
        record: { 'short-team-name': 'NEW', authority: { analysis: 'full', response: 'shared' } },
      },
      { shortName: 'NO-AUTHORITY', record: { 'short-team-name': 'NO-AUTHORITY' } },
    ]
    for (const team of stored) {
      await prisma.team.create({
        data: {
          organizationId: organization.id,
          shortName: team.shortName,
          record: toJsonValue(team.record),
        },
      })
    }
    const statements = await readDataStatements()
    expect(statements).toHaveLength(2)
    for (const statement of statements) await prisma.$executeRawUnsafe(statement)
    const rows = await prisma.team.findMany({
      where: { organizationId: organization.id },
      orderBy: { shortName: 'asc' },
      select: { shortName: true, record: true, authorityAnalysis: true, authorityResponse: true },
    })
    expect(
      rows.map((row) => [
        row.shortName,
        (row.record as { authority?: unknown }).authority ?? null,
        row.authorityAnalysis,
        row.authorityResponse,
      ]),
    ).toEqual([
      ['NEW', { analysis: 'full', response: 'shared' }, 'full', 'shared'],
      ['NO-AUTHORITY', null, null, null],
      ['OLD-NONE', { analysis: 'none', response: 'none' }, 'none', 'none'],
      ['OLD-SHARED', { analysis: 'shared', response: 'shared' }, 'shared', 'shared'],
    ])
  })
})
