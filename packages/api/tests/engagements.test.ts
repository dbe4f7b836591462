import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, executeOperation, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './support/fixtures.js'

interface Page {
  engagements: {
    totalCount: number
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }
    edges: { cursor: string; node: { title: string; state: string } }[]
  }
}

const PORTFOLIO = `query Portfolio($first: Int, $after: String, $last: Int, $before: String,
    $filter: EngagementFilter, $orderBy: EngagementOrder) {
  engagements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { title state latestTotal latestBand successThreshold methodVersion } }
  }
}`

describe.each(TEST_ENGINES)('engagements (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>
  let foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  const titles = (page: Page) => page.engagements.edges.map((edge) => edge.node.title)

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('lists the portfolio of the viewer’s organizations, newest change first', async () => {
    const data = await executeOk<Page>(yoga, { token: demo.leadToken, query: PORTFOLIO })
    expect(data.engagements.totalCount).toBe(2)
    expect(data.engagements.edges.map((edge) => edge.node)).toMatchInlineSnapshot(`
      [
        {
          "latestBand": null,
          "latestTotal": null,
          "methodVersion": "immd-1.0",
          "state": "EVALUATING",
          "successThreshold": "HIGH",
          "title": "ACME IMC re-assessment 2026",
        },
        {
          "latestBand": "HIGH",
          "latestTotal": 70,
          "methodVersion": "immd-1.0",
          "state": "CLOSED",
          "successThreshold": "HIGH",
          "title": "ACME IMC baseline assessment 2025",
        },
      ]
    `)
  })

  it('filters on state, band, threshold, search and updatedAfter', async () => {
    const run = (filter: Record<string, unknown>) =>
      executeOk<Page>(yoga, { token: demo.leadToken, query: PORTFOLIO, variables: { filter } })
    expect(titles(await run({ state: ['CLOSED'] }))).toEqual(['ACME IMC baseline assessment 2025'])
    expect(titles(await run({ band: ['HIGH', 'EXCELLENT'] }))).toEqual([
      'ACME IMC baseline assessment 2025',
    ])
    expect((await run({ threshold: ['HIGH'] })).engagements.totalCount).toBe(2)
    expect((await run({ threshold: ['LOW'] })).engagements.totalCount).toBe(0)
    expect(titles(await run({ search: 'RE-ASSESSMENT' }))).toEqual(['ACME IMC re-assessment 2026'])
    expect((await run({ updatedAfter: '2999-01-01T00:00:00Z' })).engagements.totalCount).toBe(0)
    const organizationId = globalId('Organization', demo.organizationId)
    expect((await run({ organizationId })).engagements.totalCount).toBe(2)
    const otherId = globalId('Organization', foreign.organizationId)
    expect((await run({ organizationId: otherId })).engagements.totalCount).toBe(0)
  })

  it('orders by title, total and state, and pages forwards and backwards', async () => {
    const byTitle = await executeOk<Page>(yoga, {
      token: demo.leadToken,
      query: PORTFOLIO,
      variables: { first: 1, orderBy: { field: 'TITLE', direction: 'ASC' } },
    })
    expect(titles(byTitle)).toEqual(['ACME IMC baseline assessment 2025'])
    expect(byTitle.engagements.pageInfo.hasNextPage).toBe(true)
    const next = await executeOk<Page>(yoga, {
      token: demo.leadToken,
      query: PORTFOLIO,
      variables: {
        first: 1,
        after: byTitle.engagements.pageInfo.endCursor,
        orderBy: { field: 'TITLE', direction: 'ASC' },
      },
    })
    expect(titles(next)).toEqual(['ACME IMC re-assessment 2026'])
    const last = await executeOk<Page>(yoga, {
      token: demo.leadToken,
      query: PORTFOLIO,
      variables: { last: 1, orderBy: { field: 'TITLE', direction: 'ASC' } },
    })
    expect(titles(last)).toEqual(['ACME IMC re-assessment 2026'])
    // Engagements without a total (not scored yet) come last in both directions.
    for (const direction of ['ASC', 'DESC']) {
      const byTotal = await executeOk<Page>(yoga, {
        token: demo.leadToken,
        query: PORTFOLIO,
        variables: { orderBy: { field: 'TOTAL', direction } },
      })
      expect(titles(byTotal)).toEqual([
        'ACME IMC baseline assessment 2025',
        'ACME IMC re-assessment 2026',
      ])
    }
    const byState = await executeOk<Page>(yoga, {
      token: demo.leadToken,
      query: PORTFOLIO,
      variables: { orderBy: { field: 'STATE', direction: 'ASC' } },
    })
    expect(byState.engagements.edges.map((edge) => edge.node.state)).toEqual([
      'CLOSED',
      'EVALUATING',
    ])
  })

  it('rejects a search longer than 200 characters as invalid input', async () => {
    const result = await executeOperation(yoga, {
      token: demo.leadToken,
      query: PORTFOLIO,
      variables: { filter: { search: 'x'.repeat(201) } },
    })
    expect(result.errors?.[0]?.message).toMatch(/200/)
  })

  it('reads a finished engagement: phases, gates, worksheets, result and history', async () => {
    const data = await executeOk<{ engagement: Record<string, unknown> }>(yoga, {
      token: demo.leadToken,
      variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      query: `query ($id: ID!) { engagement(id: $id) {
        title state successThreshold sponsorName methodVersion
        organization { slug } team { shortName } previousEngagement { title }
        method { version drivers { id code } }
        phases { id code activities { activityId status outputs gate { canStart canComplete missing { code } } } }
        preparationChecklist { totalCount }
        scopeList(first: 2) { totalCount edges { node { kind pseudonym unit functions } } }
        interviews { totalCount edges { node { participants { ratings { driverId } } } } }
        documents { totalCount }
        dataItems(first: 1) { totalCount edges { node { effect effectCode drivers sourceKind } } }
        evaluations(first: 2) { totalCount edges { node { driverId answer driver { number } } } }
        result { total roundedTotal band complete missing derivation
          profile { current threshold differentialBands meetsThreshold }
          effectTally { success failure neutral unknown } }
        resultSnapshots { totalCount edges { node { activityId total band } } }
        improvements { totalCount edges { node { driverId priority dataItems { effect } } } }
        lessons { totalCount }
        communications { totalCount }
      } }`,
    })
    const engagement = data.engagement as {
      phases: { activities: { status: string; gate: { missing: unknown[] } }[] }[]
      interviews: { edges: { node: { participants: { ratings: unknown[] }[] } }[] }
    }
    const activities = engagement.phases.flatMap((phase) => phase.activities)
    expect(activities).toHaveLength(15)
    expect(new Set(activities.map((activity) => activity.status))).toEqual(
      new Set(['COMPLETED', 'SKIPPED']),
    )
    expect(engagement.interviews.edges.every((edge) => edge.node.participants.length > 0)).toBe(
      true,
    )
    const { phases: _phases, interviews: _interviews, ...rest } = data.engagement
    expect(rest).toMatchInlineSnapshot(`
      {
        "communications": {
          "totalCount": 1,
        },
        "dataItems": {
          "edges": [
            {
              "node": {
                "drivers": [
                  "D1",
                ],
                "effect": "SUCCESS",
                "effectCode": "+",
                "sourceKind": "interview",
              },
            },
          ],
          "totalCount": 23,
        },
        "documents": {
          "totalCount": 11,
        },
        "evaluations": {
          "edges": [
            {
              "node": {
                "answer": "LIKELY_YES",
                "driver": {
                  "number": 1,
                },
                "driverId": "D1",
              },
            },
            {
              "node": {
                "answer": "LIKELY_YES",
                "driver": {
                  "number": 2,
                },
                "driverId": "D2",
              },
            },
          ],
          "totalCount": 10,
        },
        "improvements": {
          "edges": [
            {
              "node": {
                "dataItems": [
                  {
                    "effect": "FAILURE",
                  },
                  {
                    "effect": "FAILURE",
                  },
                ],
                "driverId": "D8",
                "priority": "HIGH",
              },
            },
            {
              "node": {
                "dataItems": [
                  {
                    "effect": "FAILURE",
                  },
                  {
                    "effect": "UNKNOWN",
                  },
                ],
                "driverId": "D9",
                "priority": "MEDIUM",
              },
            },
            {
              "node": {
                "dataItems": [
                  {
                    "effect": "FAILURE",
                  },
                ],
                "driverId": "D2",
                "priority": "LOW",
              },
            },
          ],
          "totalCount": 3,
        },
        "lessons": {
          "totalCount": 2,
        },
        "method": {
          "drivers": [
            {
              "code": "D1",
              "id": "immd-1.0:D1",
            },
            {
              "code": "D2",
              "id": "immd-1.0:D2",
            },
            {
              "code": "D3",
              "id": "immd-1.0:D3",
            },
            {
              "code": "D4",
              "id": "immd-1.0:D4",
            },
            {
              "code": "D5",
              "id": "immd-1.0:D5",
            },
            {
              "code": "D6",
              "id": "immd-1.0:D6",
            },
            {
              "code": "D7",
              "id": "immd-1.0:D7",
            },
            {
              "code": "D8",
              "id": "immd-1.0:D8",
            },
            {
              "code": "D9",
              "id": "immd-1.0:D9",
            },
            {
              "code": "D10",
              "id": "immd-1.0:D10",
            },
          ],
          "version": "immd-1.0",
        },
        "methodVersion": "immd-1.0",
        "organization": {
          "slug": "acme",
        },
        "preparationChecklist": {
          "totalCount": 13,
        },
        "previousEngagement": null,
        "result": {
          "band": "HIGH",
          "complete": true,
          "derivation": "(75×8 + 50×2) / 10 = 70.0 → 70 → High",
          "effectTally": {
            "failure": 7,
            "neutral": 1,
            "success": 12,
            "unknown": 3,
          },
          "missing": [],
          "profile": {
            "current": "HIGH",
            "differentialBands": 0,
            "meetsThreshold": true,
            "threshold": "HIGH",
          },
          "roundedTotal": 70,
          "total": 70,
        },
        "resultSnapshots": {
          "edges": [
            {
              "node": {
                "activityId": "A5",
                "band": "HIGH",
                "total": 70,
              },
            },
            {
              "node": {
                "activityId": "A4",
                "band": "HIGH",
                "total": 70,
              },
            },
          ],
          "totalCount": 2,
        },
        "scopeList": {
          "edges": [
            {
              "node": {
                "functions": [
                  "PROTECT",
                  "DETECT",
                  "RESPOND",
                  "SUSTAIN",
                ],
                "kind": "PERSON",
                "pseudonym": "Interviewee 01",
                "unit": "HQ",
              },
            },
            {
              "node": {
                "functions": [
                  "PROTECT",
                  "DETECT",
                  "RESPOND",
                  "SUSTAIN",
                ],
                "kind": "PERSON",
                "pseudonym": "Interviewee 02",
                "unit": "HQ",
              },
            },
          ],
          "totalCount": 12,
        },
        "sponsorName": "Chief Information Security Officer",
        "state": "CLOSED",
        "successThreshold": "HIGH",
        "team": {
          "shortName": "ACME-CSIRT",
        },
        "title": "ACME IMC baseline assessment 2025",
      }
    `)
  })

  it('shows the gates of an engagement in progress with what each transition misses', async () => {
    const data = await executeOk<{
      engagement: {
        state: string
        phases: {
          id: string
          activities: {
            activityId: string
            status: string
            gate: { canStart: boolean; canComplete: boolean; missing: { code: string }[] }
          }[]
        }[]
      }
    }>(yoga, {
      token: demo.leadToken,
      variables: { id: globalId('Engagement', demo.activeEngagementId) },
      query: `query ($id: ID!) { engagement(id: $id) { state phases { id code activities {
        activityId status gate { canStart canComplete missing { code message activityId driverId } } } } } }`,
    })
    const byId = new Map(
      data.engagement.phases.flatMap((phase) => phase.activities).map((a) => [a.activityId, a]),
    )
    expect(data.engagement.state).toBe('EVALUATING')
    expect(byId.get('A3')).toMatchInlineSnapshot(`
      {
        "activityId": "A3",
        "gate": {
          "canComplete": false,
          "canStart": false,
          "missing": [
            {
              "activityId": null,
              "code": "DRIVER_NOT_EVALUATED",
              "driverId": "D3",
              "message": "Driver D3 (well-understood customer needs and requirements) has no answer and is not marked not-applicable.",
            },
            {
              "activityId": null,
              "code": "DRIVER_NOT_EVALUATED",
              "driverId": "D4",
              "message": "Driver D4 (organizational and political conditions that facilitate completion of IMC activities) has no answer and is not marked not-applicable.",
            },
            {
              "activityId": null,
              "code": "DRIVER_NOT_EVALUATED",
              "driverId": "D5",
              "message": "Driver D5 (operational processes that support efficient and effective process execution of IMC activities) has no answer and is not marked not-applicable.",
            },
            {
              "activityId": null,
              "code": "DRIVER_NOT_EVALUATED",
              "driverId": "D7",
              "message": "Driver D7 (efficient and effective task execution) has no answer and is not marked not-applicable.",
            },
            {
              "activityId": null,
              "code": "DRIVER_NOT_EVALUATED",
              "driverId": "D9",
              "message": "Driver D9 (adequate technological and physical infrastructure) has no answer and is not marked not-applicable.",
            },
            {
              "activityId": null,
              "code": "DRIVER_NOT_EVALUATED",
              "driverId": "D10",
              "message": "Driver D10 (effectively managed changing circumstances and unpredictable events) has no answer and is not marked not-applicable.",
            },
          ],
        },
        "status": "IN_PROGRESS",
      }
    `)
    expect(byId.get('A4')).toMatchInlineSnapshot(`
      {
        "activityId": "A4",
        "gate": {
          "canComplete": false,
          "canStart": false,
          "missing": [
            {
              "activityId": "A3",
              "code": "ACTIVITY_NOT_COMPLETED",
              "driverId": null,
              "message": "A3 (Evaluate drivers) must be completed first.",
            },
          ],
        },
        "status": "NOT_STARTED",
      }
    `)
  })

  it('computes the result and consensus with @immd/core, with sensitivity and tallies', async () => {
    const data = await executeOk<{ engagement: Record<string, unknown> }>(yoga, {
      token: demo.leadToken,
      variables: { id: globalId('Engagement', demo.activeEngagementId) },
      query: `query ($id: ID!) { engagement(id: $id) {
        result { total band complete missing answerTally { answer count } warnings { code driverId }
          drivers { driverId answer value weight status tally { success failure } }
          sensitivity { drivers { driverId up { answer bandChanged } down { answer } }
            pathToThreshold { reachable threshold moves { driverId from to } reason } } }
        consensus { driverId count min max median spreadSteps disagreement
          distribution { answer count } }
        history { activityId total band }
      } }`,
    })
    expect(data.engagement).toMatchInlineSnapshot(`
      {
        "consensus": [
          {
            "count": 12,
            "disagreement": true,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 3,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 4,
              },
              {
                "answer": "LIKELY_YES",
                "count": 3,
              },
              {
                "answer": "YES",
                "count": 2,
              },
            ],
            "driverId": "D1",
            "max": "YES",
            "median": "EQUALLY_LIKELY",
            "min": "LIKELY_NO",
            "spreadSteps": 3,
          },
          {
            "count": 12,
            "disagreement": true,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 2,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 3,
              },
              {
                "answer": "LIKELY_YES",
                "count": 4,
              },
              {
                "answer": "YES",
                "count": 3,
              },
            ],
            "driverId": "D2",
            "max": "YES",
            "median": "LIKELY_YES",
            "min": "LIKELY_NO",
            "spreadSteps": 3,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D3",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D4",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D5",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D6",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D7",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
          {
            "count": 12,
            "disagreement": true,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 3,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 2,
              },
              {
                "answer": "LIKELY_YES",
                "count": 3,
              },
              {
                "answer": "YES",
                "count": 4,
              },
            ],
            "driverId": "D8",
            "max": "YES",
            "median": "LIKELY_YES",
            "min": "LIKELY_NO",
            "spreadSteps": 3,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D9",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
          {
            "count": 0,
            "disagreement": false,
            "distribution": [
              {
                "answer": "NO",
                "count": 0,
              },
              {
                "answer": "LIKELY_NO",
                "count": 0,
              },
              {
                "answer": "EQUALLY_LIKELY",
                "count": 0,
              },
              {
                "answer": "LIKELY_YES",
                "count": 0,
              },
              {
                "answer": "YES",
                "count": 0,
              },
            ],
            "driverId": "D10",
            "max": null,
            "median": null,
            "min": null,
            "spreadSteps": 0,
          },
        ],
        "history": [
          {
            "activityId": "A4",
            "band": "HIGH",
            "total": 70,
          },
          {
            "activityId": "A5",
            "band": "HIGH",
            "total": 70,
          },
        ],
        "result": {
          "answerTally": [
            {
              "answer": "NO",
              "count": 0,
            },
            {
              "answer": "LIKELY_NO",
              "count": 1,
            },
            {
              "answer": "EQUALLY_LIKELY",
              "count": 0,
            },
            {
              "answer": "LIKELY_YES",
              "count": 1,
            },
            {
              "answer": "YES",
              "count": 2,
            },
          ],
          "band": "HIGH",
          "complete": false,
          "drivers": [
            {
              "answer": "LIKELY_YES",
              "driverId": "D1",
              "status": "ANSWERED",
              "tally": {
                "failure": 0,
                "success": 1,
              },
              "value": 75,
              "weight": 0.25,
            },
            {
              "answer": "YES",
              "driverId": "D2",
              "status": "ANSWERED",
              "tally": {
                "failure": 0,
                "success": 1,
              },
              "value": 100,
              "weight": 0.25,
            },
            {
              "answer": null,
              "driverId": "D3",
              "status": "MISSING",
              "tally": {
                "failure": 0,
                "success": 0,
              },
              "value": null,
              "weight": 0,
            },
            {
              "answer": null,
              "driverId": "D4",
              "status": "MISSING",
              "tally": {
                "failure": 0,
                "success": 0,
              },
              "value": null,
              "weight": 0,
            },
            {
              "answer": null,
              "driverId": "D5",
              "status": "MISSING",
              "tally": {
                "failure": 0,
                "success": 0,
              },
              "value": null,
              "weight": 0,
            },
            {
              "answer": "YES",
              "driverId": "D6",
              "status": "ANSWERED",
              "tally": {
                "failure": 0,
                "success": 1,
              },
              "value": 100,
              "weight": 0.25,
            },
            {
              "answer": null,
              "driverId": "D7",
              "status": "MISSING",
              "tally": {
                "failure": 0,
                "success": 0,
              },
              "value": null,
              "weight": 0,
            },
            {
              "answer": "LIKELY_NO",
              "driverId": "D8",
              "status": "ANSWERED",
              "tally": {
                "failure": 1,
                "success": 0,
              },
              "value": 25,
              "weight": 0.25,
            },
            {
              "answer": null,
              "driverId": "D9",
              "status": "MISSING",
              "tally": {
                "failure": 0,
                "success": 0,
              },
              "value": null,
              "weight": 0,
            },
            {
              "answer": null,
              "driverId": "D10",
              "status": "MISSING",
              "tally": {
                "failure": 0,
                "success": 0,
              },
              "value": null,
              "weight": 0,
            },
          ],
          "missing": [
            "D3",
            "D4",
            "D5",
            "D7",
            "D9",
            "D10",
          ],
          "sensitivity": {
            "drivers": [
              {
                "down": {
                  "answer": "EQUALLY_LIKELY",
                },
                "driverId": "D1",
                "up": {
                  "answer": "YES",
                  "bandChanged": false,
                },
              },
              {
                "down": {
                  "answer": "LIKELY_YES",
                },
                "driverId": "D2",
                "up": null,
              },
              {
                "down": null,
                "driverId": "D3",
                "up": null,
              },
              {
                "down": null,
                "driverId": "D4",
                "up": null,
              },
              {
                "down": null,
                "driverId": "D5",
                "up": null,
              },
              {
                "down": {
                  "answer": "LIKELY_YES",
                },
                "driverId": "D6",
                "up": null,
              },
              {
                "down": null,
                "driverId": "D7",
                "up": null,
              },
              {
                "down": {
                  "answer": "NO",
                },
                "driverId": "D8",
                "up": {
                  "answer": "EQUALLY_LIKELY",
                  "bandChanged": false,
                },
              },
              {
                "down": null,
                "driverId": "D9",
                "up": null,
              },
              {
                "down": null,
                "driverId": "D10",
                "up": null,
              },
            ],
            "pathToThreshold": {
              "moves": [],
              "reachable": true,
              "reason": null,
              "threshold": "HIGH",
            },
          },
          "total": 75,
          "warnings": [
            {
              "code": "incomplete",
              "driverId": null,
            },
            {
              "code": "thin-evidence",
              "driverId": null,
            },
          ],
        },
      }
    `)
  })

  it('refetches engagements and their worksheet rows through node and nodes', async () => {
    const interview = await db.prisma.interviewSession.findFirstOrThrow({
      where: { engagementId: demo.activeEngagementId },
    })
    const data = await executeOk<{ node: unknown; nodes: unknown[] }>(yoga, {
      token: demo.leadToken,
      variables: {
        id: globalId('Engagement', demo.activeEngagementId),
        ids: [
          globalId('Interview', interview.id),
          globalId('Engagement', demo.finishedEngagementId),
        ],
      },
      query: `query ($id: ID!, $ids: [ID!]!) {
        node(id: $id) { __typename ... on Engagement { title } }
        nodes(ids: $ids) { __typename ... on Interview { title } ... on Engagement { title } } }`,
    })
    expect(data).toMatchInlineSnapshot(`
      {
        "node": {
          "__typename": "Engagement",
          "title": "ACME IMC re-assessment 2026",
        },
        "nodes": [
          {
            "__typename": "Interview",
            "title": "Session 1: HQ, Plant B",
          },
          {
            "__typename": "Engagement",
            "title": "ACME IMC baseline assessment 2025",
          },
        ],
      }
    `)
  })

  it('hides engagements of other organizations', async () => {
    const id = globalId('Engagement', foreign.engagementId)
    const direct = await executeOk<{ engagement: unknown }>(yoga, {
      token: demo.leadToken,
      variables: { id },
      query: 'query ($id: ID!) { engagement(id: $id) { title } }',
    })
    expect(direct.engagement).toBeNull()
    const viaNode = await executeOperation<{ node: unknown }>(yoga, {
      token: demo.leadToken,
      variables: { id },
      query: 'query ($id: ID!) { node(id: $id) { ... on Engagement { title } } }',
    })
    // Exactly like an id that does not exist: null, no error that would reveal the row.
    const missing = await executeOperation<{ node: unknown }>(yoga, {
      token: demo.leadToken,
      variables: { id: globalId('Engagement', '01a00000-0000-7000-8000-000000000000') },
      query: 'query ($id: ID!) { node(id: $id) { ... on Engagement { title } } }',
    })
    expect(viaNode).toEqual({ data: { node: null } })
    expect(missing).toEqual(viaNode)
    const own = await executeOk<Page>(yoga, { token: foreign.token, query: PORTFOLIO })
    expect(titles(own)).toEqual(['Confidential assessment of another organization'])
  })
})
