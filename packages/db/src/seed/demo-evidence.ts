/**
 * Evidence and Phase 3 records of the demo engagements: interview sessions with participants and
 * their own per-driver ratings, reviewed documents, improvements, a results briefing and lessons.
 *
 * @packageDocumentation
 */
import type { DbTransaction } from '../client.js'
import { DEMO_IMPROVEMENTS } from './demo-data.js'

const RATING_SCALE = ['likely-no', 'equally-likely', 'likely-yes', 'yes'] as const

/** Holds `count` interview sessions over the scope list; each participant rates three drivers. */
export async function addRatedInterviews(tx: DbTransaction, engagementId: string, count: number) {
  const entries = await tx.scopeEntry.findMany({
    where: { engagementId },
    orderBy: { ordinal: 'asc' },
  })
  const perSession = Math.max(1, Math.ceil(entries.length / count))
  for (let index = 0; index < count; index++) {
    const participants = entries.slice(index * perSession, (index + 1) * perSession)
    const units = [...new Set(participants.map((entry) => entry.unit ?? 'HQ'))]
    const session = await tx.interviewSession.create({
      data: {
        engagementId,
        title: `Session ${index + 1}: ${units.join(', ') || 'HQ'}`,
        heldAt: new Date(Date.UTC(2025, 2, 17 + index, 9)),
        notes: `Discussed drivers D1-D10 with ${participants.length} interviewees; notes kept by the note taker.`,
        notesTlp: 'amber',
      },
    })
    for (const [position, entry] of participants.entries()) {
      const participant = await tx.interviewParticipant.create({
        data: { sessionId: session.id, scopeEntryId: entry.id },
      })
      await tx.interviewRating.createMany({
        data: ['D1', 'D2', 'D8'].map((driverId, offset) => ({
          participantId: participant.id,
          driverId,
          answer:
            RATING_SCALE[(position + offset + index) % RATING_SCALE.length] ?? 'equally-likely',
        })),
      })
      await tx.scopeEntry.update({ where: { id: entry.id }, data: { interviewed: true } })
    }
  }
}

/** Requests, receives and reviews every document of the checklist. */
export async function reviewDocuments(
  tx: DbTransaction,
  engagementId: string,
  reviewerId: string | null,
) {
  await tx.document.updateMany({
    where: { engagementId },
    data: {
      requestedAt: new Date(Date.UTC(2025, 2, 5)),
      receivedAt: new Date(Date.UTC(2025, 2, 12)),
      reviewedAt: new Date(Date.UTC(2025, 2, 20)),
      reviewerId,
    },
  })
}

/** Adds the records an activity's gate needs: improvements (A6), a briefing (PAA1), lessons (PAA2/3). */
export async function addPhase3Records(
  tx: DbTransaction,
  engagementId: string,
  users: Record<string, string>,
  kind: 'improvements' | 'communication' | 'lessons',
) {
  if (kind === 'improvements') {
    const items = await tx.dataItem.findMany({
      where: { engagementId, effect: { in: ['-', '?'] } },
      include: { drivers: true },
    })
    for (const improvement of DEMO_IMPROVEMENTS) {
      const { ownerKey, ...fields } = { ownerKey: undefined, ownerName: undefined, ...improvement }
      const linked = items.filter((item) =>
        item.drivers.some((link) => link.driverId === improvement.driverId),
      )
      await tx.improvement.create({
        data: {
          ...fields,
          engagementId,
          ownerId: ownerKey ? (users[ownerKey] ?? null) : null,
          dueDate: new Date(Date.UTC(2025, 8, 30)),
          dataItems: { create: linked.map((item) => ({ dataItemId: item.id })) },
        },
      })
    }
  } else if (kind === 'communication') {
    const result = await tx.resultSnapshot.findFirst({
      where: { engagementId },
      orderBy: { computedAt: 'desc' },
    })
    await tx.resultCommunication.create({
      data: {
        engagementId,
        audience: 'CISO and IMC managers',
        medium: 'briefing',
        communicatedAt: new Date(Date.UTC(2025, 3, 24)),
        resultSnapshotId: result?.id ?? null,
        notes: 'Potential for success High (70) against a High threshold; improvements agreed.',
        createdById: users.lead ?? null,
      },
    })
  } else {
    await tx.lessonLearned.createMany({
      data: [
        {
          engagementId,
          category: 'interviews',
          text: 'Schedule Plant C interviews in the local shift pattern.',
          authorId: users.lead ?? null,
        },
        {
          engagementId,
          category: 'documents',
          text: 'Request documents two weeks before the interview week.',
          processUpdate: 'The preparation checklist now requests documents during PRA4.',
          appliedAt: new Date(Date.UTC(2025, 4, 6)),
          authorId: users.assessor ?? null,
        },
      ],
    })
  }
}
