import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import type { EngagementChangedEvent } from '../src/pubsub.js'
import { createApiPubSub } from '../src/pubsub.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { engagementVersionOf, executeOk, executeOperation, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './support/fixtures.js'

const CREATE = `mutation Create($input: CreateEngagementInput!) {
  createEngagement(input: $input) {
    __typename
    ... on CreateEngagementPayload { engagement { id title state successThreshold methodVersion
      previousEngagement { title } team { shortName } imcId
      preparationChecklist { totalCount } scopeList { totalCount } documents { totalCount }
      evaluations { totalCount } phases { activities { activityId status } } } }
    ... on Error { message }
    ... on ValidationError { issues { path message } }
    ... on NotFoundError { entity }
  }
}`

const THRESHOLD = `mutation Threshold($id: ID!, $threshold: Band, $version: Int!) {
  setSuccessThreshold(input: { engagementId: $id, threshold: $threshold, version: $version }) {
    __typename
    ... on SetSuccessThresholdPayload { engagement { successThreshold version } }
    ... on ConflictError { message currentVersion currentValue }
    ... on GateNotSatisfiedError { activityId transition missing { code activityId } }
  }
}`

const TAILOR = `mutation Tailor($input: TailorMethodInput!) {
  tailorMethod(input: $input) {
    __typename
    ... on TailorMethodPayload { method { version basedOn algorithm drivers { id code number weight shortName } }
      engagement { methodVersion evaluations { totalCount } } }
    ... on ValidationError { issues { path message } }
    ... on GateNotSatisfiedError { activityId missing { code activityId message } }
  }
}`

interface Created {
  createEngagement: {
    __typename: string
    engagement?: { id: string; [key: string]: unknown }
    issues?: unknown
  }
}

