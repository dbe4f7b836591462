import { describe, expect, it } from 'vitest'
import { ForeignKeyError, UniqueConstraintError } from '../../src/errors.js'
import { createTeam, importTeams } from '../../src/team-repository.js'
import { createOrgWithUser, teamRecord } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

describe(`teams on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('imports by upsert on (organization, short name), keeping the record verbatim', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const first = await importTeams(prisma, {
      organizationId: organization.id,
      records: [teamRecord('A'), teamRecord('B')],
      actor,
    })
    expect([first.created, first.updated]).toEqual([2, 0])
    const second = await importTeams(prisma, {
      organizationId: organization.id,
      records: [teamRecord('B', { 'official-team-name': 'Team B' }), teamRecord('C')],
      actor,
    })
    expect([second.created, second.updated]).toEqual([1, 1])
    const teams = await prisma.team.findMany({
      where: { organizationId: organization.id },
      orderBy: { shortName: 'asc' },
    })
    expect(teams.map((team) => [team.shortName, team.officialName])).toEqual([
      ['A', null],
      ['B', 'Team B'],
      ['C', null],
    ])
    expect(teams[1]?.record).toMatchObject({
      'short-team-name': 'B',
      'official-team-name': 'Team B',
      imc_id: 'test-imc',
    })
  })

  it('imports all or nothing', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const broken = { ...teamRecord('OK'), 'short-team-name': null } as never
    await expect(
      importTeams(prisma, {
        organizationId: organization.id,
        records: [teamRecord('OK'), broken],
        actor,
      }),
    ).rejects.toThrow()
    await expect(
      importTeams(prisma, {
        organizationId: organization.id,
        records: [teamRecord('DUP'), teamRecord('DUP')],
        actor,
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintError)
    expect(await prisma.team.count({ where: { organizationId: organization.id } })).toBe(0)
  })

  it('turns a duplicate team and a dangling organization into typed errors', async () => {
    const { prisma } = db()
    const { organization } = await createOrgWithUser(prisma)
    await createTeam(prisma, { organizationId: organization.id, record: teamRecord('SAME') })
    const duplicate = createTeam(prisma, {
      organizationId: organization.id,
      record: teamRecord('SAME'),
    })
    await expect(duplicate).rejects.toBeInstanceOf(UniqueConstraintError)
    await duplicate.catch((error: UniqueConstraintError) => {
      expect(error).toMatchObject({
        code: 'UNIQUE_CONSTRAINT',
        model: 'Team',
        fields: ['organizationId', 'shortName'],
      })
    })
    const dangling = createTeam(prisma, { organizationId: 'missing', record: teamRecord('X') })
    await expect(dangling).rejects.toBeInstanceOf(ForeignKeyError)
    await dangling.catch((error: ForeignKeyError) => {
      expect(error.model).toBe('Team')
      // PostgreSQL names the constraint; SQLite only says a foreign key failed.
      expect(error.field).toBe(getTestEngine() === 'postgresql' ? 'organizationId' : null)
    })
  })
})
