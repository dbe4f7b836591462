// The set-based team import (team-bulk-upsert.ts): counts, chunking, statement counts, typed
// errors, and values stored exactly as the generated client stores them.
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import { describe, expect, it } from 'vitest'
import type { DbClient } from '../../src/client.js'
import { ForeignKeyError, UniqueConstraintError } from '../../src/errors.js'
import { countStatements } from '../../src/statements.js'
import { TEAMS_PER_STATEMENT } from '../../src/team-bulk-upsert.js'
import { createTeam, importTeams, upsertTeams } from '../../src/team-repository.js'
import { createOrgWithUser, teamRecord } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

const TEAM_INSERT = /^INSERT INTO "Team"/

function manyRecords(count: number, prefix: string): InventoryRecord[] {
  return Array.from({ length: count }, (_, index) =>
    teamRecord(`${prefix}-${String(index).padStart(5, '0')}`, {
      'official-team-name': `Team ${index}`,
      imc_id: `imc-${Math.floor(index / 3)}`,
    }),
  )
}

/** Records covering nullable columns, nested JSON, unicode, numbers and dropped `undefined`s. */
function variedRecords(): InventoryRecord[] {
  return [
    teamRecord('RT-MINIMAL', { imc_id: undefined, model: undefined }),
    teamRecord('RT-FULL', {
      'official-team-name': 'Équipe de réponse « ÆØÅ » 東京',
      model: 'coordinating',
      'country-code': ['FR', 'JP'],
      staff: [{ name: 'Zoë', role: 'lead', fte: 0.25 }],
      note: null,
      unset: undefined,
      '2': 'integer-like key',
    } as Partial<InventoryRecord>),
    teamRecord('RT-QUOTE\'"\\', { email: 'a@b.example', established: 1999 } as never),
  ]
}

/** Stored column text, as the database holds it (no client-side parsing). */
async function storedText(prisma: DbClient, organizationId: string) {
  const sql =
    getTestEngine() === 'sqlite'
      ? `SELECT "shortName", typeof("record") || ':' || CAST("record" AS TEXT) AS "record",
           "officialName", "imcId", "model", CAST("importedAt" AS TEXT) AS "importedAt",
           CAST("createdAt" AS TEXT) AS "createdAt", CAST("updatedAt" AS TEXT) AS "updatedAt"
         FROM "Team" WHERE "organizationId" = ? ORDER BY "shortName"`
      : // timestamp(3) holds values, not text: its text form varies with the value (no
        // trailing zeros), so only the type is compared; the instants are checked by the caller.
        `SELECT "shortName", "record"::text AS "record", "officialName", "imcId", "model",
           pg_typeof("importedAt")::text AS "importedAt", pg_typeof("createdAt")::text AS "createdAt",
           pg_typeof("updatedAt")::text AS "updatedAt"
         FROM "Team" WHERE "organizationId" = $1 ORDER BY "shortName"`
  const rows = await prisma.$queryRawUnsafe<Record<string, string | null>[]>(sql, organizationId)
  // Timestamps differ in value between two writes; their stored format must not.
  const shape = (text: string | null | undefined) => text?.replace(/\d/g, '9') ?? null
  return rows.map((row) => ({
    ...row,
    importedAt: shape(row.importedAt),
    createdAt: shape(row.createdAt),
    updatedAt: shape(row.updatedAt),
  }))
}

