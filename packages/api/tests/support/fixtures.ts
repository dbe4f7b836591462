/**
 * Realistic data for operation tests: the demo organization of `@immd/db`'s seed (ACME Corp with a
 * finished engagement and its re-assessment), people with API tokens, and extra evidence.
 */
import { randomBytes } from 'node:crypto'
import { seedDatabase } from '@immd/db/seed'
import { seedSyntheticEngagements } from '@immd/db/seed/synthetic'
import { hashToken } from '../../src/auth/viewer.js'
import type { ApiDatabase, ApiPrismaClient } from '../../src/database.js'

/** Options of {@link createApiToken}. */
export interface CreateApiTokenOptions {
  userId: string
  organizationId: string
  scope?: 'read' | 'read-write'
  expiresAt?: Date | null
  revokedAt?: Date | null
}

/** Stores an API token for a user and returns its secret (send as `Authorization: Bearer …`). */
export async function createApiToken(
  prisma: ApiPrismaClient,
  options: CreateApiTokenOptions,
): Promise<string> {
  const secret = `immd_${randomBytes(24).toString('base64url')}`
  await prisma.apiToken.create({
    data: {
      userId: options.userId,
      organizationId: options.organizationId,
      name: 'test token',
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, 9),
      scope: options.scope ?? 'read-write',
      expiresAt: options.expiresAt ?? null,
      revokedAt: options.revokedAt ?? null,
    },
  })
  return secret
}

/** The seeded demo, with tokens for its lead assessor and viewer. */
export interface DemoFixture {
  organizationId: string
  finishedEngagementId: string
  activeEngagementId: string
  leadId: string
  leadToken: string
  readToken: string
  viewerToken: string
}

/** Seeds `@immd/db`'s demo and creates tokens (lead: read-write, lead read-only, viewer role). */
export async function seedDemoFixture(db: ApiDatabase): Promise<DemoFixture> {
  const { demo } = await seedDatabase(db)
  const { prisma } = db
  const lead = await prisma.user.findUniqueOrThrow({ where: { email: 'lead@example.org' } })
  const viewer = await prisma.user.findUniqueOrThrow({ where: { email: 'viewer@example.org' } })
  const engagements = await prisma.engagement.findMany({
    where: { organizationId: demo.organizationId },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  })
  const [finished, active] = engagements
  if (!finished || !active) throw new Error('the demo seed should create two engagements')
  const organizationId = demo.organizationId
  return {
    organizationId,
    finishedEngagementId: finished.id,
    activeEngagementId: active.id,
    leadId: lead.id,
    leadToken: await createApiToken(prisma, { userId: lead.id, organizationId }),
    readToken: await createApiToken(prisma, { userId: lead.id, organizationId, scope: 'read' }),
    viewerToken: await createApiToken(prisma, { userId: viewer.id, organizationId }),
  }
}

/** A second organization the demo users are not members of, with one engagement. */
export async function seedForeignOrganization(db: ApiDatabase) {
  const { prisma } = db
  const organization = await prisma.organization.create({
    data: { slug: `other-${randomBytes(3).toString('hex')}`, name: 'Other Org' },
  })
  const user = await prisma.user.create({
    data: { email: `owner-${organization.slug}@example.org`, name: 'Other Owner' },
  })
  await prisma.membership.create({
    data: { organizationId: organization.id, userId: user.id, role: 'admin' },
  })
  const method = await prisma.methodDefinition.findUniqueOrThrow({ where: { version: 'immd-1.0' } })
  const engagement = await prisma.engagement.create({
    data: {
      organizationId: organization.id,
      methodId: method.id,
      methodVersion: 'immd-1.0',
      title: 'Confidential assessment of another organization',
    },
  })
  const token = await createApiToken(prisma, { userId: user.id, organizationId: organization.id })
  return { organizationId: organization.id, engagementId: engagement.id, token }
}

/**
 * Adds `count` synthetic engagements in their own organization and returns a token of a member.
 * The rows come from `@immd/db`'s benchmark generator: every lifecycle stage, totals and bands.
 */
export async function seedPortfolio(db: ApiDatabase, count: number, slug = 'portfolio') {
  await seedSyntheticEngagements(db, { count, organizationSlug: slug, batchSize: 100 })
  const organization = await db.prisma.organization.findUniqueOrThrow({ where: { slug } })
  const user = await db.prisma.user.create({
    data: { email: `analyst-${slug}@example.org`, name: 'Portfolio Analyst' },
  })
  await db.prisma.membership.create({
    data: { organizationId: organization.id, userId: user.id, role: 'viewer' },
  })
  const token = await createApiToken(db.prisma, {
    userId: user.id,
    organizationId: organization.id,
    scope: 'read',
  })
  return { organizationId: organization.id, token }
}

/**
 * Adds evidence to an engagement: `size` interviews (two participants with ten ratings each),
 * `size` documents and `size` data items per source kind, each linked to two drivers.
 */
export async function addEvidence(prisma: ApiPrismaClient, engagementId: string, size: number) {
  const scope = await prisma.scopeEntry.findMany({ where: { engagementId }, take: 2 })
  const drivers = Array.from({ length: 10 }, (_, index) => `D${index + 1}`)
  const answers = ['no', 'likely-no', 'equally-likely', 'likely-yes', 'yes']
  const effects = ['+', '-', '0', '?']
  const maxOrdinal = await prisma.document.aggregate({
    where: { engagementId },
    _max: { ordinal: true },
  })
  for (let index = 0; index < size; index += 1) {
    const session = await prisma.interviewSession.create({
      data: {
        engagementId,
        title: `Follow-up interview ${index + 1}`,
        heldAt: new Date(Date.UTC(2026, 2, 1 + (index % 28), 9)),
        participants: {
          create: scope.map((entry, p) => ({
            scopeEntryId: entry.id,
            ratings: {
              create: drivers.map((driverId, d) => ({
                driverId,
                answer: answers[(index + p + d) % answers.length] ?? 'no',
              })),
            },
          })),
        },
      },
    })
    const document = await prisma.document.create({
      data: {
        engagementId,
        title: `Procedure ${index + 1}`,
        kind: 'procedure',
        ordinal: (maxOrdinal._max.ordinal ?? 0) + index + 1,
        reviewedAt: new Date(Date.UTC(2026, 2, 2)),
      },
    })
    for (const [kind, source] of [
      ['interview', { interviewSessionId: session.id }],
      ['document', { documentId: document.id }],
    ] as const) {
      await prisma.dataItem.create({
        data: {
          engagementId,
          text: `Observation ${index + 1} from the ${kind}`,
          effect: effects[index % effects.length] ?? '+',
          sourceKind: kind,
          ...source,
          drivers: {
            create: [
              { driverId: drivers[index % 10] ?? 'D1' },
              { driverId: drivers[(index + 3) % 10] ?? 'D4' },
            ],
          },
        },
      })
    }
  }
}
