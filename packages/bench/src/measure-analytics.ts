/**
 * `pnpm --filter @immd/bench bench:analytics [sqlite|postgresql]` (issue #15): portfolio statistics
 * and one cross-organization cohort benchmark on 10,000 engagements (four opted-in organizations
 * of 2,500 synthetic engagements with cohort data), next to the portfolio page they sit beside:
 * median and p95 latency in process (Yoga's fetch, no HTTP) and SQL statements per request.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { hashToken } from '@immd/api/auth/viewer'
import { createApi } from '@immd/api/yoga'
import { createDisposableDatabase } from '@immd/db/disposable-database'
import type { Engine } from '@immd/db/engine'
import { seedSyntheticEngagements } from '@immd/db/seed/synthetic'
import { countStatements } from '@immd/db/statements'

const ORGANIZATIONS = 4
const PER_ORGANIZATION = 2_500
const ROUNDS = 30

const QUERIES = {
  'portfolio page (20)': `{ engagements(first: 20, orderBy: { field: UPDATED_AT, direction: DESC }) {
    totalCount edges { node { id title state latestBand latestTotal successThreshold updatedAt } } } }`,
  portfolioStatistics: `{ portfolioStatistics { engagements scored bands { band count withExclusions lowConfidence }
    bandCoverage { scored unscored withExclusions lowConfidence }
    thresholdDistance { differentialBands count } byState { state count } byAge { age count }
    weakestDrivers { driverId mean median q1 q3 } } }`,
  'portfolioStatistics heatmap (25)': `{ portfolioStatistics { heatmap(first: 25) { rows { title cells { driverId answer } } } } }`,
  'cohort benchmark (cross-organization)': `query ($id: ID!) { node(id: $id) { ... on Engagement {
    benchmark(scope: CROSS_ORGANIZATION) { cohortSize { engagements organizations } suppression { code }
      total { summary { median q1 q3 } } drivers { driverId statistic { summary { median q1 q3 } } } } } } }`,
  'results page: both benchmark scopes (one cohort statement)': `query ($id: ID!) { node(id: $id) { ... on Engagement {
    own: benchmark { cohortSize { engagements } total { summary { median q1 q3 } } drivers { driverId statistic { summary { median } } } }
    peers: benchmark(scope: CROSS_ORGANIZATION) { cohortSize { engagements organizations } suppression { code }
      total { summary { median q1 q3 } } drivers { driverId statistic { summary { median q1 q3 } } } } } } }`,
} as const

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN

async function run(engine: Engine) {
  const db = await createDisposableDatabase({ engine })
  try {
    const started = performance.now()
    for (let index = 0; index < ORGANIZATIONS; index += 1) {
      await seedSyntheticEngagements(db, {
        count: PER_ORGANIZATION,
        batchSize: 250,
        organizationSlug: `bench-org-${index}`,
        seed: index + 1,
        cohorts: { optIn: true },
      })
    }
    console.log(
      `[${engine}] seeded ${ORGANIZATIONS * PER_ORGANIZATION} engagements in ${Math.round((performance.now() - started) / 1000)} s`,
    )
    const organization = await db.prisma.organization.findUniqueOrThrow({
      where: { slug: 'bench-org-0' },
    })
    const user = await db.prisma.user.create({
      data: { email: 'analyst@bench.example', name: 'Analyst' },
    })
    // A member of all four organizations: the portfolio and its statistics span 10,000.
    for (const org of await db.prisma.organization.findMany({ select: { id: true } })) {
      await db.prisma.membership.create({
        data: { organizationId: org.id, userId: user.id, role: 'viewer' },
      })
    }
    const secret = `immd_${randomBytes(24).toString('base64url')}`
    await db.prisma.apiToken.create({
      data: {
        userId: user.id,
        organizationId: organization.id,
        name: 'bench',
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, 9),
        scope: 'read',
      },
    })
    const closed = await db.prisma.engagement.findFirstOrThrow({
      where: {
        organizationId: organization.id,
        state: 'closed',
        organizationalModel: 'internal_distributed',
      },
      select: { id: true },
    })
    const yoga = createApi({ db })
    const send = async (query: string) => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query,
          variables: { id: Buffer.from(`Engagement:${closed.id}`).toString('base64') },
        }),
      })
      const body = (await response.json()) as { errors?: unknown }
      if (body.errors) throw new Error(JSON.stringify(body.errors))
      return body
    }
    await send(QUERIES['portfolio page (20)'])
    await new Promise((resolve) => setTimeout(resolve, 200))
    console.log(`| operation (${engine}, 10,000 engagements) | p50 ms | p95 ms | statements |`)
    console.log('| --- | --: | --: | --: |')
    for (const [name, query] of Object.entries(QUERIES)) {
      const { count, result } = await countStatements(db, () => send(query))
      if (name.startsWith('cohort')) console.error(`  ${JSON.stringify(result).slice(0, 160)}`)
      const times: number[] = []
      for (let round = 0; round < ROUNDS; round += 1) {
        const t0 = performance.now()
        await send(query)
        times.push(performance.now() - t0)
      }
      times.sort((a, b) => a - b)
      console.log(
        `| ${name} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${count} |`,
      )
    }
  } finally {
    await db.close()
  }
}

const engine = (process.argv[2] ?? 'sqlite') as Engine
await run(engine)
