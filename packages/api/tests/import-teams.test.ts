import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  auditCursor,
  globalId,
  type MutationSuite,
  rowId,
  setupMutationSuite,
} from './support/mutations.js'

const IMPORT = `mutation ($input: ImportTeamsInput!) { importTeams(input: $input) { __typename
  ... on ImportTeamsPayload { format created updated unchanged existingImcIds
    teams { shortName imcId model } engagements { id title imcId state successThreshold
      scopeList { totalCount } documents { totalCount } preparationChecklist { totalCount } }
    warnings { severity code message record field } }
  ... on InventoryValidationError { message recordCount
    problems { severity code message record field line column row input rule value } }
  ... on ValidationError { issues { path message } } } }`

const REGIONS = ['North', 'South', 'East', 'West', 'Central']

/** Fifty site teams of Contoso Group: five regional IMCs of ten teams each. */
function contosoRecords(): Record<string, unknown>[] {
  return Array.from({ length: 50 }, (_, index) => {
    const region = REGIONS[index % REGIONS.length] ?? 'North'
    const site = Math.floor(index / REGIONS.length) + 1
    const lead = site === 1
    return {
      'short-team-name': `CONTOSO-${region.toUpperCase()}-${String(site).padStart(2, '0')}`,
      'official-team-name': `Contoso ${region} site ${site} incident team`,
      host: 'Contoso Group',
      'country-code': ['FR'],
      email: `irt-${region.toLowerCase()}-${site}@contoso.example`,
      imc_id: `contoso-${region.toLowerCase()}`,
      model: lead ? 'internal_centralized' : 'internal_distributed',
      imc_functions: lead ? ['protect', 'detect', 'respond', 'sustain'] : ['detect', 'respond'],
      staff: [
        {
          name: `${region} responder ${site}`,
          role: lead ? 'CSIRT manager' : 'site lead',
          unit: `${region} site ${site}`,
          fte: lead ? 1 : 0.25,
        },
      ],
      success_threshold: 'high',
    }
  })
}

interface Imported {
  importTeams: {
    __typename: string
    teams?: { shortName: string }[]
    engagements?: Record<string, unknown>[]
    problems?: Record<string, unknown>[]
    [key: string]: unknown
  }
}

