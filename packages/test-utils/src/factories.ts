/**
 * Row factories with sensible, unique defaults. Each takes the client (or a transaction) and
 * optional overrides, and returns the created row.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto'
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import type { AuditActor } from '@immd/db/audit-repository'
import type { DbClient, DbExecutor } from '@immd/db/client'
import { type CreateEngagementInput, createEngagement } from '@immd/db/engagement-repository'
import type { Engagement, Organization, User } from '@immd/db/models'
import { hashPassword } from '@immd/db/password'
import type { OrganizationRole } from '@immd/db/vocabulary'

/** A short unique suffix, so factories never collide across tests sharing a database. */
export function createUniqueSuffix(): string {
  return randomUUID().slice(0, 8)
}

/** Creates an organization (`slug` and `name` unique by default). */
export function createOrganization(
  db: DbExecutor,
  overrides: Partial<{ slug: string; name: string }> = {},
): Promise<Organization> {
  const suffix = createUniqueSuffix()
  return db.organization.create({
    data: { slug: `org-${suffix}`, name: `Organization ${suffix}`, ...overrides },
  })
}

/** Options for {@link createUser}. */
export interface CreateUserOptions {
  email?: string
  name?: string
  /** Stored as a scrypt hash when given. */
  password?: string
}

/** Creates a user (unique e-mail by default; no password unless given). */
export async function createUser(db: DbExecutor, options: CreateUserOptions = {}): Promise<User> {
  const suffix = createUniqueSuffix()
  return db.user.create({
    data: {
      email: options.email ?? `user-${suffix}@example.org`,
      name: options.name ?? `User ${suffix}`,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
  })
}

/** Creates a user with a membership of the given role in the organization. */
export async function createMember(
  db: DbExecutor,
  options: { organizationId: string; role?: OrganizationRole } & CreateUserOptions,
): Promise<{ user: User; actor: AuditActor }> {
  const user = await createUser(db, options)
  await db.membership.create({
    data: {
      organizationId: options.organizationId,
      userId: user.id,
      role: options.role ?? 'lead-assessor',
    },
  })
  return { user, actor: { kind: 'user', id: user.id } }
}

/** An inventory record with the given short name (and `imc_id` `test-imc`) plus overrides. */
export function buildTeamRecord(
  shortName: string,
  overrides: Partial<InventoryRecord> = {},
): InventoryRecord {
  return {
    'short-team-name': shortName,
    imc_id: 'test-imc',
    model: 'internal_distributed',
    ...overrides,
  } as InventoryRecord
}

/** What {@link createTestEngagement} created. */
export interface TestEngagement {
  organization: Organization
  user: User
  actor: AuditActor
  engagement: Engagement
}

/**
 * Creates an engagement through the repository (15 activities, evaluations, checklist), with a
 * new organization and lead assessor unless given.
 */
export async function createTestEngagement(
  prisma: DbClient,
  overrides: Partial<CreateEngagementInput> = {},
): Promise<TestEngagement> {
  const organization = overrides.organizationId
    ? await prisma.organization.findUniqueOrThrow({ where: { id: overrides.organizationId } })
    : await createOrganization(prisma)
  const { user, actor } = await createMember(prisma, { organizationId: organization.id })
  const engagement = await createEngagement(prisma, {
    title: `Engagement ${createUniqueSuffix()}`,
    successThreshold: 'high',
    actor,
    ...overrides,
    organizationId: organization.id,
  })
  return { organization, user, actor, engagement }
}
