import { describe, expect, it } from 'vitest'
import { completeActivity, skipActivity, startActivity } from '../../src/activity-repository.js'
import { recordSponsorship } from '../../src/engagement-repository.js'
import { ActivityGateError, VersionConflictError } from '../../src/errors.js'
import { recordDriverEvaluation } from '../../src/evaluation-repository.js'
import { loadEngagementSnapshot } from '../../src/lifecycle-snapshot.js'
import { createTestEngagement } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

describe(`activity transitions on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  it('refuse a transition whose gate is closed, listing what is missing', async () => {
    const { prisma } = db()
    const { engagement, actor } = await createTestEngagement(prisma)
    const input = { engagementId: engagement.id, actor }
    await startActivity(prisma, { ...input, activityId: 'PRA1' })
    const refused = completeActivity(prisma, { ...input, activityId: 'PRA1' })
    await expect(refused).rejects.toBeInstanceOf(ActivityGateError)
    await refused.catch((error: ActivityGateError) => {
      expect(error.missing.map((item) => item.code)).toEqual(['sponsorship-not-recorded'])
    })
    await recordSponsorship(prisma, { ...input, sponsorName: 'CISO' })
    const done = await completeActivity(prisma, { ...input, activityId: 'PRA1' })
    expect(done.activity).toMatchObject({
      status: 'completed',
      completedById: actor.id,
      outputs: ['PRO1'],
      version: 3,
    })
    expect(done.engagement.state).toBe('preparing')
    await expect(
      completeActivity(prisma, { ...input, activityId: 'PRA2', expectedVersion: 7 }),
    ).rejects.toBeInstanceOf(VersionConflictError)
  })

  it('walk an engagement to A4 and A5, storing a scored result snapshot each time', async () => {
    const { prisma } = db()
    const { engagement, actor } = await createTestEngagement(prisma)
    const engagementId = engagement.id
    const step = async (
      activityId: Parameters<typeof startActivity>[1]['activityId'],
      transitions: ('start' | 'complete' | 'skip')[],
    ) => {
      for (const transition of transitions) {
        const run = { start: startActivity, complete: completeActivity, skip: skipActivity }[
          transition
        ]
        await run(prisma, { engagementId, activityId, actor })
      }
    }
    await recordSponsorship(prisma, { engagementId, sponsorName: 'CISO', actor })
    const entry = await prisma.scopeEntry.create({
      data: {
        engagementId,
        kind: 'person',
        pseudonym: 'Interviewee 01',
        functions: ['respond'],
        ordinal: 1,
      },
    })
    for (const id of ['PRA1', 'PRA2', 'PRA3', 'PRA4'] as const)
      await step(id, ['start', 'complete'])
    await step('PRA6', ['skip'])
    await step('PRA5', ['start', 'complete'])
    await step('A1', ['start'])
    await step('A2', ['start'])
    const session = await prisma.interviewSession.create({
      data: { engagementId, title: 'S1', heldAt: new Date() },
    })
    await prisma.interviewParticipant.create({
      data: { sessionId: session.id, scopeEntryId: entry.id },
    })
    await prisma.document.create({
      data: { engagementId, title: 'Procedure', ordinal: 1, reviewedAt: new Date() },
    })
    await step('A1', ['complete'])
    await step('A2', ['complete'])
    await step('A3', ['start'])
    // Eight Likely Yes and two Equally Likely: (75*8 + 50*2) / 10 = 70, High.
    for (let n = 1; n <= 10; n++) {
      await recordDriverEvaluation(prisma, {
        engagementId,
        driverId: `D${n}`,
        expectedVersion: 1,
        answer: n <= 8 ? 'likely-yes' : 'equally-likely',
        actor,
        dataItems: {
          create: [
            {
              text: `item ${n}`,
              effect: '+',
              source: { kind: 'interview', interviewSessionId: session.id },
            },
          ],
        },
      })
    }
    await step('A3', ['complete'])
    await step('A4', ['start'])
    const scored = await completeActivity(prisma, { engagementId, activityId: 'A4', actor })
    expect(scored.result).toMatchObject({
      activityId: 'A4',
      total: 70,
      band: 'high',
      methodVersion: 'immd-1.0',
      differential: 0,
    })
    expect(scored.result?.profile).toMatchObject({ total: 70, band: 'high', complete: true })
    expect(scored.engagement).toMatchObject({
      state: 'scored',
      latestTotal: 70,
      latestBand: 'high',
    })
    await step('A5', ['start'])
    const profiled = await completeActivity(prisma, { engagementId, activityId: 'A5', actor })
    expect(profiled.result).toMatchObject({ activityId: 'A5', successThreshold: 'high' })
    expect(await prisma.resultSnapshot.count({ where: { engagementId } })).toBe(2)
    const { snapshot } = await loadEngagementSnapshot(prisma, engagementId)
    expect(snapshot.counts).toMatchObject({
      scopeEntries: 1,
      interviews: 1,
      documentsReviewed: 1,
      dataItems: 10,
    })
  })
})
