/**
 * Interview sessions (A1): participants from the scope list with their own driver ratings, and the
 * consensus per driver across interviewees (`@immd/core/consensus`).
 *
 * @packageDocumentation
 */
import { type DriverConsensus, summarizeConsensus } from '@immd/core/consensus'
import type { AnswerId } from '@immd/core/method-types'
import { isRestrictedTlp } from '../auth/disclosure.js'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { requireMethod } from '../methods.js'
import { refusePageSizeAbove } from '../pagination.js'
import { AnswerEnum } from './enums.js'
import { TlpLabelEnum } from './record-enums.js'

export const InterviewRef = builder.prismaNode('InterviewSession', {
  nullable: true,
  name: 'Interview',
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: { id: true, engagementId: true, title: true, heldAt: true, notesTlp: true },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    title: t.string({ resolve: (s) => s.title }),
    heldAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.heldAt }),
    notes: t.exposeString('notes', {
      nullable: true,
      description:
        "Null unless the label allows you to read them: TLP:AMBER, AMBER+STRICT and RED notes are for the engagement's team only.",
      authScopes: (session) =>
        isRestrictedTlp(session.notesTlp)
          ? { engagementTeam: session.engagementId }
          : { authenticated: true },
      unauthorizedResolver: () => null,
    }),
    notesTlp: t.field({
      type: TlpLabelEnum,
      description:
        'Traffic Light Protocol 2.0 label of the notes; AMBER, AMBER_STRICT and RED notes are null to viewers.',
      resolve: (s) => s.notesTlp as typeof TlpLabelEnum.$inferType,
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', {
      description:
        'Counts changes of title, heldAt and notes; send it back to updateInterviewSession or removeInterviewSession.',
    }),
    participants: t.relation('participants', {
      query: { orderBy: { id: 'asc' } },
      description: 'The scope entries interviewed in this session.',
    }),
    dataItems: t.relatedConnection('dataItems', {
      cursor: 'id',
      totalCount: true,
      defaultSize: 100,
      maxSize: refusePageSizeAbove(500),
      description: 'Data items recorded in this interview, oldest first. Page-size limit: 500.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
})

// Participants and ratings are the detail's largest lists (every session × interviewees × ten
// drivers), so they are in select mode: a query reads the columns asked for, not the ids and
// timestamps nobody requested (each column costs JSON building in the database and parsing here).
// The fields below read their base columns without a per-field selection, which would add a
// Prisma-plugin wrapper that looks up the row's mapping on every row.
builder.prismaObject('InterviewParticipant', {
  select: { id: true },
  fields: (t) => ({
    scopeEntry: t.relation('scopeEntry'),
    ratings: t.relation('ratings', {
      query: { orderBy: [{ driverId: 'asc' }, { id: 'asc' }] },
      description: "The interviewee's own answers per driver.",
    }),
  }),
})

builder.prismaObject('InterviewRating', {
  select: { driverId: true, answer: true },
  fields: (t) => ({
    driverId: t.string({ resolve: (r) => r.driverId }),
    answer: t.field({ type: AnswerEnum, resolve: (r) => r.answer as AnswerId }),
    note: t.exposeString('note', { nullable: true }),
    selfReported: t.exposeBoolean('selfReported', {
      description:
        'True when the interviewee gave this answer through a respondent link, not to an interviewer.',
    }),
  }),
})

const AnswerCountRef = builder
  .objectRef<{ answer: AnswerId; count: number }>('AnswerCount')
  .implement({
    fields: (t) => ({
      answer: t.field({ type: AnswerEnum, resolve: (c) => c.answer }),
      count: t.exposeInt('count'),
    }),
  })

/** A consensus row with the number of self-reported answers among its ratings. */
type SelfReportedConsensus = DriverConsensus & { selfReportedCount?: number }

export const DriverConsensusRef = builder.objectRef<DriverConsensus>('DriverConsensus').implement({
  description: 'How far interviewees agree on one driver (A3 discussion aid).',
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    count: t.exposeInt('count', { description: 'Interviewees who rated it.' }),
    min: t.field({ type: AnswerEnum, nullable: true, resolve: (c) => c.min }),
    max: t.field({ type: AnswerEnum, nullable: true, resolve: (c) => c.max }),
    median: t.field({ type: AnswerEnum, nullable: true, resolve: (c) => c.median }),
    spreadSteps: t.exposeInt('spreadSteps'),
    selfReportedCount: t.int({
      description: 'Of `count`, the interviewees who answered through a respondent link.',
      resolve: (c) => (c as SelfReportedConsensus).selfReportedCount ?? 0,
    }),
    disagreement: t.exposeBoolean('disagreement'),
    distribution: t.field({
      type: [AnswerCountRef],
      resolve: (c) =>
        Object.entries(c.distribution).map(([answer, count]) => ({
          answer: answer as AnswerId,
          count,
        })),
    }),
  }),
})

export { AnswerCountRef }

builder.prismaObjectFields('Engagement', (t) => ({
  interviews: t.relatedConnection('interviews', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'Interview sessions, in the order they were held. Page-size limit: 500.',
    query: { orderBy: [{ heldAt: 'asc' }, { id: 'asc' }] },
  }),
  consensus: t.field({
    type: [DriverConsensusRef],
    description: 'Agreement of the interviewees per driver, in method order.',
    select: {
      methodVersion: true,
      interviews: {
        select: {
          participants: {
            select: {
              scopeEntryId: true,
              ratings: {
                select: { driverId: true, answer: true, selfReported: true },
                orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
              },
            },
          },
        },
        orderBy: [{ heldAt: 'asc' }, { id: 'asc' }],
      },
    },
    resolve: async (engagement, _args, ctx) => {
      const method = await requireMethod(ctx.loaders, engagement.methodVersion)
      const ratings = engagement.interviews.flatMap((session) =>
        session.participants.flatMap((participant) =>
          participant.ratings.map((rating) => ({
            driverId: rating.driverId,
            intervieweeId: participant.scopeEntryId,
            answer: rating.answer as AnswerId,
          })),
        ),
      )
      // Interviewees (not ratings) per driver who answered through a respondent link.
      const selfReported = new Map<string, Set<string>>()
      for (const session of engagement.interviews) {
        for (const participant of session.participants) {
          for (const rating of participant.ratings) {
            if (!rating.selfReported) continue
            const who = selfReported.get(rating.driverId) ?? new Set<string>()
            who.add(participant.scopeEntryId)
            selfReported.set(rating.driverId, who)
          }
        }
      }
      return summarizeConsensus(ratings, { method }).map(
        (row): SelfReportedConsensus => ({
          ...row,
          selfReportedCount: selfReported.get(row.driverId)?.size ?? 0,
        }),
      )
    },
  }),
}))
