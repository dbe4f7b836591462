/**
 * Managing webhook endpoints (admins of the organization, read-write, audited):
 * `createWebhookEndpoint` (returns the signing secret once), `updateWebhookEndpoint` (URL, events,
 * note, enable/disable; enabling clears the failure count) and `deleteWebhookEndpoint`. Replaying
 * a delivery is in `webhook-delivery-mutations.ts`.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { writeAudited } from '../audit.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { NotFoundError, ValidationError } from '../errors.js'
import { checkEndpointUrl } from '../webhooks/endpoint-url.js'
import type { WebhookEventType } from '../webhooks/event-types.js'
import { generateWebhookSecret } from '../webhooks/signature.js'
import { OrganizationRef } from './organization.js'
import { WebhookEndpointRef, WebhookEventTypeEnum } from './webhooks.js'

/** Refuses a URL the instance does not deliver to, naming the field. */
function assertEndpointUrl(ctx: ApiContext, url: string, path: string): void {
  const problem = checkEndpointUrl(url, ctx.auth.options.webhooksAllowLoopbackHttp)
  if (problem) throw new ValidationError([{ path, message: problem, code: 'WEBHOOK_URL_REFUSED' }])
}

/** What the audit trail keeps of an endpoint (never its secret). */
function describeEndpoint(endpoint: {
  url: string
  eventTypes: unknown
  active: boolean
  description: string | null
}) {
  const { url, eventTypes, active, description } = endpoint
  return { url, eventTypes, active, description }
}

async function endpointAdminScopes(id: string, ctx: ApiContext) {
  const row = await ctx.db.prisma.webhookEndpoint.findUnique({
    where: { id },
    select: { organizationId: true },
  })
  return row ? { adminWriter: row.organizationId } : { authenticated: true }
}

const eventTypesField = z.array(z.string()).min(1, 'Subscribe to one event type at least.')

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'Whose events.',
    }),
    url: t.string({
      required: true,
      description: 'An https:// URL.',
      validate: z.string().trim().max(2000),
    }),
    eventTypes: t.field({
      type: [WebhookEventTypeEnum],
      required: true,
      description: 'The events to receive (one at least).',
      validate: eventTypesField,
    }),
    description: t.string({ description: 'A note for admins.', validate: z.string().max(500) }),
  }),
})

/**
 * A mutation payload that carries the id of the endpoint it wrote and exposes the endpoint as
 * `endpoint`, read fresh. More fields can be added to the ref.
 */
function webhookEndpointPayloadRef<Payload extends { endpointId: string }>(
  name: string,
  description: string,
) {
  return builder.objectRef<Payload>(name).implement({
    description,
    fields: (t) => ({
      endpoint: t.field({
        type: WebhookEndpointRef,
        description: 'The endpoint.',
        resolve: (payload, _args, ctx) =>
          ctx.db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: payload.endpointId } }),
      }),
    }),
  })
}

const CreateWebhookEndpointPayload = webhookEndpointPayloadRef<{
  endpointId: string
  secret: string
}>('CreateWebhookEndpointPayload', 'The new endpoint and its signing secret.')

builder.objectFields(CreateWebhookEndpointPayload, (t) => ({
  secret: t.exposeString('secret', {
    description:
      'The HMAC-SHA256 key of the `IMMD-Signature` header (docs/api.md). Shown this once: store it with the receiver.',
  }),
}))

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: CreateWebhookEndpointPayload,
    description:
      'Registers an HTTPS endpoint for webhook events of an organization you administer.',
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true }) },
    authScopes: (_root, { input }) => ({ adminWriter: input.organizationId.id }),
    errors: { types: [ValidationError], directResult: true },
    resolve: (_root, { input }, ctx) => {
      const url = input.url.trim()
      assertEndpointUrl(ctx, url, 'input.url')
      const secret = generateWebhookSecret()
      return writeAudited(ctx, async (tx) => {
        const row = await tx.webhookEndpoint.create({
          data: {
            organizationId: input.organizationId.id,
            url,
            description: input.description ?? null,
            eventTypes: [...new Set(input.eventTypes as WebhookEventType[])],
            secret,
            createdById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
          },
        })
        return {
          result: { endpointId: row.id, secret },
          audit: {
            operation: 'webhook.create',
            targetType: 'WebhookEndpoint',
            targetId: row.id,
            organizationId: row.organizationId,
            after: describeEndpoint(row),
          },
        }
      })
    },
  }),
)

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: WebhookEndpointRef, description: 'The endpoint.' }),
    url: t.string({ description: 'A new https:// URL.', validate: z.string().trim().max(2000) }),
    eventTypes: t.field({
      type: [WebhookEventTypeEnum],
      description: 'The events to receive from now on.',
      validate: eventTypesField.optional(),
    }),
    description: t.string({ description: 'A new note.', validate: z.string().max(500) }),
    active: t.boolean({
      description: 'False disables it; true enables it again and clears its failure count.',
    }),
  }),
})

