// Small row factories for the data-layer tests (the shared ones live in @immd/test-utils, which
// depends on this package and so cannot be used here).
import { randomUUID } from 'node:crypto'
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import type { AuditActor } from '../../src/audit-repository.js'
import type { DbClient } from '../../src/client.js'
import { createEngagement } from '../../src/engagement-repository.js'

export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`
}

export async function createOrgWithUser(prisma: DbClient) {
  const organization = await prisma.organization.create({
    data: { slug: uniqueSlug('org'), name: 'Test Org' },
  })
  const user = await prisma.user.create({
    data: { email: `${uniqueSlug('user')}@example.org`, name: 'Test User' },
  })
  await prisma.membership.create({
    data: { organizationId: organization.id, userId: user.id, role: 'lead-assessor' },
  })
  const actor: AuditActor = { kind: 'user', id: user.id }
  return { organization, user, actor }
}

export function teamRecord(
  shortName: string,
  extra: Partial<InventoryRecord> = {},
): InventoryRecord {
  return {
    'short-team-name': shortName,
    imc_id: 'test-imc',
    model: 'internal_distributed',
    ...extra,
  } as InventoryRecord
}

export async function createTestEngagement(prisma: DbClient) {
  const { organization, user, actor } = await createOrgWithUser(prisma)
  const engagement = await createEngagement(prisma, {
    organizationId: organization.id,
    title: 'Test engagement',
    successThreshold: 'high',
    actor,
  })
  return { organization, user, actor, engagement }
}
