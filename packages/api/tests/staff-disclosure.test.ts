/**
 * Inventory records name the team's staff and how to reach them. Exports leave those out of
 * `teamSnapshot` unless `includeRestricted` is asked for (and the JSON round trip of a full export
 * keeps them); `Team.record` shows them to the organization's admins and lead assessors only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redactInventoryRecord } from '../src/auth/disclosure.js'
import { TEST_ENGINES } from './support/database.js'
import { executeOk, executeOperation } from './support/execute.js'
import { createApiToken } from './support/fixtures.js'
import { globalId, type MutationSuite, setupMutationSuite } from './support/mutations.js'

const EXPORT = `query ($id: ID!, $includeRestricted: Boolean) {
  engagementExport(id: $id, includeRestricted: $includeRestricted) }`
const IMPORT = `mutation ($organizationId: ID!, $document: JSON!) {
  importEngagement(input: { organizationId: $organizationId, document: $document }) {
    __typename ... on ImportEngagementPayload { engagement { id team { shortName } } }
    ... on Error { message } } }`
const TEAMS = `query ($organizationId: ID!) { teams(organizationId: $organizationId, first: 50) {
  edges { node { shortName record } } } }`

type Snapshot = Record<string, unknown>[]
interface Exported {
  engagement: { teamSnapshot: Snapshot | null }
}

/** Names of people in the demo inventory (ACME-CSIRT and its IMC). */
const STAFF_NAMES = ['Miriam Keller', 'Jonas Weber', 'Priya Nair', 'Tomasz Nowak']

describe('redactInventoryRecord', () => {
  it('keeps the team, drops people and keys nobody checked', () => {
    const record = {
      'short-team-name': 'X-CSIRT',
      email: 'csirt@x.example',
      '-first-member-type': 'full',
      manager: 'Jane Doe, +41 79 000 00 00',
      staff: [{ name: 'Jane Doe', contact: 'jane@x.example', role: 'lead', phone: '+41', fte: 1 }],
      extended_staff: ['legal', { group: 'pr', name: 'John Roe', contact: 'john@x.example' }],
    }
    expect(redactInventoryRecord(record)).toEqual({
      'short-team-name': 'X-CSIRT',
      email: 'csirt@x.example',
      '-first-member-type': 'full',
      staff: [{ role: 'lead', fte: 1, name: null, contact: null }],
      extended_staff: ['legal', { group: 'pr', name: null, contact: null }],
    })
    expect(record.staff[0]?.name).toBe('Jane Doe')
  })
})

