/**
 * A respondent's submission: the answers (the body, or the saved draft) become the interviewee's
 * self-reported ratings, notes and suggested data items in an interview session, through the
 * engagement-write helper (tenancy, data version, communicated-results lock), audited with the
 * link as actor. The link cannot be written through afterwards.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ValidationError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import { parseRespondentAnswers, type RespondentAnswers } from './respondent-answers.js'
import {
  assertReadable,
  claimWritable,
  draftOf,
  linkAudit,
  methodOfLink,
  type ResolvedLink,
} from './respondent-session.js'

export interface RespondentSubmission {
  submittedAt: Date
  interviewId: string
  ratings: number
  dataItems: number
}

/**
 * Submits the answers (the body, or the saved draft when the body is empty): the interviewee's
 * self-reported ratings and notes in the link's session (a new one, titled after the pseudonym,
 * when the link names none) and their suggested data items, all marked self-reported.
 */
export async function submitRespondentAnswers(
  ctx: ApiContext,
  link: ResolvedLink,
  body: unknown,
): Promise<RespondentSubmission> {
  assertReadable(link)
  const { method } = await methodOfLink(ctx, link)
  const answers = parseRespondentAnswers(body ?? draftOf(link), method)
  const answered = answers.ratings.filter((rating) => rating.answer)
  if (answered.length === 0) {
    throw new ValidationError([
      {
        path: 'answers.ratings',
        message: 'Rate at least one driver before you submit.',
        code: 'NO_RATING',
      },
    ])
  }
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(link.engagementId)
    const submittedAt = new Date()
    await claimWritable(tx, link.id, {
      draft: answers,
      submittedAt,
      comment: answers.comment ?? null,
    })
    const sessionId = await sessionFor(tx, link, answers, submittedAt)
    const participant = await tx.interviewParticipant.upsert({
      where: { sessionId_scopeEntryId: { sessionId, scopeEntryId: link.scopeEntryId } },
      create: { sessionId, scopeEntryId: link.scopeEntryId },
      update: {},
      select: { id: true, ratings: { select: { driverId: true, answer: true, note: true } } },
    })
    for (const rating of answered) {
      const values = {
        answer: rating.answer as AnswerId,
        note: rating.note || null,
        selfReported: true,
      }
      await tx.interviewRating.upsert({
        where: {
          participantId_driverId: { participantId: participant.id, driverId: rating.driverId },
        },
        create: { participantId: participant.id, driverId: rating.driverId, ...values },
        update: values,
      })
    }
    for (const item of answers.suggestedDataItems) {
      await tx.dataItem.create({
        data: {
          engagementId: engagement.id,
          text: item.text,
          effect: item.effect,
          sourceKind: 'interview',
          interviewSessionId: sessionId,
          selfReported: true,
          drivers: { create: [...new Set(item.driverIds)].map((driverId) => ({ driverId })) },
        },
      })
    }
    const result = {
      submittedAt,
      interviewId: sessionId,
      ratings: answered.length,
      dataItems: answers.suggestedDataItems.length,
    }
    return {
      result,
      audit: linkAudit(link, 'respondent.submit', {
        sessionId,
        before: participant.ratings,
        ratings: answered,
        suggestedDataItems: answers.suggestedDataItems.length,
      }),
    }
  })
}

/** The link's session, or a new one for this respondent (their comment as its TLP:AMBER notes). */
async function sessionFor(
  tx: ApiTransaction,
  link: ResolvedLink,
  answers: RespondentAnswers,
  at: Date,
): Promise<string> {
  if (link.sessionId) {
    const session = await tx.interviewSession.findUnique({
      where: { id: link.sessionId },
      select: { id: true },
    })
    if (session) return session.id
  }
  const session = await tx.interviewSession.create({
    data: {
      engagementId: link.engagementId,
      title: `Self-reported answers: ${link.pseudonym}`,
      heldAt: at,
      notes: answers.comment || null,
      notesTlp: 'amber',
    },
    select: { id: true },
  })
  await tx.respondentLink.update({ where: { id: link.id }, data: { sessionId: session.id } })
  return session.id
}
