/**
 * Nothing crosses a tenant, and what the team keeps stays with it: every node type of one
 * organization is, for another tenant, exactly what a missing id is; interviewees are pseudonymised
 * for anyone but the engagement's assessors; TLP:AMBER/RED notes are read by the engagement's team
 * only; the audit trail is queryable by admins with filters; exports can be redacted.
 */
import { isInterfaceType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redactTransferDocument } from '../src/auth/disclosure.js'
import { schema } from '../src/schema/index.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { request, type SecuritySuite, setupSecuritySuite } from './support/security.js'

/** The model behind each Node type, to pick one of the demo organization's rows. */
const NODE_MODELS: Record<string, string> = {
  Activity: 'activityRecord',
  ApiToken: 'apiToken',
  AuditEvent: 'auditEvent',
  ChecklistItem: 'checklistItem',
  DataItem: 'dataItem',
  Document: 'document',
  DriverEvaluation: 'driverEvaluation',
  ExclusionDecision: 'driverExclusion',
  Engagement: 'engagement',
  EvidenceFile: 'evidenceFile',
  Improvement: 'improvement',
  Interview: 'interviewSession',
  Lesson: 'lessonLearned',
  Membership: 'membership',
  Organization: 'organization',
  RespondentLink: 'respondentLink',
  ResultCommunication: 'resultCommunication',
  ResultSnapshot: 'resultSnapshot',
  ScopeEntry: 'scopeEntry',
  Team: 'team',
  User: 'user',
  WebhookDelivery: 'webhookDelivery',
  WebhookEndpoint: 'webhookEndpoint',
}

const NODE = 'query ($id: ID!) { node(id: $id) { __typename id } }'