const WebhookEndpointPayload = webhookEndpointPayloadRef<{ endpointId: string }>(
  'WebhookEndpointPayload',
  'The endpoint after the change.',
)

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointPayload,
    description: 'Changes an endpoint; enabling a disabled one clears its failure count.',
    args: { input: t.arg({ type: UpdateWebhookEndpointInput, required: true }) },
    authScopes: (_root, { input }, ctx) => endpointAdminScopes(input.id.id, ctx),
    errors: { types: [NotFoundError, ValidationError], directResult: true },
    resolve: (_root, { input }, ctx) => {
      const url = input.url?.trim()
      if (url !== undefined) assertEndpointUrl(ctx, url, 'input.url')
      return writeAudited(ctx, async (tx) => {
        const before = await tx.webhookEndpoint.findUnique({ where: { id: input.id.id } })
        if (!before) throw new NotFoundError('WebhookEndpoint', input.id.id)
        const enabling = input.active === true && !before.active
        const after = await tx.webhookEndpoint.update({
          where: { id: before.id },
          data: {
            ...(url !== undefined ? { url } : {}),
            ...(input.eventTypes ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.active != null ? { active: input.active } : {}),
            ...(enabling ? { consecutiveFailures: 0, disabledAt: null, disabledReason: null } : {}),
          },
        })
        return {
          result: { endpointId: after.id },
          audit: {
            operation: 'webhook.update',
            targetType: 'WebhookEndpoint',
            targetId: after.id,
            organizationId: after.organizationId,
            before: describeEndpoint(before),
            after: describeEndpoint(after),
          },
        }
      })
    },
  }),
)

const DeleteWebhookEndpointPayload = builder
  .objectRef<{ endpointId: string }>('DeleteWebhookEndpointPayload')
  .implement({
    description: 'The deleted endpoint, with its deliveries.',
    fields: (t) => ({
      deletedId: t.globalID({
        description: 'The id of the deleted endpoint.',
        resolve: (payload) => ({ type: 'WebhookEndpoint', id: payload.endpointId }),
      }),
    }),
  })

const DeleteWebhookEndpointInput = builder.inputType('DeleteWebhookEndpointInput', {
  description: 'The webhook endpoint to delete.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: WebhookEndpointRef }),
  }),
})

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: DeleteWebhookEndpointPayload,
    description: 'Deletes an endpoint and its delivery history; pending deliveries are dropped.',
    args: { input: t.arg({ type: DeleteWebhookEndpointInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => endpointAdminScopes(args.id.id, ctx),
    errors: { types: [NotFoundError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      writeAudited(ctx, async (tx) => {
        const before = await tx.webhookEndpoint.findUnique({ where: { id: args.id.id } })
        if (!before) throw new NotFoundError('WebhookEndpoint', args.id.id)
        await tx.webhookEndpoint.delete({ where: { id: before.id } })
        return {
          result: { endpointId: before.id },
          audit: {
            operation: 'webhook.delete',
            targetType: 'WebhookEndpoint',
            targetId: before.id,
            organizationId: before.organizationId,
            before: describeEndpoint(before),
          },
        }
      }),
  }),
)
