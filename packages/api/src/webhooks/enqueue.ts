/**
 * The outbox side of webhooks: inside the transaction of an audited write, one pending
 * `WebhookDelivery` row per event and subscribed endpoint, so an event exists exactly when its
 * write committed (no event for a rolled-back write, none lost to a crash after the commit).
 * Bodies are thin: the event, its engagement and organization as global ids, the audited
 * operation. Receivers read the details through GraphQL with their own token, where tenancy,
 * redaction and the result's coverage and warnings apply as everywhere else.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto'
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { AuditEntry } from '../audit-entry.js'
import type { ApiTransaction } from '../database.js'
import { eventTypesOf, isActivityCompletion, type WebhookEventType } from './event-types.js'

/** The JSON body of a delivery (`body` of the `WebhookDelivery` row, as posted). */
export interface WebhookEventBody {
  /** The event's id, the same for every endpoint it goes to and for replays. */
  id: string
  type: WebhookEventType
  createdAt: string
  organizationId: string
  engagementId: string | null
  /** The audited operation behind the event, e.g. `activity.complete`, `improvement.update`. */
  operation: string
  /** The improvement's global id on `improvement.changed`. */
  improvementId?: string
}

/** Builds the body of one event. */
function describeEvent(entry: AuditEntry, type: WebhookEventType, at: Date): WebhookEventBody {
  return {
    id: randomUUID(),
    type,
    createdAt: at.toISOString(),
    organizationId: encodeGlobalID('Organization', entry.organizationId ?? ''),
    engagementId: entry.engagementId ? encodeGlobalID('Engagement', entry.engagementId) : null,
    operation: entry.operation,
    ...(entry.targetType === 'Improvement'
      ? { improvementId: encodeGlobalID('Improvement', entry.targetId) }
      : {}),
  }
}

/**
 * Queues the webhook deliveries the audit entries of a write raise, in the write's transaction.
 * Costs nothing for writes that raise no event, one query when the organization has no active
 * endpoint, and a few statements otherwise, whatever the number of entries.
 */
export async function enqueueWebhookEvents(
  tx: ApiTransaction,
  entries: readonly AuditEntry[],
  at = new Date(),
): Promise<void> {
  const candidates = entries.filter(
    (entry) => entry.organizationId && eventTypesOf(entry.operation, 'A4').length > 0,
  )
  if (candidates.length === 0) return
  const organizationIds = [...new Set(candidates.map((entry) => entry.organizationId as string))]
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organizationId: { in: organizationIds }, active: true },
    select: { id: true, organizationId: true, eventTypes: true },
  })
  if (endpoints.length === 0) return
  const completions = candidates.filter((entry) => isActivityCompletion(entry.operation))
  const activities =
    completions.length === 0
      ? []
      : await tx.activityRecord.findMany({
          where: { id: { in: completions.map((entry) => entry.targetId) } },
          select: { id: true, activityId: true },
        })
  const activityOf = new Map(activities.map((record) => [record.id, record.activityId]))
  const rows: {
    endpointId: string
    organizationId: string
    eventId: string
    eventType: string
    body: string
    nextAttemptAt: Date
  }[] = []
  for (const entry of candidates) {
    for (const type of eventTypesOf(entry.operation, activityOf.get(entry.targetId))) {
      const subscribed = endpoints.filter(
        (endpoint) =>
          endpoint.organizationId === entry.organizationId &&
          (endpoint.eventTypes as string[]).includes(type),
      )
      if (subscribed.length === 0) continue
      const event = describeEvent(entry, type, at)
      const body = JSON.stringify(event)
      for (const endpoint of subscribed) {
        rows.push({
          endpointId: endpoint.id,
          organizationId: endpoint.organizationId,
          eventId: event.id,
          eventType: type,
          body,
          nextAttemptAt: at,
        })
      }
    }
  }
  if (rows.length > 0) await tx.webhookDelivery.createMany({ data: rows })
}