describe.each(TEST_ENGINES)('tenancy and disclosure (%s)', (engine) => {
  let suite: SecuritySuite

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    // The demo has no exclusion: one so that every node type has a row to look up.
    await suite.db.prisma.driverExclusion.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        driverId: 'D10',
        reason: 'Tenancy test exclusion',
      },
    })
    // Nor respondent links or evidence files: one of each.
    const entry = await suite.db.prisma.scopeEntry.findFirstOrThrow({
      where: { engagementId: suite.demo.activeEngagementId },
    })
    await suite.db.prisma.respondentLink.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        scopeEntryId: entry.id,
        tokenHash: 'tenancy-test-link',
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    })
    const document = await suite.db.prisma.document.findFirstOrThrow({
      where: { engagementId: suite.demo.activeEngagementId },
    })
    await suite.db.prisma.evidenceFile.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        documentId: document.id,
        version: 1,
        fileName: 'tenancy.txt',
        mediaType: 'text/plain',
        sizeBytes: 7,
        sha256: '0'.repeat(64),
        tlp: 'green',
        content: new TextEncoder().encode('tenancy'),
      },
    })
  })
  afterAll(() => suite?.db.close())

  /** One row of the demo organization of a model. */
  async function demoRow(model: string): Promise<{ id: string }> {
    const organizationId = suite.demo.organizationId
    const inEngagement = { engagement: { organizationId } }
    const where: Record<string, unknown> =
      model === 'organization'
        ? { id: organizationId }
        : model === 'user'
          ? { memberships: { some: { organizationId } } }
          : [
                'team',
                'membership',
                'apiToken',
                'auditEvent',
                'engagement',
                'webhookEndpoint',
                'webhookDelivery',
              ].includes(model)
            ? { organizationId }
            : inEngagement
    const delegate = (
      suite.db.prisma as unknown as Record<
        string,
        { findFirstOrThrow(args: unknown): Promise<{ id: string }> }
      >
    )[model]
    if (!delegate) throw new Error(`no model ${model}`)
    return delegate.findFirstOrThrow({ where })
  }

  it('answers node(id) of every node type of another tenant exactly like a missing id', async () => {
    const node = schema.getType('Node')
    if (!isInterfaceType(node)) throw new Error('no Node interface')
    const types = schema
      .getImplementations(node)
      .objects.map((type) => type.name)
      .sort()
    expect(types.filter((type) => !NODE_MODELS[type])).toEqual([])
    // The demo seeds no webhooks: one endpoint with one delivery of the demo organization.
    await suite.db.prisma.webhookEndpoint.create({
      data: {
        organizationId: suite.demo.organizationId,
        url: 'https://hooks.example.org/immd',
        eventTypes: ['engagement.created'],
        secret: 'whsec_tenancy-test',
        active: false,
        deliveries: {
          create: {
            organizationId: suite.demo.organizationId,
            eventId: 'tenancy-test',
            eventType: 'engagement.created',
            body: '{}',
          },
        },
      },
    })
    for (const type of types) {
      const row = await demoRow(NODE_MODELS[type] ?? '')
      const own = await request(suite.yoga, {
        query: NODE,
        variables: { id: globalId(type, row.id) },
        credential: suite.credentials.admin,
      })
      expect(own.body.data?.node, `${type} for its own admin`).toMatchObject({ __typename: type })
      const foreign = await request(suite.yoga, {
        query: NODE,
        variables: { id: globalId(type, row.id) },
        credential: suite.credentials['other-tenant-admin'],
      })
      const missing = await request(suite.yoga, {
        query: NODE,
        variables: { id: globalId(type, '01a00000-0000-7000-8000-000000000000') },
        credential: suite.credentials['other-tenant-admin'],
      })
      expect(foreign.body, type).toEqual({ data: { node: null } })
      expect(missing.body, type).toEqual(foreign.body)
    }
  })

  it('keeps lists, filters and mutations of another tenant empty or not found', async () => {
    const as = suite.credentials['other-tenant-admin']
    const organizationId = globalId('Organization', suite.demo.organizationId)
    const page = await request(suite.yoga, {
      query: 'query ($id: ID!) { engagements(filter: { organizationId: $id }) { totalCount } }',
      variables: { id: organizationId },
      credential: as,
    })
    expect(page.body).toEqual({ data: { engagements: { totalCount: 0 } } })
    const update = (id: string) =>
      request(suite.yoga, {
        query: `mutation ($input: UpdateScopeEntryInput!) { updateScopeEntry(input: $input) {
          __typename ... on NotFoundError { entity entityId } } }`,
        variables: { input: { id: globalId('ScopeEntry', id), unit: 'stolen' } },
        credential: as,
      })
    const entry = await demoRow('scopeEntry')
    const foreign = await update(entry.id)
    const missing = await update('01a00000-0000-7000-8000-000000000000')
    expect(foreign.body.data?.updateScopeEntry).toEqual({
      __typename: 'NotFoundError',
      entity: 'ScopeEntry',
      entityId: globalId('ScopeEntry', entry.id),
    })
    expect({
      ...(missing.body.data?.updateScopeEntry as object),
      entityId: globalId('ScopeEntry', entry.id),
    }).toEqual(foreign.body.data?.updateScopeEntry)
  })

  it("pseudonymises interviewees for anyone but the engagement's assessors", async () => {
    const query = `query ($id: ID!) { engagement(id: $id) { teamSnapshot
      scopeList(first: 3) { edges { node { pseudonym name contact } } } } }`
    const read = async (subject: keyof SecuritySuite['credentials']) =>
      (
        await request<{
          engagement: {
            teamSnapshot: unknown
            scopeList: { edges: { node: Record<string, unknown> }[] }
          }
        }>(suite.yoga, {
          query,
          variables: { id: globalId('Engagement', suite.demo.activeEngagementId) },
          credential: suite.credentials[subject],
        })
      ).body.data?.engagement
    for (const subject of ['assessor', 'lead-assessor'] as const) {
      const engagement = await read(subject)
      expect(engagement?.teamSnapshot, subject).not.toBeNull()
      expect(
        engagement?.scopeList.edges.some((edge) => typeof edge.node.name === 'string'),
        subject,
      ).toBe(true)
    }
    for (const subject of ['viewer', 'admin'] as const) {
      const engagement = await read(subject)
      expect(engagement?.teamSnapshot, subject).toBeNull()
      const nodes = engagement?.scopeList.edges.map((edge) => edge.node) ?? []
      expect(nodes.length).toBe(3)
      for (const node of nodes) {
        expect(node).toEqual({ pseudonym: expect.any(String), name: null, contact: null })
      }
    }
  })

  it("shows TLP:AMBER and TLP:RED notes to the engagement's team only", async () => {
    const engagementId = suite.demo.activeEngagementId
    for (const [notesTlp, notes] of [
      ['red', 'Names the insider'],
      ['amber', 'Unpatched VPN'],
      ['green', 'Shared with the sector CSIRT'],
    ]) {
      await suite.db.prisma.interviewSession.create({
        data: { engagementId, title: `TLP ${notesTlp}`, notes, notesTlp },
      })
    }
    const read = async (subject: keyof SecuritySuite['credentials']) => {
      const { body } = await request<{
        engagement: { interviews: { edges: { node: { title: string; notes: string | null } }[] } }
      }>(suite.yoga, {
        query: `query ($id: ID!) { engagement(id: $id) { interviews(first: 500) { edges { node { title notes } } } } }`,
        variables: { id: globalId('Engagement', engagementId) },
        credential: suite.credentials[subject],
      })
      return Object.fromEntries(
        (body.data?.engagement.interviews.edges ?? [])
          .filter((edge) => edge.node.title.startsWith('TLP '))
          .map((edge) => [edge.node.title, edge.node.notes]),
      )
    }
    expect(await read('assessor')).toEqual({
      'TLP red': 'Names the insider',
      'TLP amber': 'Unpatched VPN',
      'TLP green': 'Shared with the sector CSIRT',
    })
    for (const subject of ['viewer', 'admin'] as const) {
      expect(await read(subject), subject).toEqual({
        'TLP red': null,
        'TLP amber': null,
        'TLP green': 'Shared with the sector CSIRT',
      })
    }
  })

  it('redacts names and restricted notes from an export unless allowed', () => {
    const document = {
      engagement: {
        scopeList: [{ pseudonym: 'P1', name: 'Jane Roe', contact: 'jane@example.org' }],
        interviews: [
          { notes: 'red notes', notesTlp: 'red' },
          { notes: 'clear notes', notesTlp: 'clear' },
        ],
      },
    }
    expect(redactTransferDocument(document, { realNames: false, restrictedNotes: false })).toEqual({
      engagement: {
        scopeList: [{ pseudonym: 'P1', name: null, contact: null }],
        interviews: [
          { notes: null, notesTlp: 'red' },
          { notes: 'clear notes', notesTlp: 'clear' },
        ],
      },
    })
    expect(redactTransferDocument(document, { realNames: true, restrictedNotes: true })).toEqual(
      document,
    )
  })

  it('lists audit events to admins, filtered by operation, target, actor and time', async () => {
    const query = `query ($filter: AuditEventFilter) { auditEvents(first: 50, filter: $filter) {
      totalCount edges { node { operation targetType targetId actorKind actorId before after createdAt } } } }`
    const start = new Date(Date.now() - 1000).toISOString()
    // The active engagement's: the finished one's results are communicated, its scope list locked.
    const entry = await suite.db.prisma.scopeEntry.findFirstOrThrow({
      where: { engagementId: suite.demo.activeEngagementId },
    })
    await request(suite.yoga, {
      query: `mutation ($input: UpdateScopeEntryInput!) { updateScopeEntry(input: $input) { __typename } }`,
      variables: { input: { id: globalId('ScopeEntry', entry.id), unit: 'Audit HQ' } },
      credential: suite.credentials['lead-assessor'],
    })
    const { body } = await request<{
      auditEvents: { totalCount: number; edges: { node: Record<string, unknown> }[] }
    }>(suite.yoga, {
      query,
      variables: {
        filter: {
          organizationId: globalId('Organization', suite.demo.organizationId),
          targetType: 'ScopeEntry',
          targetId: globalId('ScopeEntry', entry.id),
          actorId: globalId('User', suite.users.lead),
          after: start,
          before: new Date(Date.now() + 60_000).toISOString(),
        },
      },
      credential: suite.credentials.admin,
    })
    expect(body.data?.auditEvents.totalCount).toBe(1)
    expect(body.data?.auditEvents.edges[0]?.node).toMatchObject({
      targetType: 'ScopeEntry',
      targetId: entry.id,
      actorKind: 'user',
      actorId: globalId('User', suite.users.lead),
      after: expect.objectContaining({ unit: 'Audit HQ' }),
    })
    const viewer = await request(suite.yoga, { query, credential: suite.credentials.viewer })
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const foreign = await request(suite.yoga, {
      query,
      credential: suite.credentials['other-tenant-admin'],
    })
    const operations = (
      foreign.body.data as { auditEvents: { edges: { node: { targetId: string } }[] } }
    ).auditEvents.edges.map((edge) => edge.node.targetId)
    expect(operations).not.toContain(entry.id)
  })

  it('keeps the audit trail append-only in the database', async () => {
    const event = await suite.db.prisma.auditEvent.findFirstOrThrow()
    await expect(
      suite.db.prisma.auditEvent.update({ where: { id: event.id }, data: { operation: 'forged' } }),
    ).rejects.toThrow()
    await expect(suite.db.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow()
  })
})