describe.each(TEST_ENGINES)('importTeams (%s)', (engine) => {
  let suite: MutationSuite
  let organizationId: string
  let teamsCsv: string
  let staffCsv: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    organizationId = globalId('Organization', suite.demo.organizationId)
    teamsCsv = await readFile(new URL('./fixtures/northwind-teams.csv', import.meta.url), 'utf8')
    staffCsv = await readFile(new URL('./fixtures/northwind-staff.csv', import.meta.url), 'utf8')
  })
  afterAll(() => suite?.db.close())

  const importTeams = (input: Record<string, unknown>, token?: string) =>
    suite.run<Imported>(IMPORT, { input: { organizationId, ...input } }, token)
  const teamCount = () =>
    suite.db.prisma.team.count({ where: { organizationId: suite.demo.organizationId } })

  it('writes nothing when one record among fifty is invalid, and lists every problem', async () => {
    const records = contosoRecords()
    records[37] = { ...records[37], email: 'not-an-address', staff: [{ name: 'Ann', fte: 1.5 }] }
    const { 'short-team-name': _name, ...unnamed } = records[12] ?? {}
    records[12] = unnamed
    const before = await teamCount()
    const audit = await auditCursor(suite.db)
    const data = await importTeams({ records })
    expect(data.importTeams).toMatchObject({
      __typename: 'InventoryValidationError',
      message: 'The inventory has 3 error(s) in 50 record(s); nothing was imported.',
      recordCount: 50,
    })
    expect(data.importTeams.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "missing-field",
          "column": 3,
          "field": "short-team-name",
          "input": "inventory",
          "line": 300,
          "message": "short-team-name is required",
          "record": 12,
          "row": null,
          "rule": "required",
          "severity": "error",
          "value": null,
        },
        {
          "code": "invalid-value",
          "column": 14,
          "field": "email",
          "input": "inventory",
          "line": 906,
          "message": "email must be an e-mail address (got "not-an-address")",
          "record": 37,
          "row": null,
          "rule": "email",
          "severity": "error",
          "value": "not-an-address",
        },
        {
          "code": "invalid-value",
          "column": 16,
          "field": "staff[0].fte",
          "input": "inventory",
          "line": 916,
          "message": "staff[0].fte must be a number between 0 and 1 (a share of a full-time position) (got 1.5)",
          "record": 37,
          "row": null,
          "rule": "fte-range",
          "severity": "error",
          "value": "1.5",
        },
      ]
    `)
    expect(await teamCount()).toBe(before)
    expect(await audit.added()).toEqual([])
  })

  it('imports fifty JSON records in one transaction', async () => {
    const audit = await auditCursor(suite.db)
    const before = await teamCount()
    const data = await importTeams({ records: contosoRecords() })
    expect(data.importTeams).toMatchObject({
      __typename: 'ImportTeamsPayload',
      format: 'JSON',
      created: 50,
      updated: 0,
      unchanged: 0,
      engagements: [],
      warnings: [],
    })
    expect(data.importTeams.teams?.slice(0, 2)).toEqual([
      { shortName: 'CONTOSO-NORTH-01', imcId: 'contoso-north', model: 'internal_centralized' },
      { shortName: 'CONTOSO-SOUTH-01', imcId: 'contoso-south', model: 'internal_centralized' },
    ])
    expect(await teamCount()).toBe(before + 50)
    expect(await audit.added()).toEqual([['team.import', 'Organization']])
  })

  it('strips bidi controls from imported team and staff names and refuses a NUL (issue #23)', async () => {
    const data = await importTeams({
      records: [
        {
          'short-team-name': 'BIDI-\u202Egpj.exe',
          'official-team-name': 'Bidi \u2066Team\u2069',
          imc_id: 'bidi',
          model: 'security_team',
          staff: [{ name: 'Ana\u202D Example', role: 'lead' }],
        },
      ],
    })
    expect(data.importTeams.teams).toEqual([
      { shortName: 'BIDI-gpj.exe', imcId: 'bidi', model: 'security_team' },
    ])
    const stored = await suite.db.prisma.team.findFirstOrThrow({
      where: { organizationId: suite.demo.organizationId, shortName: 'BIDI-gpj.exe' },
    })
    expect(stored.officialName).toBe('Bidi Team')
    expect(JSON.stringify(stored.record)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    const before = await teamCount()
    const refused = await importTeams({
      records: [{ 'short-team-name': 'NUL\u0000TEAM', imc_id: 'nul', model: 'security_team' }],
    })
    expect(refused.importTeams).toMatchObject({
      __typename: 'InventoryValidationError',
      problems: [
        expect.objectContaining({
          field: 'short-team-name',
          message: expect.stringContaining('NUL'),
        }),
      ],
    })
    expect(await teamCount()).toBe(before)
  })

  it('changes nothing when the same records are imported again', async () => {
    const before = await teamCount()
    const records = contosoRecords()
    records[3] = { ...records[3], 'official-team-name': 'Contoso West site 1 CSIRT' }
    const data = await importTeams({ records })
    expect(data.importTeams).toMatchObject({ created: 0, updated: 1, unchanged: 49 })
    const again = await importTeams({ records })
    expect(again.importTeams).toMatchObject({ created: 0, updated: 0, unchanged: 50 })
    expect(await teamCount()).toBe(before)
  })

  it('imports a CSV inventory with its staff CSV and plans one engagement per IMC', async () => {
    const audit = await auditCursor(suite.db)
    const data = await importTeams({
      text: teamsCsv,
      format: 'CSV',
      staffCsv,
      createEngagements: true,
    })
    expect(data.importTeams).toMatchObject({ format: 'CSV', created: 3, existingImcIds: [] })
    const [engagement, ...others] = data.importTeams.engagements ?? []
    expect(others).toEqual([])
    const { id, ...planned } = engagement ?? {}
    expect(planned).toEqual({
      title: 'Northwind Traders IMC assessment',
      imcId: 'northwind',
      state: 'DRAFT',
      successThreshold: 'BORDERLINE',
      // The combined model's profile adds the upper manager (CIO) and the line manager of the
      // part-time SOC members, two documents and one preparation item.
      scopeList: { totalCount: 10 },
      documents: { totalCount: 10 },
      preparationChecklist: { totalCount: 12 },
    })
    expect(await audit.added()).toEqual([
      ['team.import', 'Organization'],
      ['engagement.create', 'Engagement'],
    ])
    expect(suite.events.at(-1)).toMatchObject({
      engagementId: rowId(String(id)),
      operation: 'engagement.create',
    })
  })

  it('creates no second engagement for an IMC that has one', async () => {
    const engagements = () => suite.db.prisma.engagement.count({ where: { imcId: 'northwind' } })
    const before = await engagements()
    const data = await importTeams({
      text: teamsCsv,
      format: 'CSV',
      staffCsv,
      createEngagements: true,
    })
    expect(data.importTeams).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      engagements: [],
      existingImcIds: ['northwind'],
    })
    expect(await engagements()).toBe(before)
  })

  it('reports a YAML syntax error with its line', async () => {
    const text = [
      '- short-team-name: FABRIKAM-CSIRT',
      '  email: [csirt@fabrikam.example',
      '- host: x',
    ].join('\n')
    const data = await importTeams({ text, format: 'YAML' })
    expect(data.importTeams.__typename).toBe('InventoryValidationError')
    expect(data.importTeams.problems?.[0]).toMatchObject({
      severity: 'error',
      code: 'syntax-error',
      input: 'inventory',
    })
    expect(data.importTeams.problems?.[0]?.line).toBeTypeOf('number')
  })

  it('needs records or text, and records must be a list', async () => {
    const both = await importTeams({ records: [], text: 'short-team-name\nX' })
    expect(both.importTeams).toEqual({
      __typename: 'ValidationError',
      issues: [
        { path: 'input.records', message: 'Give either records (a JSON array) or text, not both.' },
      ],
    })
    const object = await importTeams({ records: { 'short-team-name': 'X' } })
    expect(object.importTeams).toEqual({
      __typename: 'ValidationError',
      issues: [{ path: 'input.records', message: 'Must be a JSON array of records.' }],
    })
  })

  it('is reserved to writers of the organization', async () => {
    const result = await suite.raw(
      IMPORT,
      { input: { organizationId, records: contosoRecords().slice(0, 1) } },
      suite.demo.viewerToken,
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})
