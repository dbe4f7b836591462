/**
 * Writes of interview sessions (A1): sessions, their participants from the scope list, and each
 * participant's own rating per driver.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { NotFoundError } from '../errors.js'
import { type OpenEngagement, writeEngagement } from '../services/engagement-write.js'
import { refuseWhileInUse } from './dependants.js'
import {
  answerIssues,
  driverIssues,
  expectVersion,
  found,
  methodOf,
  throwIssues,
  worksheetAudit,
} from './guards.js'
import type { Removal } from './payloads.js'

/** Fields of a session; `null` clears `heldAt` and `notes`, `undefined` keeps a field. */
export interface InterviewFields {
  title?: string | null
  heldAt?: Date | null
  notes?: string | null
  notesTlp?: string | null
}

/** What an interview write returns (database ids). */
export interface InterviewChange {
  engagementId: string
  interviewId: string
}

/** One rating to record: the participant's own answer to a driver. */
export interface RatingInput {
  driverId: string
  answer: AnswerId
  note?: string | null
}

/** Scope entries must be of the session's engagement. */
async function requireScopeEntries(tx: ApiTransaction, engagementId: string, ids: string[]) {
  const unique = [...new Set(ids)]
  const rows = await tx.scopeEntry.findMany({
    where: { id: { in: unique }, engagementId },
    select: { id: true },
  })
  const missing = unique.find((id) => !rows.some((row) => row.id === id))
  if (missing) throw new NotFoundError('ScopeEntry', missing)
  return unique
}

/** Adds the scope entries not yet in the session; returns the ids added. */
async function insertParticipants(tx: ApiTransaction, sessionId: string, scopeEntryIds: string[]) {
  const existing = await tx.interviewParticipant.findMany({
    where: { sessionId, scopeEntryId: { in: scopeEntryIds } },
    select: { scopeEntryId: true },
  })
  const fresh = scopeEntryIds.filter((id) => !existing.some((row) => row.scopeEntryId === id))
  if (fresh.length > 0) {
    await tx.interviewParticipant.createMany({
      data: fresh.map((scopeEntryId) => ({ sessionId, scopeEntryId })),
    })
  }
  return fresh
}

/** Loads a session and its engagement inside the transaction. */
async function requireSession(tx: ApiTransaction, open: OpenEngagement, id: string) {
  const session = found(await tx.interviewSession.findUnique({ where: { id } }), 'Interview', id)
  return { session, engagement: await open(session.engagementId) }
}

/** Audit rows of this worksheet's writes. */
const audit = worksheetAudit('InterviewSession')

/** Creates a session, optionally with its participants. */
export function createInterviewSession(
  ctx: ApiContext,
  input: InterviewFields & {
    engagementId: string
    title: string
    participantIds?: string[] | null
  },
): Promise<InterviewChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const participants = await requireScopeEntries(tx, engagement.id, input.participantIds ?? [])
    const session = await tx.interviewSession.create({
      data: {
        engagementId: engagement.id,
        title: input.title,
        heldAt: input.heldAt ?? null,
        notes: input.notes ?? null,
        notesTlp: input.notesTlp ?? undefined,
      },
    })
    await insertParticipants(tx, session.id, participants)
    return {
      result: { engagementId: engagement.id, interviewId: session.id },
      audit: audit(engagement, 'interview.create', session.id, undefined, {
        ...session,
        participants,
      }),
    }
  })
}

/** Completes a guarded write of a session: NotFoundError or ConflictError when `count` is 0. */
function expectSessionVersion(tx: ApiTransaction, id: string, version: number, count: number) {
  return expectVersion({
    entity: 'Interview',
    id,
    version,
    count,
    current: () => tx.interviewSession.findUnique({ where: { id } }),
  })
}

/** Changes the given fields of a session, if `version` is still its version. */
export function updateInterviewSession(
  ctx: ApiContext,
  input: InterviewFields & { id: string; version: number },
): Promise<InterviewChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { session, engagement } = await requireSession(tx, open, input.id)
    const { count } = await tx.interviewSession.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        title: input.title ?? undefined,
        heldAt: input.heldAt,
        notes: input.notes,
        notesTlp: input.notesTlp ?? undefined,
        version: { increment: 1 },
      },
    })
    await expectSessionVersion(tx, input.id, input.version, count)
    const after = await tx.interviewSession.findUniqueOrThrow({ where: { id: input.id } })
    return {
      result: { engagementId: engagement.id, interviewId: input.id },
      audit: audit(engagement, 'interview.update', input.id, session, after),
    }
  })
}

