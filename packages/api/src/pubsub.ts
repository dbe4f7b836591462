/**
 * The in-process event bus behind subscriptions. Writes publish after their transaction commits
 * (see `audit.ts`); a Redis-backed event target can replace it for several server processes.
 *
 * @packageDocumentation
 */
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

/** Creates the bus; topics are keyed by engagement id and by organization id. */
export function createApiPubSub() {
  return createPubSub<{
    engagementChanged: [engagementId: string, event: EngagementChangedEvent]
    organizationEngagementChanged: [organizationId: string, event: EngagementChangedEvent]
  }>()
}

export type ApiPubSub = ReturnType<typeof createApiPubSub>
