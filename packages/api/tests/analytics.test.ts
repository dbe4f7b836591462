/**
 * Portfolio analytics, cohort benchmarks and the re-assessment comparison (issue #15) on both
 * engines, with the privacy rules: a cohort below k engagements or k' organizations is withheld
 * with its reason; an organization that did not opt in contributes nothing to cross-organization
 * cohorts and sees only its own; no answer names, identifies or counts another tenant below the
 * thresholds. Statement counts per request are asserted.
 */
import { randomUUID } from 'node:crypto'
import { countStatements } from '@immd/db/statements'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, executeOperation, globalId } from './support/execute.js'
import { createApiToken, type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { waitUntil } from './support/wait-until.js'

const ANSWERS = ['no', 'likely-no', 'equally-likely', 'likely-yes', 'yes'] as const
const DRIVERS = Array.from({ length: 10 }, (_, i) => `D${i + 1}`)

/** An organization with a member admin and `count` closed engagements of one IMC model each. */
async function addOrganization(
  db: ApiDatabase,
  options: { name: string; count: number; model: string; optIn: boolean; seed: number },
) {
  const { prisma } = db
  const slug = `${options.name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 6)}`
  const organization = await prisma.organization.create({ data: { slug, name: options.name } })
  const user = await prisma.user.create({
    data: { email: `admin-${slug}@example.org`, name: `${options.name} Admin` },
  })
  await prisma.membership.create({
    data: { organizationId: organization.id, userId: user.id, role: 'admin' },
  })
  const method = await prisma.methodDefinition.findUniqueOrThrow({ where: { version: 'immd-1.0' } })
  const ids: string[] = []
  for (let i = 0; i < options.count; i += 1) {
    const answers = DRIVERS.map((_, d) => ANSWERS[(options.seed + i + d) % ANSWERS.length] ?? 'no')
    const total = answers.reduce((sum, a) => sum + ANSWERS.indexOf(a) * 25, 0) / answers.length
    const engagement = await prisma.engagement.create({
      data: {
        organizationId: organization.id,
        methodId: method.id,
        methodVersion: 'immd-1.0',
        title: `${options.name} secret IMC ${i + 1}`,
        imcId: `${slug}-imc-${i}`,
        state: 'closed',
        latestTotal: total,
        latestBand: total >= 65 ? 'high' : total >= 35 ? 'borderline' : 'low',
        successThreshold: 'high',
        organizationalModel: options.model,
        evaluations: { create: DRIVERS.map((driverId, d) => ({ driverId, answer: answers[d] })) },
      },
    })
    ids.push(engagement.id)
  }
  if (options.optIn) {
    await prisma.benchmarkParticipation.create({ data: { organizationId: organization.id } })
  }
  const token = await createApiToken(prisma, { userId: user.id, organizationId: organization.id })
  return { id: organization.id, slug, name: options.name, token, engagementIds: ids }
}

const BENCHMARK = `query ($id: ID!, $scope: BenchmarkScope) {
  node(id: $id) { ... on Engagement { benchmark(scope: $scope) {
    scope cohortSize { engagements organizations }
    suppression { code message }
    thresholds { minEngagements minOrganizations }
    dimensions { dimension value }
    total { value summary { count median q1 q3 } suppression { code } position }
    drivers { driverId statistic { value summary { count median q1 q3 } suppression { code message } } }
    sharedDriverIds notes noteDetails { code message driverIds dimension }
  } } } }`

interface BenchmarkData {
  node: {
    benchmark: {
      scope: string
      cohortSize: { engagements: number; organizations: number } | null
      suppression: { code: string; message: string } | null
      thresholds: { minEngagements: number; minOrganizations: number }
      dimensions: { dimension: string; value: string | null }[]
      total: { value: number | null; summary: { count: number; median: number } | null }
      drivers: {
        driverId: string
        statistic: {
          summary: { count: number; median: number } | null
          suppression: { code: string } | null
        }
      }[]
      sharedDriverIds: string[]
      notes: string[]
      noteDetails: {
        code: string
        message: string
        driverIds: string[]
        dimension: string | null
      }[]
    }
  }
}

describe.each(TEST_ENGINES)('analytics and benchmarks (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>
  let adminToken: string
  /** Every response body the demo organization's users received, to search for leaks. */
  const bodies: string[] = []

  const run = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await executeOperation<T>(yoga, { token, query, variables })
    bodies.push(JSON.stringify(result))
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors))
    return result.data
  }
  const benchmark = async (token: string, engagementId: string, scope: string) => {
    const answer = (
      await run<BenchmarkData>(token, BENCHMARK, {
        id: globalId('Engagement', engagementId),
        scope,
      })
    ).node.benchmark
    // Every note has its code and values, in the order of the English sentences.
    expect(answer.noteDetails.map((note) => note.message)).toEqual(answer.notes)
    for (const note of answer.noteDetails) {
      if (note.code === 'dimension-not-recorded') expect(note.dimension).not.toBeNull()
      else expect(note.driverIds.length).toBeGreaterThan(0)
    }
    return answer
  }

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } })
    adminToken = await createApiToken(db.prisma, {
      userId: admin.id,
      organizationId: demo.organizationId,
    })
  })
  afterAll(() => db?.close())

  it('computes portfolio statistics of your own organizations in three statements', async () => {
    const query = `query ($filter: PortfolioStatisticsFilter) { portfolioStatistics(filter: $filter) {
      engagements scored byState { state count } byAge { age count } bands { band count }
      thresholdDistance { differentialBands count } meetingThreshold belowThreshold withoutThreshold
      weakestDrivers { driverId shortName engagements mean median q1 q3 }
      heatmap(first: 1) { rows { engagementId title cells { driverId answer excluded } } hasNextPage endCursor }
    } }`
    // The token's first use records it (one write); count a request after that.
    await run(demo.leadToken, '{ viewer { authenticated } }')
    await waitUntil("the token's first use to be recorded", () =>
      db.prisma.apiToken.findFirst({ where: { userId: demo.leadId, lastUsedAt: { not: null } } }),
    )
    const measured = await countStatements(db, () =>
      executeOk<{ portfolioStatistics: Record<string, any> }>(yoga, {
        token: demo.leadToken,
        query: query.replace(/heatmap[^\n]*\n/, ''),
      }),
    )
    // The viewer, the grouped counts, the answers per driver.
    expect(measured.count).toBe(3)
    const stats = measured.result.portfolioStatistics
    expect(stats.engagements).toBe(2)
    expect(stats.scored).toBe(1)
    expect(stats.bands.find((b: { band: string }) => b.band === 'HIGH').count).toBe(1)
    expect(stats.byState).toEqual([
      { state: 'CLOSED', count: 1 },
      { state: 'EVALUATING', count: 1 },
    ])
    expect(stats.thresholdDistance).toEqual([{ differentialBands: 0, count: 1 }])
    expect(stats.meetingThreshold).toBe(1)
    // The demo's baseline: eight drivers at Likely Yes, D8 and D9 at Equally Likely.
    expect(stats.weakestDrivers.slice(0, 2).map((d: { driverId: string }) => d.driverId)).toEqual([
      'D8',
      'D9',
    ])
    expect(stats.weakestDrivers[0]).toMatchObject({ engagements: 1, mean: 50, median: 50 })

    const page = await run<{ portfolioStatistics: { heatmap: any } }>(demo.leadToken, query)
    expect(page.portfolioStatistics.heatmap.rows).toHaveLength(1)
    expect(page.portfolioStatistics.heatmap.hasNextPage).toBe(true)
    expect(page.portfolioStatistics.heatmap.rows[0].cells).toHaveLength(10)
    const next = await run<{ portfolioStatistics: { heatmap: any } }>(
      demo.leadToken,
      query
        .replace('heatmap(first: 1)', 'heatmap(first: 1, after: $after)')
        .replace(
          '($filter: PortfolioStatisticsFilter)',
          '($filter: PortfolioStatisticsFilter, $after: String)',
        ),
      { after: page.portfolioStatistics.heatmap.endCursor },
    )
    expect(next.portfolioStatistics.heatmap.hasNextPage).toBe(false)
    expect(next.portfolioStatistics.heatmap.rows[0].title).not.toBe(
      page.portfolioStatistics.heatmap.rows[0].title,
    )

    const filtered = await run<{ portfolioStatistics: { engagements: number } }>(
      demo.leadToken,
      'query ($f: PortfolioStatisticsFilter) { portfolioStatistics(filter: $f) { engagements } }',
      { f: { organizationalModel: ['COORDINATING'] } },
    )
    expect(filtered.portfolioStatistics.engagements).toBe(0)
    const byModel = await run<{ portfolioStatistics: { engagements: number } }>(
      demo.leadToken,
      'query ($f: PortfolioStatisticsFilter) { portfolioStatistics(filter: $f) { engagements } }',
      {
        f: { organizationalModel: ['INTERNAL_DISTRIBUTED'], country: ['de'], sizeBand: ['MEDIUM'] },
      },
    )
    expect(byModel.portfolioStatistics.engagements).toBe(2)
  })

  it('says what stands behind each band count: unscored, exclusions, low confidence', async () => {
    const org = await addOrganization(db, {
      name: 'Coverage',
      count: 3,
      model: 'coordinating',
      optIn: false,
      seed: 7,
    })
    const [withEvidence, excluded, thin] = org.engagementIds as [string, string, string]
    // Two coded data items on every driver: no driver of this engagement is on thin evidence.
    for (const driverId of DRIVERS) {
      for (const effect of ['+', '0']) {
        await db.prisma.dataItem.create({
          data: {
            engagementId: withEvidence,
            text: `${driverId} ${effect}`,
            effect,
            sourceKind: 'document',
            drivers: { create: [{ driverId }] },
          },
        })
      }
    }
    await db.prisma.driverExclusion.create({
      data: { engagementId: excluded, driverId: 'D3', reason: 'Not operated by this IMC' },
    })
    // Unscored: no band yet.
    await db.prisma.engagement.update({
      where: { id: thin },
      data: { latestBand: null, latestTotal: null, state: 'evaluating' },
    })
    const data = await run<{
      portfolioStatistics: {
        scored: number
        bands: { band: string; count: number; withExclusions: number; lowConfidence: number }[]
        bandCoverage: Record<string, number>
      }
    }>(
      org.token,
      `query ($f: PortfolioStatisticsFilter) { portfolioStatistics(filter: $f) { scored
        bands { band count withExclusions lowConfidence }
        bandCoverage { scored unscored withExclusions lowConfidence thinEvidenceItems } } }`,
      { f: { organizationId: globalId('Organization', org.id) } },
    )
    const stats = data.portfolioStatistics
    expect(stats.bandCoverage).toEqual({
      scored: 2,
      unscored: 1,
      withExclusions: 1,
      // The excluded engagement has no data items: its answered drivers rest on none.
      lowConfidence: 1,
      thinEvidenceItems: 2,
    })
    const sum = (key: 'count' | 'withExclusions' | 'lowConfidence') =>
      stats.bands.reduce((total, band) => total + band[key], 0)
    expect([sum('count'), sum('withExclusions'), sum('lowConfidence')]).toEqual([2, 1, 1])
    for (const band of stats.bands) {
      expect(band.withExclusions).toBeLessThanOrEqual(band.count)
      expect(band.lowConfidence).toBeLessThanOrEqual(band.count)
    }
    // The band holding the engagement with an exclusion counts it under both headings.
    const bandOf = async (id: string) =>
      (await db.prisma.engagement.findUniqueOrThrow({ where: { id } })).latestBand?.toUpperCase()
    const band = await bandOf(excluded)
    const excludedBand = stats.bands.find((b) => b.band === band)
    expect(excludedBand).toMatchObject({ withExclusions: 1, lowConfidence: 1 })
  })

  it('withholds an organization cohort below k, and shows it from k engagements on', async () => {
    const small = await benchmark(demo.leadToken, demo.finishedEngagementId, 'ORGANIZATION')
    expect(small.suppression?.code).toBe('TOO_FEW_ENGAGEMENTS')
    expect(small.suppression?.message).toBe('Withheld: the cohort has fewer than 5 engagements.')
    expect(small.cohortSize).toBeNull()
    expect(small.total.summary).toBeNull()
    expect(small.drivers.every((d) => d.statistic.summary === null)).toBe(true)
    expect(small.thresholds).toEqual({ minEngagements: 5, minOrganizations: 3 })
    expect(small.dimensions).toEqual([
      { dimension: 'ORGANIZATIONAL_MODEL', value: 'internal_distributed' },
    ])

    // Four more closed IMCs of the same model inside ACME: five in all.
    const { prisma } = db
    const method = await prisma.methodDefinition.findUniqueOrThrow({
      where: { version: 'immd-1.0' },
    })
    for (let i = 0; i < 4; i += 1) {
      await prisma.engagement.create({
        data: {
          organizationId: demo.organizationId,
          methodId: method.id,
          methodVersion: 'immd-1.0',
          title: `ACME subsidiary ${i + 1}`,
          imcId: `acme-subsidiary-${i}`,
          state: 'closed',
          latestTotal: 40 + i * 10,
          latestBand: 'borderline',
          organizationalModel: 'internal_distributed',
          evaluations: { create: DRIVERS.map((driverId) => ({ driverId, answer: ANSWERS[i] })) },
        },
      })
    }
    const measured = await countStatements(db, () =>
      executeOk<BenchmarkData>(yoga, {
        token: demo.leadToken,
        query: BENCHMARK,
        variables: { id: globalId('Engagement', demo.finishedEngagementId), scope: 'ORGANIZATION' },
      }),
    )
    // The viewer, the engagement (answers and exclusions joined on PostgreSQL), the cohort.
    expect(measured.count).toBe(engine === 'postgresql' ? 3 : 5)
    const shown = measured.result.node.benchmark
    expect(shown.suppression).toBeNull()
    expect(shown.cohortSize).toEqual({ engagements: 5, organizations: 1 })
    expect(shown.total).toMatchObject({ value: 70, summary: { count: 5, median: 60 } })
    expect(shown.drivers.find((d) => d.driverId === 'D8')?.statistic.summary).toMatchObject({
      count: 5,
      median: 50,
    })
  })

  it('keeps cross-organization cohorts to opted-in organizations and withholds them below k\u2032', async () => {
    // ACME has not opted in: nothing across organizations, whatever exists elsewhere.
    const bravo = await addOrganization(db, {
      name: 'Bravo Networks',
      count: 6,
      model: 'internal_distributed',
      optIn: true,
      seed: 1,
    })
    const notOptedIn = await addOrganization(db, {
      name: 'Charlie Telecom',
      count: 10,
      model: 'internal_distributed',
      optIn: false,
      seed: 2,
    })
    const refused = await benchmark(demo.leadToken, demo.finishedEngagementId, 'CROSS_ORGANIZATION')
    expect(refused.suppression?.code).toBe('NOT_OPTED_IN')
    expect(refused.cohortSize).toBeNull()

    // The opt-in: admins only, audited.
    const optIn = `mutation ($id: ID!, $on: Boolean!) { setBenchmarkParticipation(input: { organizationId: $id, optIn: $on }) {
      organization { benchmarkParticipation { optedIn optedInAt } } } }`
    const forbidden = await executeOperation(yoga, {
      token: demo.leadToken,
      query: optIn,
      variables: { id: globalId('Organization', demo.organizationId), on: true },
    })
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const opted = await run<any>(adminToken, optIn, {
      id: globalId('Organization', demo.organizationId),
      on: true,
    })
    expect(opted.setBenchmarkParticipation.organization.benchmarkParticipation.optedIn).toBe(true)
    const audit = await db.prisma.auditEvent.findFirst({
      where: {
        operation: 'organization.benchmark-participation',
        organizationId: demo.organizationId,
      },
    })
    expect(audit?.after).toEqual({ optedIn: true })

    // ACME (5 IMCs) and Bravo (6): eleven engagements, but two organizations < k'.
    const twoOrganizations = await benchmark(
      demo.leadToken,
      demo.finishedEngagementId,
      'CROSS_ORGANIZATION',
    )
    expect(twoOrganizations.suppression).toEqual({
      code: 'TOO_FEW_ORGANIZATIONS',
      message: 'Withheld: the cohort spans fewer than 3 organizations.',
    })
    expect(twoOrganizations.cohortSize).toBeNull()

    const delta = await addOrganization(db, {
      name: 'Delta Health',
      count: 2,
      model: 'internal_distributed',
      optIn: true,
      seed: 3,
    })
    // Charlie's ten engagements do not count: 5 + 6 + 2 of three opted-in organizations.
    const three = await benchmark(demo.leadToken, demo.finishedEngagementId, 'CROSS_ORGANIZATION')
    expect(three.suppression).toBeNull()
    expect(three.cohortSize).toEqual({ engagements: 13, organizations: 3 })
    expect(three.total.summary?.count).toBe(13)

    // The results page asks for both scopes in one query: one cohort statement counts both.
    const both = await countStatements(db, () =>
      executeOk<{
        node: { own: BenchmarkData['node']['benchmark']; peers: BenchmarkData['node']['benchmark'] }
      }>(yoga, {
        token: demo.leadToken,
        query: `query ($id: ID!) { node(id: $id) { ... on Engagement {
          own: benchmark { cohortSize { engagements organizations } total { summary { count median } } }
          peers: benchmark(scope: CROSS_ORGANIZATION) { cohortSize { engagements organizations } total { summary { count median } } }
        } } }`,
        variables: { id: globalId('Engagement', demo.finishedEngagementId) },
      }),
    )
    expect(both.count).toBe(engine === 'postgresql' ? 3 : 5)
    expect(both.result.node.peers.cohortSize).toEqual({ engagements: 13, organizations: 3 })
    expect(both.result.node.peers.total.summary).toMatchObject({ count: 13 })
    const ownAlone = await benchmark(demo.leadToken, demo.finishedEngagementId, 'ORGANIZATION')
    expect(both.result.node.own.cohortSize).toEqual(ownAlone.cohortSize)

    // Charlie, not opted in, sees its own cohort only, and nothing across organizations.
    const charlieOwn = await benchmark(
      notOptedIn.token,
      notOptedIn.engagementIds[0] ?? '',
      'ORGANIZATION',
    )
    expect(charlieOwn.cohortSize).toEqual({ engagements: 10, organizations: 1 })
    const charlieCross = await benchmark(
      notOptedIn.token,
      notOptedIn.engagementIds[0] ?? '',
      'CROSS_ORGANIZATION',
    )
    expect(charlieCross.suppression?.code).toBe('NOT_OPTED_IN')

    // Another tenant's engagement is not reachable at all.
    const foreign = await executeOperation<{ node: null }>(yoga, {
      token: demo.leadToken,
      query: BENCHMARK,
      variables: {
        id: globalId('Engagement', bravo.engagementIds[0] ?? ''),
        scope: 'CROSS_ORGANIZATION',
      },
    })
    bodies.push(JSON.stringify(foreign))
    expect(foreign.data?.node).toBeNull()
    // Nor do another tenant's portfolio statistics, even when the filter names it.
    const named = await run<{ portfolioStatistics: { engagements: number } }>(
      demo.leadToken,
      'query ($f: PortfolioStatisticsFilter) { portfolioStatistics(filter: $f) { engagements } }',
      { f: { organizationId: globalId('Organization', bravo.id) } },
    )
    expect(named.portfolioStatistics.engagements).toBe(0)

    // Nothing any demo request received names or identifies another tenant.
    const received = bodies.join('\n')
    for (const other of [bravo, notOptedIn, delta]) {
      for (const secret of [other.name, other.slug, other.id, globalId('Organization', other.id)]) {
        expect(received).not.toContain(secret)
      }
      for (const id of other.engagementIds) {
        expect(received).not.toContain(id)
        expect(received).not.toContain(globalId('Engagement', id))
      }
    }
    expect(received).not.toContain('secret IMC')
  })

  it('compares a re-assessment with the engagement it follows, improvement by improvement', async () => {
    const query = `query ($id: ID!) { node(id: $id) { ... on Engagement {
      comparison {
        previousEngagementId
        drivers { driverId previousAnswer currentAnswer delta change }
        improvements { driverId proposal expectedAnswer previousAnswer currentAnswer outcome }
        outcomeCounts { outcome count }
      } } } }`
    const measured = await countStatements(db, () =>
      executeOk<{ node: { comparison: any } }>(yoga, {
        token: demo.leadToken,
        query,
        variables: { id: globalId('Engagement', demo.activeEngagementId) },
      }),
    )
    expect(measured.count).toBeLessThanOrEqual(engine === 'postgresql' ? 3 : 8)
    const comparison = measured.result.node.comparison
    expect(comparison.previousEngagementId).toBe(globalId('Engagement', demo.finishedEngagementId))
    const byDriver = Object.fromEntries(
      comparison.drivers.map((d: { driverId: string }) => [d.driverId, d]),
    )
    expect(byDriver.D2).toMatchObject({
      previousAnswer: 'LIKELY_YES',
      currentAnswer: 'YES',
      delta: 25,
      change: 'IMPROVED',
    })
    expect(byDriver.D8).toMatchObject({ delta: -25, change: 'DECLINED' })
    expect(byDriver.D3).toMatchObject({ delta: null, change: 'NOT_COMPARABLE' })
    expect(
      comparison.improvements.map((i: { driverId: string; outcome: string }) => [
        i.driverId,
        i.outcome,
      ]),
    ).toEqual([
      ['D2', 'MET'],
      ['D8', 'NOT_MET'],
      ['D9', 'NOT_YET_ANSWERED'],
    ])
    const first = await run<{ node: { comparison: null } }>(demo.leadToken, query, {
      id: globalId('Engagement', demo.finishedEngagementId),
    })
    expect(first.node.comparison).toBeNull()
  })
})
