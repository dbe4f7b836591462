/**
 * `replayWebhookDelivery` (admins of the organization, audited): queues a delivery's body again as
 * a new delivery with the same event id, signed anew when it is sent.
 *
 * @packageDocumentation
 */
import { writeAudited } from '../audit.js'
import { builder } from '../builder.js'
import { NotFoundError } from '../errors.js'
import { WebhookDeliveryRef } from './webhooks.js'

const ReplayWebhookDeliveryPayload = builder
  .objectRef<{ deliveryId: string }>('ReplayWebhookDeliveryPayload')
  .implement({
    description: 'The new delivery.',
    fields: (t) => ({
      delivery: t.field({
        type: WebhookDeliveryRef,
        description: 'The replay: pending, due now, with the same event id and body.',
        resolve: (payload, _args, ctx) =>
          ctx.db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: payload.deliveryId } }),
      }),
    }),
  })

const ReplayWebhookDeliveryInput = builder.inputType('ReplayWebhookDeliveryInput', {
  description: 'The webhook delivery to send again.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: WebhookDeliveryRef }),
  }),
})

builder.mutationField('replayWebhookDelivery', (t) =>
  t.field({
    type: ReplayWebhookDeliveryPayload,
    description:
      'Posts a delivery again (as a new delivery with the same event id and body, signed anew): after a failure, or to re-sync a receiver.',
    args: { input: t.arg({ type: ReplayWebhookDeliveryInput, required: true }) },
    authScopes: async (_root, { input: args }, ctx) => {
      const row = await ctx.db.prisma.webhookDelivery.findUnique({
        where: { id: args.id.id },
        select: { organizationId: true },
      })
      return row ? { adminWriter: row.organizationId } : { authenticated: true }
    },
    errors: { types: [NotFoundError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      writeAudited(ctx, async (tx) => {
        const original = await tx.webhookDelivery.findUnique({ where: { id: args.id.id } })
        if (!original) throw new NotFoundError('WebhookDelivery', args.id.id)
        const replay = await tx.webhookDelivery.create({
          data: {
            endpointId: original.endpointId,
            organizationId: original.organizationId,
            eventId: original.eventId,
            eventType: original.eventType,
            body: original.body,
            replayOfId: original.id,
          },
        })
        return {
          result: { deliveryId: replay.id },
          audit: {
            operation: 'webhook.replay',
            targetType: 'WebhookDelivery',
            targetId: replay.id,
            organizationId: replay.organizationId,
            after: { replayOf: original.id, eventId: original.eventId },
          },
        }
      }),
  }),
)
