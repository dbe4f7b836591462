import { planEngagement } from '@immd/core/planning'
import { describe, expect, it } from 'vitest'
import { listAuditEvents } from '../../src/audit-repository.js'
import { createEngagement } from '../../src/engagement-repository.js'
import { ForeignKeyError, NotFoundError } from '../../src/errors.js'
import { importTeams } from '../../src/team-repository.js'
import { createOrgWithUser, teamRecord } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

describe(`createEngagement on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('creates the 15 activity records, one evaluation per driver and the preparation checklist', async () => {
    const { prisma } = db()
    const { organization, user, actor } = await createOrgWithUser(prisma)
    const engagement = await createEngagement(prisma, {
      organizationId: organization.id,
      title: 'Plain',
      actor,
    })
    expect(engagement).toMatchObject({ methodVersion: 'immd-1.0', state: 'draft', version: 1 })
    const activities = await prisma.activityRecord.findMany({
      where: { engagementId: engagement.id },
      orderBy: { ordinal: 'asc' },
    })
    expect(activities.map((a) => a.activityId)).toEqual([
      'PRA1',
      'PRA2',
      'PRA3',
      'PRA4',
      'PRA5',
      'PRA6',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'PAA1',
      'PAA2',
      'PAA3',
    ])
    expect(activities.every((a) => a.status === 'not-started')).toBe(true)
    expect(await prisma.driverEvaluation.count({ where: { engagementId: engagement.id } })).toBe(10)
    expect(
      await prisma.checklistItem.count({ where: { engagementId: engagement.id } }),
    ).toBeGreaterThan(5)
    const members = await prisma.engagementMember.findMany({
      where: { engagementId: engagement.id },
    })
    expect(members).toEqual([expect.objectContaining({ userId: user.id, role: 'lead-assessor' })])
    const [event] = await listAuditEvents(prisma, {
      targetType: 'Engagement',
      targetId: engagement.id,
    })
    expect(event).toMatchObject({
      operation: 'engagement.create',
      actorKind: 'user',
      actorId: user.id,
    })
  })

  it('takes scope list, document checklist, team snapshot and threshold from a plan', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const records = [
      teamRecord('CSIRT', {
        success_threshold: 'high',
        staff: [
          { name: 'Ann', role: 'CSIRT manager', unit: 'HQ' },
          { name: 'Bo', role: 'member', unit: 'Site' },
        ],
        documents: ['RFC 2350'],
      }),
      teamRecord('SITE', { staff: [{ name: 'Cy', role: 'member', unit: 'Site' }] }),
    ]
    await importTeams(prisma, { organizationId: organization.id, records, actor })
    const planned = planEngagement({ records })
    if (!planned.ok) throw new Error(planned.error.message)
    const engagement = await createEngagement(prisma, {
      organizationId: organization.id,
      title: 'Planned',
      plan: planned.plan,
      actor,
    })
    expect(engagement).toMatchObject({ successThreshold: 'high', imcId: 'test-imc' })
    expect(engagement.teamSnapshot).toEqual(JSON.parse(JSON.stringify(records)))
    const team = await prisma.team.findUniqueOrThrow({ where: { id: engagement.teamId ?? '' } })
    expect(team.shortName).toBe('CSIRT')
    const scope = await prisma.scopeEntry.findMany({
      where: { engagementId: engagement.id },
      orderBy: { ordinal: 'asc' },
    })
    expect(scope.length).toBe(planned.plan.scopeList.flatMap((unit) => unit.entries).length)
    expect(scope[0]).toMatchObject({
      name: 'Ann',
      scopePosition: 'imc-manager',
      pseudonym: expect.any(String),
    })
    const documents = await prisma.document.findMany({ where: { engagementId: engagement.id } })
    expect(documents.map((d) => d.title)).toEqual(
      planned.plan.documentChecklist.map((d) => d.title),
    )
    const checklist = await prisma.checklistItem.findMany({
      where: { engagementId: engagement.id },
      orderBy: { ordinal: 'asc' },
    })
    expect(checklist.map((item) => item.text)).toEqual(
      planned.plan.preparationChecklist.map((item) => item.text),
    )
  })

  it('is all-or-nothing: a dangling reference is a typed error and leaves no rows', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    const before = await prisma.activityRecord.count()
    await expect(
      createEngagement(prisma, {
        organizationId: organization.id,
        title: 'Broken',
        members: [{ userId: 'no-such-user', role: 'assessor' }],
        actor,
      }),
    ).rejects.toBeInstanceOf(ForeignKeyError)
    await expect(
      createEngagement(prisma, { organizationId: 'no-such-org', title: 'Broken', actor }),
    ).rejects.toMatchObject({
      code: 'FOREIGN_KEY',
      model: 'Engagement',
    })
    expect(await prisma.activityRecord.count()).toBe(before)
    expect(await prisma.engagement.count({ where: { title: 'Broken' } })).toBe(0)
  })

  it('refuses an unknown method version', async () => {
    const { prisma } = db()
    const { organization, actor } = await createOrgWithUser(prisma)
    await expect(
      createEngagement(prisma, {
        organizationId: organization.id,
        title: 'X',
        methodVersion: 'immd-9',
        actor,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })
})
