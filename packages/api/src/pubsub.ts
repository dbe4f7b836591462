/**
 * The in-process event bus behind subscriptions. Writes publish after their transaction commits
 * (see `audit.ts`); a Redis-backed event target can replace it for several server processes.
 *
 * @packageDocumentation
 */
import { setMaxListeners } from 'node:events'
import { createPubSub } from 'graphql-yoga'

/** What changed on an engagement. */
export interface EngagementChangedEvent {
  engagementId: string
  organizationId: string
  /** The audit operation, e.g. `engagement.create`, `engagement.threshold`. */
  operation: string
  actorId: string | null
  at: Date
}

/**
 * A user's access changed: a token revoked, a session ended, a password changed, a membership or
 * an engagement seat removed or changed. Open subscriptions of that user re-check their access.
 */
export interface AccessChangedEvent {
  userId: string
  reason: string
}

/** The bus's topics: keyed by engagement id, organization id and user id. */
export type ApiTopics = {
  engagementChanged: [engagementId: string, event: EngagementChangedEvent]
  organizationEngagementChanged: [organizationId: string, event: EngagementChangedEvent]
  accessChanged: [userId: string, event: AccessChangedEvent]
}

/** Creates the in-process bus. */
export function createApiPubSub() {
  const eventTarget = new EventTarget()
  // Every open subscription of an engagement listens on one event type; Node warns past ten
  // listeners, which a team watching one engagement reaches without any leak. Subscriptions
  // are bounded per user (`maxSubscriptionsPerUser`, `schema/subscription.ts`), not by this warning.
  setMaxListeners(0, eventTarget)
  return createPubSub<ApiTopics>({ eventTarget })
}

export type ApiPubSub = ReturnType<typeof createApiPubSub>
