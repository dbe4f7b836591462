/**
 * `engagementChanged(id)`: one event each time a mutation on the engagement commits, over SSE
 * (`Accept: text/event-stream`) or any transport Yoga serves. Only members of the engagement's
 * organization may subscribe; every event is re-authorized, and the stream ends when the token is
 * revoked, the session ends, the membership or the subscriber's engagement seat is removed.
 *
 * @packageDocumentation
 */
import { builder } from '../builder.js'
import type { EngagementChangedEvent } from '../pubsub.js'
import { releasingIterator } from '../subscriptions/open-subscriptions.js'
import { watchEngagement } from '../subscriptions/reauthorized-events.js'
import { EngagementRef } from './engagement.js'

builder.subscriptionType({
  description: 'Live updates; each event is published after its transaction committed.',
})

const EngagementChangedRef = builder
  .objectRef<EngagementChangedEvent>('EngagementChangedEvent')
  .implement({
    fields: (t) => ({
      engagementId: t.globalID({
        resolve: (event) => ({ type: 'Engagement', id: event.engagementId }),
      }),
      operation: t.exposeString('operation', {
        description: 'The audited operation, e.g. `evaluation.record`, `activity.complete`.',
      }),
      actorId: t.globalID({
        nullable: true,
        description: 'The user who made the change.',
        resolve: (event) => (event.actorId ? { type: 'User', id: event.actorId } : null),
      }),
      // Events that crossed Redis arrive with the date as a string.
      at: t.field({ type: 'DateTime', resolve: (event) => new Date(event.at) }),
      engagement: t.prismaField({
        type: 'Engagement',
        nullable: true,
        description: 'The engagement as it is now, planned from your selection.',
        resolve: (query, event, _args, ctx) =>
          ctx.db.prisma.engagement.findUnique({ ...query, where: { id: event.engagementId } }),
      }),
    }),
  })

builder.subscriptionField('engagementChanged', (t) =>
  t.field({
    type: EngagementChangedRef,
    description: 'Events of one engagement: who changed what, and the engagement after the change.',
    args: { id: t.arg.globalID({ required: true, for: EngagementRef }) },
    authScopes: async (_root, args, ctx) => {
      const organizationId = await ctx.loaders.engagementOrganization.load(args.id.id)
      return organizationId ? { member: organizationId } : false
    },
    // Every event is authorized again and runs with a renewed context (token, session,
    // membership and seat checked anew); see `subscriptions/reauthorized-events.ts`.
    // At most `maxSubscriptionsPerUser` open per user (any credential), refused at open.
    subscribe: (_root, args, ctx) => {
      if (ctx.viewer.kind !== 'user') return watchEngagement(ctx, args.id.id)
      const limit = ctx.auth.options.limits.maxSubscriptionsPerUser
      const release = ctx.openSubscriptions.reserve(ctx.viewer.userId, limit)
      return releasingIterator(watchEngagement(ctx, args.id.id), release)
    },
    resolve: (event) => event,
  }),
)