describe.each(TEST_ENGINES)('mutations of engagements (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>
  const events: EngagementChangedEvent[] = []
  let organizationId: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    const pubsub = createApiPubSub()
    yoga = createApi({ db, pubsub })
    organizationId = globalId('Organization', demo.organizationId)
    void (async () => {
      for await (const event of pubsub.subscribe(
        'organizationEngagementChanged',
        demo.organizationId,
      )) {
        events.push(event)
      }
    })()
  })
  afterAll(() => db?.close())

  const create = (input: Record<string, unknown>, token = demo.leadToken) =>
    executeOk<Created>(yoga, { token, query: CREATE, variables: { input } })

  it('creates a blank engagement with its activities, checklist and an audit event', async () => {
    const before = events.length
    const data = await create({ organizationId, title: '  Quick check  ', threshold: 'BORDERLINE' })
    const engagement = data.createEngagement.engagement
    expect(data.createEngagement.__typename).toBe('CreateEngagementPayload')
    const { id, phases, ...rest } = engagement as {
      id: string
      phases: { activities: unknown[] }[]
    }
    expect(phases.flatMap((phase) => phase.activities)).toHaveLength(15)
    expect(rest).toMatchInlineSnapshot(`
      {
        "documents": {
          "totalCount": 0,
        },
        "evaluations": {
          "totalCount": 10,
        },
        "imcId": null,
        "methodVersion": "immd-1.0",
        "preparationChecklist": {
          "totalCount": 10,
        },
        "previousEngagement": null,
        "scopeList": {
          "totalCount": 0,
        },
        "state": "DRAFT",
        "successThreshold": "BORDERLINE",
        "team": null,
        "title": "Quick check",
      }
    `)
    const rowId = Buffer.from(id, 'base64').toString().split(':')[1] ?? ''
    const audit = await db.prisma.auditEvent.findMany({ where: { targetId: rowId } })
    expect(audit.map((event) => [event.operation, event.actorKind])).toEqual([
      ['engagement.create', 'token'],
    ])
    expect(events.length).toBe(before + 1)
    expect(events.at(-1)).toMatchObject({ engagementId: rowId, operation: 'engagement.create' })
  })

  it('plans an engagement from a team record and the records of its IMC', async () => {
    const team = await db.prisma.team.findFirstOrThrow({ where: { shortName: 'ACME-CSIRT' } })
    const data = await create({
      organizationId,
      title: 'ACME IMC planned from the inventory',
      teamId: globalId('Team', team.id),
    })
    const { id: _id, phases: _phases, ...rest } = data.createEngagement.engagement ?? { id: '' }
    expect(rest).toMatchInlineSnapshot(`
      {
        "documents": {
          "totalCount": 11,
        },
        "evaluations": {
          "totalCount": 10,
        },
        "imcId": "acme-imc",
        "methodVersion": "immd-1.0",
        "preparationChecklist": {
          "totalCount": 13,
        },
        "previousEngagement": null,
        "scopeList": {
          "totalCount": 12,
        },
        "state": "DRAFT",
        "successThreshold": "HIGH",
        "team": {
          "shortName": "ACME-CSIRT",
        },
        "title": "ACME IMC planned from the inventory",
      }
    `)
  })

  it('clones a previous engagement for a re-assessment and links the history', async () => {
    const data = await create({
      organizationId,
      title: 'ACME IMC re-assessment 2027',
      fromEngagementId: globalId('Engagement', demo.finishedEngagementId),
    })
    const { id, phases: _phases, ...rest } = data.createEngagement.engagement ?? { id: '' }
    expect(rest).toMatchInlineSnapshot(`
      {
        "documents": {
          "totalCount": 11,
        },
        "evaluations": {
          "totalCount": 10,
        },
        "imcId": "acme-imc",
        "methodVersion": "immd-1.0",
        "preparationChecklist": {
          "totalCount": 13,
        },
        "previousEngagement": {
          "title": "ACME IMC baseline assessment 2025",
        },
        "scopeList": {
          "totalCount": 12,
        },
        "state": "DRAFT",
        "successThreshold": "HIGH",
        "team": {
          "shortName": "ACME-CSIRT",
        },
        "title": "ACME IMC re-assessment 2027",
      }
    `)
    const history = await executeOk<{ engagement: { history: unknown[] } }>(yoga, {
      token: demo.leadToken,
      variables: { id },
      query: 'query ($id: ID!) { engagement(id: $id) { history { activityId total band } } }',
    })
    expect(history.engagement.history).toEqual([
      { activityId: 'A4', total: 70, band: 'HIGH' },
      { activityId: 'A5', total: 70, band: 'HIGH' },
    ])
    const audit = await db.prisma.auditEvent.findMany({
      where: { targetId: Buffer.from(String(id), 'base64').toString().split(':')[1] },
      orderBy: { createdAt: 'asc' },
    })
    expect(audit.map((event) => event.operation)).toEqual(['engagement.create', 'engagement.clone'])
  })

  it('answers invalid input and unknown references with typed errors', async () => {
    const invalid = await create({
      organizationId,
      title: '',
      plannedStart: '2026-05-01T00:00:00Z',
      plannedEnd: '2026-04-01T00:00:00Z',
    })
    expect(invalid.createEngagement).toMatchInlineSnapshot(`
      {
        "__typename": "ValidationError",
        "issues": [
          {
            "message": "Too small: expected string to have >=1 characters",
            "path": "input.title",
          },
        ],
        "message": "input.title: Too small: expected string to have >=1 characters",
      }
    `)
    const dates = await create({
      organizationId,
      title: 'Backwards plan',
      plannedStart: '2026-05-01T00:00:00Z',
      plannedEnd: '2026-04-01T00:00:00Z',
    })
    expect(dates.createEngagement).toMatchInlineSnapshot(`
      {
        "__typename": "ValidationError",
        "issues": [
          {
            "message": "plannedEnd must not be before plannedStart.",
            "path": "input.plannedEnd",
          },
        ],
        "message": "input.plannedEnd: plannedEnd must not be before plannedStart.",
      }
    `)
    const missing = await create({
      organizationId,
      title: 'From nowhere',
      fromEngagementId: globalId('Engagement', '00000000-0000-7000-8000-000000000000'),
    })
    expect(missing.createEngagement).toMatchInlineSnapshot(`
      {
        "__typename": "NotFoundError",
        "entity": "Engagement",
        "message": "Engagement RW5nYWdlbWVudDowMDAwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA= was not found.",
      }
    `)
  })

  it('refuses writes with a read-only token, a viewer role or another organization', async () => {
    for (const token of [demo.readToken, demo.viewerToken]) {
      const result = await executeOperation(yoga, {
        token,
        query: CREATE,
        variables: { input: { organizationId, title: 'Not allowed' } },
      })
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    // Another organization's engagement is not there for this token: the same answer as a missing id.
    const foreign = await seedForeignOrganization(db)
    const result = await executeOperation<{ setSuccessThreshold: { __typename: string } }>(yoga, {
      token: foreign.token,
      query: THRESHOLD,
      variables: {
        id: globalId('Engagement', demo.activeEngagementId),
        threshold: 'LOW',
        version: 1,
      },
    })
    expect(result.errors).toBeUndefined()
    expect(result.data?.setSuccessThreshold.__typename).toBe('NotFoundError')
  })

  it('sets the success threshold with optimistic concurrency', async () => {
    const row = await db.prisma.engagement.findUniqueOrThrow({
      where: { id: demo.activeEngagementId },
    })
    const id = globalId('Engagement', row.id)
    const set = await executeOk<{ setSuccessThreshold: unknown }>(yoga, {
      token: demo.leadToken,
      query: THRESHOLD,
      variables: { id, threshold: 'EXCELLENT', version: row.version },
    })
    expect(set.setSuccessThreshold).toEqual({
      __typename: 'SetSuccessThresholdPayload',
      engagement: { successThreshold: 'EXCELLENT', version: row.version + 1 },
    })
    const stale = await executeOk<{ setSuccessThreshold: unknown }>(yoga, {
      token: demo.leadToken,
      query: THRESHOLD,
      variables: { id, threshold: 'LOW', version: row.version },
    })
    expect(stale.setSuccessThreshold).toEqual({
      __typename: 'ConflictError',
      message: 'The engagement was changed by someone else; reload it.',
      currentVersion: row.version + 1,
      currentValue: 'excellent',
    })
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { targetId: row.id, operation: 'engagement.threshold' },
    })
    expect(audit.after).toEqual({ successThreshold: 'excellent', version: row.version + 1 })
  })

  it('keeps the threshold once the results are communicated', async () => {
    const row = await db.prisma.engagement.findUniqueOrThrow({
      where: { id: demo.finishedEngagementId },
    })
    const data = await executeOk<{ setSuccessThreshold: unknown }>(yoga, {
      token: demo.leadToken,
      query: THRESHOLD,
      variables: { id: globalId('Engagement', row.id), threshold: 'LOW', version: row.version },
    })
    expect(data.setSuccessThreshold).toEqual({
      __typename: 'GateNotSatisfiedError',
      activityId: 'PAA1',
      transition: 'edit',
      missing: [{ code: 'INVALID_ACTIVITY_STATUS', activityId: 'PAA1' }],
    })
  })

  it('tailors the method of an engagement before A3 and stores the new version', async () => {
    const created = await create({ organizationId, title: 'Tailored assessment' })
    const id = created.createEngagement.engagement?.id
    const data = await executeOk<{ tailorMethod: unknown }>(yoga, {
      token: demo.leadToken,
      query: TAILOR,
      variables: {
        input: {
          engagementId: id,
          version: await engagementVersionOf(db.prisma, id ?? ''),
          methodVersion: 'immd-1.0+acme-2026',
          removeDrivers: ['D10'],
          addDrivers: [
            { id: 'ACME1', shortName: 'OT coverage', question: 'Are plant networks monitored?' },
          ],
          weights: [{ driverId: 'D8', weight: 2 }],
        },
      },
    })
    expect(data.tailorMethod).toMatchInlineSnapshot(`
      {
        "__typename": "TailorMethodPayload",
        "engagement": {
          "evaluations": {
            "totalCount": 10,
          },
          "methodVersion": "immd-1.0+acme-2026",
        },
        "method": {
          "algorithm": "WEIGHTED_MEAN",
          "basedOn": "immd-1.0",
          "drivers": [
            {
              "code": "D1",
              "id": "immd-1.0+acme-2026:D1",
              "number": 1,
              "shortName": "realistic and well-articulated goals",
              "weight": 1,
            },
            {
              "code": "D2",
              "id": "immd-1.0+acme-2026:D2",
              "number": 2,
              "shortName": "effective communication and information sharing",
              "weight": 1,
            },
            {
              "code": "D3",
              "id": "immd-1.0+acme-2026:D3",
              "number": 3,
              "shortName": "well-understood customer needs and requirements",
              "weight": 1,
            },
            {
              "code": "D4",
              "id": "immd-1.0+acme-2026:D4",
              "number": 4,
              "shortName": "organizational and political conditions that facilitate completion of IMC activities",
              "weight": 1,
            },
            {
              "code": "D5",
              "id": "immd-1.0+acme-2026:D5",
              "number": 5,
              "shortName": "operational processes that support efficient and effective process execution of IMC activities",
              "weight": 1,
            },
            {
              "code": "D6",
              "id": "immd-1.0+acme-2026:D6",
              "number": 6,
              "shortName": "IMC management that facilitates execution of tasks and activities",
              "weight": 1,
            },
            {
              "code": "D7",
              "id": "immd-1.0+acme-2026:D7",
              "number": 7,
              "shortName": "efficient and effective task execution",
              "weight": 1,
            },
            {
              "code": "D8",
              "id": "immd-1.0+acme-2026:D8",
              "number": 8,
              "shortName": "sufficient staffing and funding for all IMC activities",
              "weight": 2,
            },
            {
              "code": "D9",
              "id": "immd-1.0+acme-2026:D9",
              "number": 9,
              "shortName": "adequate technological and physical infrastructure",
              "weight": 1,
            },
            {
              "code": "ACME1",
              "id": "immd-1.0+acme-2026:ACME1",
              "number": 10,
              "shortName": "OT coverage",
              "weight": 1,
            },
          ],
          "version": "immd-1.0+acme-2026",
        },
      }
    `)
    const stored = await db.prisma.methodDefinition.findUniqueOrThrow({
      where: { version: 'immd-1.0+acme-2026' },
    })
    expect(stored.organizationId).toBe(demo.organizationId)
    const again = await executeOk<{ tailorMethod: unknown }>(yoga, {
      token: demo.leadToken,
      query: TAILOR,
      variables: {
        input: {
          engagementId: id,
          version: await engagementVersionOf(db.prisma, id ?? ''),
          methodVersion: 'immd-1.0+acme-2026',
          weights: [{ driverId: 'D1', weight: 0.5 }],
        },
      },
    })
    expect(again.tailorMethod).toMatchInlineSnapshot(`
      {
        "__typename": "ValidationError",
        "issues": [
          {
            "message": "Version "immd-1.0+acme-2026" already exists; a tailored method needs a new version id.",
            "path": "input.methodVersion",
          },
        ],
      }
    `)
  })

  it("answers the red team's weight 1e308 with a typed error naming the field (#23)", async () => {
    const created = await create({ organizationId, title: 'Overflowing weights' })
    const data = await executeOk<{
      tailorMethod: { __typename: string; issues?: { path: string; message: string }[] }
    }>(yoga, {
      token: demo.leadToken,
      query: TAILOR,
      variables: {
        input: {
          engagementId: created.createEngagement.engagement?.id,
          version: await engagementVersionOf(
            db.prisma,
            created.createEngagement.engagement?.id ?? '',
          ),
          methodVersion: 'immd-1.0+overflow',
          weights: [{ driverId: 'D1', weight: 1e308 }],
        },
      },
    })
    expect(data.tailorMethod.__typename).toBe('ValidationError')
    expect(JSON.stringify(data.tailorMethod.issues)).toContain('at most 1000')
    expect(
      await db.prisma.methodDefinition.findUnique({ where: { version: 'immd-1.0+overflow' } }),
    ).toBeNull()
  })

  it('refuses tailoring once A3 has started', async () => {
    const data = await executeOk<{ tailorMethod: unknown }>(yoga, {
      token: demo.leadToken,
      query: TAILOR,
      variables: {
        input: {
          engagementId: globalId('Engagement', demo.activeEngagementId),
          version: await engagementVersionOf(
            db.prisma,
            globalId('Engagement', demo.activeEngagementId),
          ),
          methodVersion: 'immd-1.0+too-late',
          removeDrivers: ['D1'],
        },
      },
    })
    expect(data.tailorMethod).toMatchInlineSnapshot(`
      {
        "__typename": "GateNotSatisfiedError",
        "activityId": "PRA6",
        "missing": [
          {
            "activityId": "A3",
            "code": "INVALID_ACTIVITY_STATUS",
            "message": "Tailoring is only possible before A3 (Evaluate drivers) starts.",
          },
        ],
      }
    `)
  })

  it('lists tailored methods of the viewer’s organizations next to the built-in one', async () => {
    const data = await executeOk<{ methods: { version: string }[]; method: unknown }>(yoga, {
      token: demo.leadToken,
      variables: { version: 'immd-1.0+acme-2026' },
      query: `query ($version: String!) { methods { version basedOn }
        method(version: $version) { version basedOn drivers { id code } } }`,
    })
    expect(data.methods.map((method) => method.version)).toEqual(['immd-1.0', 'immd-1.0+acme-2026'])
    expect(data.method).toMatchObject({ basedOn: 'immd-1.0' })
  })
})