describe.each(TEST_ENGINES)('staff names in inventory records (%s)', (engine) => {
  let suite: MutationSuite
  let id: string
  let tokens: Record<'admin' | 'lead' | 'leadRead' | 'assessor' | 'viewer', string>

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    id = globalId('Engagement', suite.demo.finishedEngagementId)
    const organizationId = suite.demo.organizationId
    const tokenOf = async (email: string) =>
      createApiToken(suite.db.prisma, {
        userId: (await suite.db.prisma.user.findUniqueOrThrow({ where: { email } })).id,
        organizationId,
      })
    tokens = {
      admin: await tokenOf('admin@example.org'),
      lead: suite.demo.leadToken,
      leadRead: suite.demo.readToken,
      assessor: await tokenOf('assessor@example.org'),
      viewer: suite.demo.viewerToken,
    }
  })
  afterAll(() => suite?.db.close())

  const exportOf = async (engagementId: string, includeRestricted: boolean) =>
    (
      await executeOk<{ engagementExport: Exported }>(suite.yoga, {
        query: EXPORT,
        variables: { id: engagementId, includeRestricted },
        token: tokens.lead,
      })
    ).engagementExport
  const mentionsStaff = (value: unknown) =>
    STAFF_NAMES.filter((name) => JSON.stringify(value).includes(name))

  it('keeps staff names and contacts out of redacted exports, and the rest of the snapshot', async () => {
    const full = await exportOf(id, true)
    const redacted = await exportOf(id, false)
    expect(mentionsStaff(full.engagement.teamSnapshot)).not.toEqual([])
    // Improvement owners may be staff too: they are named work assignments, not the inventory.
    expect(mentionsStaff(redacted.engagement.teamSnapshot)).toEqual([])
    const [fullRecord] = full.engagement.teamSnapshot ?? []
    const [record] = redacted.engagement.teamSnapshot ?? []
    expect(record?.['short-team-name']).toBe(fullRecord?.['short-team-name'])
    expect(record?.email).toBe(fullRecord?.email)
    expect(record?.staff).toEqual(
      (fullRecord?.staff as Record<string, unknown>[] | undefined)?.map((member) => ({
        ...('role' in member ? { role: member.role } : {}),
        ...('unit' in member ? { unit: member.unit } : {}),
        ...('fte' in member ? { fte: member.fte } : {}),
        ...('skills' in member ? { skills: member.skills } : {}),
        name: null,
        ...('backup' in member ? { backup: null } : {}),
      })),
    )
  })

  it('round-trips a full export through JSON import with the staff, a redacted one without', async () => {
    const full = await exportOf(id, true)
    const organizationId = globalId('Organization', suite.demo.organizationId)
    const copies: { engagement: { id: string; team: { shortName: string } | null } }[] = []
    for (const document of [full, await exportOf(id, false)]) {
      const imported = await executeOk<{
        importEngagement: { __typename: string; engagement: (typeof copies)[number]['engagement'] }
      }>(suite.yoga, {
        query: IMPORT,
        variables: { organizationId, document: JSON.parse(JSON.stringify(document)) },
        token: tokens.lead,
      })
      expect(imported.importEngagement.__typename).toBe('ImportEngagementPayload')
      copies.push(imported.importEngagement)
    }
    const [fullCopy, redactedCopy] = copies
    // Both copies find the organization's team by its short name.
    expect(fullCopy?.engagement.team?.shortName).toBe('ACME-CSIRT')
    expect(redactedCopy?.engagement.team?.shortName).toBe('ACME-CSIRT')
    const again = await exportOf(fullCopy?.engagement.id ?? '', true)
    expect(again.engagement.teamSnapshot).toEqual(full.engagement.teamSnapshot)
    const redactedAgain = await exportOf(redactedCopy?.engagement.id ?? '', true)
    expect(redactedAgain.engagement.teamSnapshot).not.toBeNull()
    expect(mentionsStaff(redactedAgain.engagement.teamSnapshot)).toEqual([])
  })

  it("shows Team.record's staff to admins and lead assessors only", async () => {
    const organizationId = globalId('Organization', suite.demo.organizationId)
    const recordsAs = async (token: string) => {
      const result = await executeOperation<{
        teams: { edges: { node: { shortName: string; record: Record<string, unknown> } }[] }
      }>(suite.yoga, { query: TEAMS, variables: { organizationId }, token })
      expect(result.errors).toBeUndefined()
      return result.data?.teams.edges.map((edge) => edge.node) ?? []
    }
    const verbatim = await suite.db.prisma.team.findMany({
      where: { organizationId: suite.demo.organizationId },
    })
    for (const token of [tokens.admin, tokens.lead, tokens.leadRead]) {
      const teams = await recordsAs(token)
      expect(teams.length).toBeGreaterThan(0)
      for (const team of teams) {
        const stored = verbatim.find((row) => row.shortName === team.shortName)
        expect(team.record).toEqual(stored?.record)
      }
    }
    for (const token of [tokens.assessor, tokens.viewer]) {
      const teams = await recordsAs(token)
      expect(teams.length).toBeGreaterThan(0)
      expect(mentionsStaff(teams)).toEqual([])
      const csirt = teams.find((team) => team.shortName === 'ACME-CSIRT')?.record
      expect(csirt).toMatchObject({
        'short-team-name': 'ACME-CSIRT',
        staff: expect.arrayContaining([
          { role: 'CSIRT manager', unit: 'HQ', fte: 1, name: null, backup: null },
        ]),
        extended_staff: ['legal', 'pr', 'hr'],
      })
    }
  })
})