describe(`set-based team import on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('creates and updates in one call, returning the stored rows in input order', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const organizationId = organization.id
    const first = await importTeams(prisma, {
      organizationId,
      records: [teamRecord('KEEP'), teamRecord('CHANGE')],
      actor,
    })
    const [keep, change] = first.teams
    const second = await importTeams(prisma, {
      organizationId,
      records: [
        teamRecord('NEW-1'),
        teamRecord('CHANGE', { 'official-team-name': 'Changed', imc_id: 'other-imc' }),
        teamRecord('KEEP'),
        teamRecord('NEW-2', { model: undefined }),
      ],
      actor,
    })
    expect([second.created, second.updated]).toEqual([2, 2])
    expect(second.teams.map((team) => team.shortName)).toEqual(['NEW-1', 'CHANGE', 'KEEP', 'NEW-2'])
    const stored = await prisma.team.findMany({ where: { organizationId } })
    expect(second.teams).toEqual(
      second.teams.map((team) => stored.find((row) => row.id === team.id)),
    )
    const changed = second.teams[1]
    expect(changed).toMatchObject({
      id: change?.id,
      createdAt: change?.createdAt,
      officialName: 'Changed',
      imcId: 'other-imc',
    })
    expect(changed?.updatedAt.getTime()).toBeGreaterThanOrEqual(change?.updatedAt.getTime() ?? 0)
    expect(second.teams[2]).toMatchObject({ id: keep?.id, createdAt: keep?.createdAt })
    expect(second.teams[3]).toMatchObject({
      model: null,
      record: { 'short-team-name': 'NEW-2', imc_id: 'test-imc' },
    })
    const audit = await prisma.auditEvent.findMany({
      where: { organizationId, operation: 'team.import' },
    })
    expect(audit.map((event) => [event.actorId, event.targetType, event.targetId])).toEqual([
      [actor.id, 'Organization', organizationId],
      [actor.id, 'Organization', organizationId],
    ])
    // The same event the row-by-row import recorded: names in input order and the two counts.
    expect(audit.map((event) => event.after)).toContainEqual({
      teams: ['NEW-1', 'CHANGE', 'KEEP', 'NEW-2'],
      created: 2,
      updated: 2,
    })
  })

  it('sends one upsert per 1,000 records, not one per record', async () => {
    const { organization, actor } = await createOrgWithUser(db().prisma)
    const records = manyRecords(1000, 'COUNT')
    const measured = await countStatements(db(), () =>
      importTeams(db().prisma, { organizationId: organization.id, records, actor }),
    )
    expect(measured.result.created).toBe(1000)
    // BEGIN, the upsert, the audit event, COMMIT.
    expect(measured.count).toBe(4)
    expect(measured.statements.filter((sql) => TEAM_INSERT.test(sql))).toHaveLength(1)
  })

  it('splits imports beyond the parameter limits into chunks, still all or nothing', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const organizationId = organization.id
    const records = manyRecords(TEAMS_PER_STATEMENT + 500, 'CHUNK')
    // Known teams in both chunks.
    const known = [records[10], records[TEAMS_PER_STATEMENT + 10]].filter((record) => !!record)
    await importTeams(prisma, { organizationId, records: known, actor })
    const measured = await countStatements(db(), () =>
      importTeams(prisma, { organizationId, records, actor }),
    )
    expect([measured.result.created, measured.result.updated]).toEqual([records.length - 2, 2])
    expect(measured.statements.filter((sql) => TEAM_INSERT.test(sql))).toHaveLength(2)
    expect(measured.result.teams.map((team) => team.shortName)).toEqual(
      records.map((record) => record['short-team-name']),
    )
    expect(await prisma.team.count({ where: { organizationId } })).toBe(records.length)

    // A failure in the second chunk rolls back the first.
    const other = await createOrgWithUser(prisma)
    const broken = manyRecords(TEAMS_PER_STATEMENT + 1, 'BROKEN')
    broken[TEAMS_PER_STATEMENT] = { ...teamRecord('X'), 'short-team-name': null } as never
    await expect(
      importTeams(prisma, { organizationId: other.organization.id, records: broken, actor }),
    ).rejects.toThrow()
    expect(await prisma.team.count({ where: { organizationId: other.organization.id } })).toBe(0)
  })

  it('refuses a short name given twice with a typed error, before writing anything', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const organizationId = organization.id
    const records = [teamRecord('TWICE'), teamRecord('ONCE'), teamRecord('TWICE')]
    const statements: string[] = []
    const stopListening = db().addStatementListener((sql) => statements.push(sql))
    try {
      const direct = importTeams(prisma, { organizationId, records, actor })
      await expect(direct).rejects.toBeInstanceOf(UniqueConstraintError)
      await direct.catch((error: UniqueConstraintError) => {
        expect(error).toMatchObject({ model: 'Team', fields: ['organizationId', 'shortName'] })
      })
      expect(statements).toEqual([])
      // Composed into a caller's transaction, it fails the same way and the caller rolls back.
      const composed = prisma.$transaction((tx) =>
        upsertTeams(tx, { organizationId, records, actor }),
      )
      await expect(composed).rejects.toBeInstanceOf(UniqueConstraintError)
      expect(statements.filter((sql) => TEAM_INSERT.test(sql))).toEqual([])
    } finally {
      stopListening()
    }
    expect(await prisma.team.count({ where: { organizationId } })).toBe(0)
    expect(await prisma.auditEvent.count({ where: { organizationId } })).toBe(0)
  })

  it('stores records exactly as the generated client does', async () => {
    const { prisma } = db()
    const viaPrisma = await createOrgWithUser(prisma)
    for (const record of variedRecords()) {
      await createTeam(prisma, { organizationId: viaPrisma.organization.id, record })
    }
    const viaImport = await createOrgWithUser(prisma)
    const started = Date.now()
    const imported = await importTeams(prisma, {
      organizationId: viaImport.organization.id,
      records: variedRecords(),
      actor: viaImport.actor,
    })
    const expected = await storedText(prisma, viaPrisma.organization.id)
    expect(await storedText(prisma, viaImport.organization.id)).toEqual(expected)
    expect(expected[0]).toMatchObject({ shortName: 'RT-FULL', model: 'coordinating' })
    expect(expected[1]).toMatchObject({ shortName: 'RT-MINIMAL', imcId: null, model: null })
    // And the rows read back (RETURNING) equal what the generated client reads.
    const readBack = await prisma.team.findMany({
      where: { organizationId: viaImport.organization.id },
    })
    for (const team of imported.teams) {
      expect(team).toEqual(readBack.find((row) => row.id === team.id))
      // Stored as UTC instants of this import (a time-zone slip would be hours off).
      for (const at of [team.importedAt, team.createdAt, team.updatedAt]) {
        expect(at.getTime()).toBeGreaterThanOrEqual(started)
        expect(at.getTime()).toBeLessThanOrEqual(Date.now())
      }
    }
  })

  it('turns a missing organization into the typed foreign-key error', async () => {
    const { prisma } = db()
    const { actor } = await createOrgWithUser(prisma)
    const attempt = importTeams(prisma, {
      organizationId: 'missing',
      records: [teamRecord('ORPHAN')],
      actor,
    })
    await expect(attempt).rejects.toBeInstanceOf(ForeignKeyError)
    await attempt.catch((error: ForeignKeyError) => {
      expect(error.model).toBe('Team')
      // PostgreSQL names the constraint; SQLite only says a foreign key failed.
      expect(error.field).toBe(getTestEngine() === 'postgresql' ? 'organizationId' : null)
    })
  })

  it('records an audit event for an empty import and writes no team', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const measured = await countStatements(db(), () =>
      importTeams(prisma, { organizationId: organization.id, records: [], actor }),
    )
    expect(measured.result).toEqual({ teams: [], created: 0, updated: 0 })
    expect(measured.statements.filter((sql) => TEAM_INSERT.test(sql))).toHaveLength(0)
  })
})
