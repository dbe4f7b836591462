import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, executeOperation, globalId } from './support/execute.js'
import { createApiToken, type DemoFixture, seedDemoFixture } from './support/fixtures.js'

describe.each(TEST_ENGINES)('viewer, organizations and teams (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('answers `viewer` for anonymous requests and refuses its protected fields', async () => {
    const open = await executeOk<{ viewer: unknown }>(yoga, {
      query: '{ viewer { authenticated authenticationError canWrite } }',
    })
    expect(open.viewer).toEqual({
      authenticated: false,
      authenticationError: null,
      canWrite: false,
    })
    const closed = await executeOperation(yoga, { query: '{ viewer { user { name } } }' })
    expect(closed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    const list = await executeOperation(yoga, { query: '{ engagements { totalCount } }' })
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('identifies the user of a bearer token, with the token organization only', async () => {
    const data = await executeOk<{ viewer: unknown }>(yoga, {
      token: demo.leadToken,
      query: `{ viewer { authenticated via canWrite user { name email }
        memberships { role organization { slug name } } } }`,
    })
    expect(data.viewer).toEqual({
      authenticated: true,
      via: 'token',
      canWrite: true,
      user: { name: 'Lena Lead', email: 'lead@example.org' },
      memberships: [{ role: 'LEAD_ASSESSOR', organization: { slug: 'acme', name: 'ACME Corp' } }],
    })
  })

  it('rejects unknown, revoked and expired tokens with a reason', async () => {
    const revoked = await createApiToken(db.prisma, {
      userId: demo.leadId,
      organizationId: demo.organizationId,
      revokedAt: new Date(),
    })
    const expired = await createApiToken(db.prisma, {
      userId: demo.leadId,
      organizationId: demo.organizationId,
      expiresAt: new Date(Date.now() - 1000),
    })
    for (const token of ['immd_not-a-token', revoked, expired]) {
      const data = await executeOk<{
        viewer: { authenticated: boolean; authenticationError: string }
      }>(yoga, { token, query: '{ viewer { authenticated authenticationError } }' })
      expect(data.viewer).toEqual({
        authenticated: false,
        authenticationError: 'The token is unknown, revoked or expired.',
      })
    }
  })

  it('acts as the development viewer when IMMD_DEV_VIEWER names a user', async () => {
    const dev = createApi({ db, devViewerEmail: 'assessor@example.org' })
    const data = await executeOk<{ viewer: unknown }>(dev, {
      query: '{ viewer { via user { name } } }',
    })
    expect(data.viewer).toEqual({ via: 'dev', user: { name: 'Arun Assessor' } })
  })

  it('lists the organizations of the viewer and their teams', async () => {
    const data = await executeOk<{
      organizations: { totalCount: number; edges: { node: { id: string; slug: string } }[] }
    }>(yoga, {
      token: demo.leadToken,
      query: '{ organizations { totalCount edges { node { id slug name } } } }',
    })
    expect(data.organizations.totalCount).toBe(1)
    const organizationId = data.organizations.edges[0]?.node.id
    const teams = await executeOk<{ teams: unknown }>(yoga, {
      token: demo.leadToken,
      variables: { organizationId },
      query: `query ($organizationId: ID!) { teams(organizationId: $organizationId, first: 2) {
        totalCount pageInfo { hasNextPage } edges { node { shortName imcId model organization { slug } } } } }`,
    })
    expect(teams.teams).toMatchInlineSnapshot(`
      {
        "edges": [
          {
            "node": {
              "imcId": "acme-imc",
              "model": "internal_distributed",
              "organization": {
                "slug": "acme",
              },
              "shortName": "ACME-CSIRT",
            },
          },
          {
            "node": {
              "imcId": "acme-imc",
              "model": "internal_distributed",
              "organization": {
                "slug": "acme",
              },
              "shortName": "ACME-PLANT-B",
            },
          },
        ],
        "pageInfo": {
          "hasNextPage": true,
        },
        "totalCount": 4,
      }
    `)
  })

  it('refuses the teams of an organization the viewer is not a member of', async () => {
    const other = await db.prisma.organization.create({ data: { slug: 'other', name: 'Other' } })
    const result = await executeOperation(yoga, {
      token: demo.leadToken,
      variables: { id: Buffer.from(`Organization:${other.id}`).toString('base64') },
      query: 'query ($id: ID!) { teams(organizationId: $id) { totalCount } }',
    })
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('answers GET /healthz when the database is reachable', async () => {
    const response = await yoga.fetch('http://yoga/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: engine })
  })
})

describe.each(TEST_ENGINES)('Engagement.viewerCanWrite (%s) (#21)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  const QUERY = 'query ($id: ID!) { engagement(id: $id) { viewerCanWrite } }'
  const canWrite = async (token: string) => {
    const data = await executeOk<{ engagement: { viewerCanWrite: boolean } }>(yoga, {
      token,
      query: QUERY,
      variables: { id: globalId('Engagement', demo.activeEngagementId) },
    })
    return data.engagement.viewerCanWrite
  }

  it('says what the mutations enforce: a lead with a read-write token may write', async () => {
    expect(await canWrite(demo.leadToken)).toBe(true)
  })

  it('is false for a viewer and for a read-only token, whose writes the API refuses', async () => {
    expect(await canWrite(demo.viewerToken)).toBe(false)
    expect(await canWrite(demo.readToken)).toBe(false)
    const refused = await executeOperation(yoga, {
      token: demo.viewerToken,
      query:
        'mutation ($id: ID!) { updateEngagement(input: { id: $id, version: 1, title: "x" }) { __typename } }',
      variables: { id: globalId('Engagement', demo.activeEngagementId) },
    })
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})
