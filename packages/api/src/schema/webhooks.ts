/**
 * Webhook endpoints and their deliveries, read by the organization's admins:
 * `webhookEndpoints(organizationId)` and `WebhookEndpoint.deliveries` (newest first), each
 * delivery with its status, attempts, last HTTP status and response time. The mutations are in
 * `webhook-mutations.ts`, the dispatcher in `src/webhooks/`. docs/api.md describes the events.
 *
 * @packageDocumentation
 */
import { builder } from '../builder.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'
import {
  WEBHOOK_EVENT_DESCRIPTIONS,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../webhooks/event-types.js'
import { OrganizationRef } from './organization.js'

/** `engagement.state_changed` → `ENGAGEMENT_STATE_CHANGED`. */
const enumName = (type: WebhookEventType) => type.replace('.', '_').toUpperCase()

export const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description:
    "An event an endpoint can subscribe to; the body's `type` is the lower-case form (`engagement.created`).",
  values: Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      enumName(type),
      { value: type, description: WEBHOOK_EVENT_DESCRIPTIONS[type] },
    ]),
  ) as Record<string, { value: WebhookEventType; description: string }>,
})

const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery stands.',
  values: {
    PENDING: { value: 'pending', description: 'Waiting for its next attempt (`nextAttemptAt`).' },
    DELIVERING: { value: 'delivering', description: 'Being posted by a dispatcher now.' },
    SUCCEEDED: { value: 'succeeded', description: 'The endpoint answered 2xx.' },
    FAILED: {
      value: 'failed',
      description: 'Given up after the last attempt; `replayWebhookDelivery` sends it again.',
    },
  } as const,
})

export const WebhookEndpointRef = builder.prismaNode('WebhookEndpoint', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An HTTPS endpoint receiving signed webhook events of one organization. Its signing secret was shown once, when it was created.',
  authScopes: (endpoint) => ({ admin: endpoint.organizationId }),
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are posted.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A note for admins.',
    }),
    eventTypes: t.field({
      type: [WebhookEventTypeEnum],
      description: 'The events it receives.',
      resolve: (endpoint) => endpoint.eventTypes as WebhookEventType[],
    }),
    active: t.exposeBoolean('active', {
      description: 'False once disabled (by an admin, or after repeated failures): no deliveries.',
    }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Failed attempts in a row; a success resets it.',
    }),
    disabledAt: t.expose('disabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was disabled automatically.',
    }),
    disabledReason: t.exposeString('disabledReason', {
      nullable: true,
      description: 'Why it was disabled automatically.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    organization: t.relation('organization', { description: 'Whose events it receives.' }),
    deliveries: t.relatedConnection('deliveries', {
      cursor: 'id',
      totalCount: true,
      maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
      description: 'Deliveries to this endpoint, newest first.',
      query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
  }),
})

export const WebhookDeliveryRef = builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One event posted (or to be posted) to one endpoint, with the outcome of its last attempt.',
  authScopes: (delivery) => ({ admin: delivery.organizationId }),
  fields: (t) => ({
    eventId: t.exposeString('eventId', {
      description: "The event's id (the body's `id`): the same for every endpoint and for replays.",
    }),
    eventType: t.field({
      type: WebhookEventTypeEnum,
      description: 'The event.',
      resolve: (delivery) => delivery.eventType as WebhookEventType,
    }),
    body: t.exposeString('body', { description: 'The JSON body, exactly as posted and signed.' }),
    status: t.field({
      type: WebhookDeliveryStatusEnum,
      description: 'Where the delivery stands.',
      resolve: (delivery) => delivery.status as 'pending',
    }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a pending delivery is attempted next.',
      resolve: (delivery) => (delivery.status === 'pending' ? delivery.nextAttemptAt : null),
    }),
    lastStatusCode: t.exposeInt('lastStatusCode', {
      nullable: true,
      description: 'HTTP status of the last attempt; null when it got no answer.',
    }),
    lastResponseMs: t.exposeInt('lastResponseMs', {
      nullable: true,
      description: 'Milliseconds the endpoint took to answer the last attempt.',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed.',
    }),
    deliveredAt: t.expose('deliveredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the endpoint accepted it.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the event was queued.',
    }),
    replayOfId: t.globalID({
      nullable: true,
      description: 'The delivery this one replays.',
      resolve: (delivery) =>
        delivery.replayOfId ? { type: 'WebhookDelivery', id: delivery.replayOfId } : null,
    }),
    endpoint: t.relation('endpoint', { description: 'Where it is posted.' }),
  }),
})

builder.queryField('webhookEndpoints', (t) =>
  t.prismaConnection({
    type: 'WebhookEndpoint',
    cursor: 'id',
    nullable: true,
    maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
    description: 'The webhook endpoints of an organization you administer, oldest first.',
    args: { organizationId: t.arg.globalID({ required: true, for: OrganizationRef }) },
    authScopes: (_root, args) => ({ admin: args.organizationId.id }),
    totalCount: (_connection, args, ctx) =>
      ctx.db.prisma.webhookEndpoint.count({ where: { organizationId: args.organizationId.id } }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.webhookEndpoint.findMany({
        ...query,
        where: { organizationId: args.organizationId.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
)