/**
 * Removes a session with its participants and the ratings they gave in it, if `version` is still
 * its version. Refused (InUseError) while data items come from it: they would lose their source.
 * Respondent links to it stay; a later submission through one opens a new session.
 */
export function removeInterviewSession(
  ctx: ApiContext,
  input: { id: string; version: number },
): Promise<Removal> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { session, engagement } = await requireSession(tx, open, input.id)
    const dataItems = await tx.dataItem.count({ where: { interviewSessionId: input.id } })
    refuseWhileInUse('Interview', input.id, session.title, [
      {
        kind: 'DataItem',
        count: dataItems,
        says: 'data item(s) come from it',
        advice: 'remove them or give them another source first',
      },
    ])
    const participants = await tx.interviewParticipant.findMany({
      where: { sessionId: input.id },
      include: { ratings: true },
      orderBy: { id: 'asc' },
    })
    const { count } = await tx.interviewSession.deleteMany({
      where: { id: input.id, version: input.version },
    })
    await expectSessionVersion(tx, input.id, input.version, count)
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: audit(
        engagement,
        'interview.remove',
        input.id,
        { ...session, participants },
        undefined,
      ),
    }
  })
}

/** Adds scope entries of the engagement to a session (entries already in it are kept). */
export function addInterviewParticipants(
  ctx: ApiContext,
  input: { sessionId: string; scopeEntryIds: string[] },
): Promise<InterviewChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { engagement } = await requireSession(tx, open, input.sessionId)
    const ids = await requireScopeEntries(tx, engagement.id, input.scopeEntryIds)
    const added = await insertParticipants(tx, input.sessionId, ids)
    return {
      result: { engagementId: engagement.id, interviewId: input.sessionId },
      audit: audit(engagement, 'interview.participants.add', input.sessionId, undefined, { added }),
    }
  })
}

/** Removes a participant from a session, with the ratings they gave in it. */
export function removeInterviewParticipant(
  ctx: ApiContext,
  input: { sessionId: string; scopeEntryId: string },
): Promise<InterviewChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { engagement } = await requireSession(tx, open, input.sessionId)
    const participant = found(
      await tx.interviewParticipant.findUnique({
        where: { sessionId_scopeEntryId: input },
        include: { ratings: true },
      }),
      'InterviewParticipant',
      input.scopeEntryId,
    )
    await tx.interviewParticipant.delete({ where: { id: participant.id } })
    return {
      result: { engagementId: engagement.id, interviewId: input.sessionId },
      audit: audit(
        engagement,
        'interview.participants.remove',
        input.sessionId,
        participant,
        undefined,
      ),
    }
  })
}

/**
 * Records a participant's ratings: one per driver, replacing an earlier rating of the same driver.
 * Drivers and answers must belong to the engagement's method.
 */
export function recordInterviewRatings(
  ctx: ApiContext,
  input: { sessionId: string; scopeEntryId: string; ratings: RatingInput[] },
): Promise<InterviewChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { engagement } = await requireSession(tx, open, input.sessionId)
    const method = await methodOf(tx, engagement)
    throwIssues([
      ...driverIssues(
        method,
        input.ratings.map((rating) => rating.driverId),
        'input.ratings',
      ).map((issue) => ({ ...issue, path: `${issue.path}.driverId` })),
      ...input.ratings.flatMap((rating, index) =>
        answerIssues(method, rating.answer, `input.ratings.${index}.answer`),
      ),
      ...input.ratings.flatMap((rating, index) =>
        input.ratings.findIndex((other) => other.driverId === rating.driverId) === index
          ? []
          : [
              {
                path: `input.ratings.${index}.driverId`,
                message: `${rating.driverId} is rated twice.`,
              },
            ],
      ),
    ])
    const participant = found(
      await tx.interviewParticipant.findUnique({
        where: {
          sessionId_scopeEntryId: { sessionId: input.sessionId, scopeEntryId: input.scopeEntryId },
        },
        include: { ratings: true },
      }),
      'InterviewParticipant',
      input.scopeEntryId,
    )
    for (const rating of input.ratings) {
      await tx.interviewRating.upsert({
        where: {
          participantId_driverId: { participantId: participant.id, driverId: rating.driverId },
        },
        create: {
          participantId: participant.id,
          driverId: rating.driverId,
          answer: rating.answer,
          note: rating.note ?? null,
        },
        update: { answer: rating.answer, note: rating.note ?? null },
      })
    }
    return {
      result: { engagementId: engagement.id, interviewId: input.sessionId },
      audit: audit(engagement, 'interview.ratings', input.sessionId, participant.ratings, {
        scopeEntryId: input.scopeEntryId,
        ratings: input.ratings,
      }),
    }
  })
}
