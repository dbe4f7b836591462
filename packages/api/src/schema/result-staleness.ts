/**
 * `Engagement.staleResult` (the stored result no longer matches the answers, and why) and
 * `rerunScoring` (the action that follows from it). Logic: `services/result-staleness.ts`.
 *
 * @packageDocumentation
 */
import type { BandId } from '@immd/core/method-types'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { engagementWriteErrors } from '../errors.js'
import { findStaleResult, rerunScoring, type StaleResult } from '../services/result-staleness.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { BandEnum } from './enums.js'

const StaleResultRef = builder.objectRef<StaleResult>('StaleResult').implement({
  description:
    'The stored result (A4/A5) was computed before the answers changed: the result shown from the current data differs from the stored one until A4 is completed again.',
  fields: (t) => ({
    activityId: t.exposeString('activityId', { description: 'A4 or A5: what stored the result.' }),
    computedAt: t.expose('computedAt', {
      type: 'DateTime',
      description: 'When the stored (now outdated) result was computed.',
    }),
    storedTotal: t.exposeFloat('storedTotal', { description: 'The stored (now outdated) total.' }),
    storedBand: t.field({
      type: BandEnum,
      description:
        'The band of the stored (now outdated) result; the current answers may fall in another band.',
      resolve: (s) => s.storedBand as BandId,
    }),
    changedDrivers: t.exposeStringList('changedDrivers', {
      description: 'Drivers whose answer or exclusion changed since the result was stored.',
    }),
    reason: t.string({
      description:
        'Human-readable explanation for display: which drivers changed, after which activity, and what to do (complete A4 again via `rerunScoring`).',
      resolve: (s) =>
        `${s.changedDrivers.join(', ')} changed after ${s.activityId} stored the result; complete A4 again (rerunScoring) to store the result of the current answers.`,
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  staleResult: t.field({
    type: StaleResultRef,
    nullable: true,
    description:
      'Set when the answers changed after A4/A5 stored the result (null when it is current or none is stored). Two reads per engagement: ask it of one engagement, not of a list.',
    resolve: (engagement, _args, ctx) => findStaleResult(ctx.db.prisma, engagement.id),
  }),
}))

const RerunScoringInput = builder.inputType('RerunScoringInput', {
  description: 'The engagement whose stale result is to be recomputed.',
  fields: (t) => ({
    engagementId: t.globalID({
      required: true,
      for: EngagementRef,
      description:
        'An engagement whose `staleResult` is set (otherwise a ValidationError); you must be able to write to it.',
    }),
  }),
})

builder.mutationField('rerunScoring', (t) =>
  t.field({
    type: engagementPayloadRef('RerunScoringPayload', {
      type: 'The engagement after its stored result was superseded for rescoring.',
      engagement:
        'The engagement with A4 and A5 back in progress and the stored result superseded: `staleResult` is now null until A4 is completed again.',
    }),
    description:
      'When `staleResult` is set: puts A4 and A5 back in progress and marks the stored result superseded (with the changed drivers as reason, audited), so completing A4 again stores the current result. Refused after PAA1 (use reopenResults).',
    args: { input: t.arg({ type: RerunScoringInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: engagementWriteErrors(),
    resolve: (_root, { input }, ctx) => rerunScoring(ctx, { engagementId: input.engagementId.id }),
  }),
)
