/**
 * The event bus across server processes: the same topics as `pubsub.ts`, carried by Redis
 * (`@graphql-yoga/redis-event-target`) when `REDIS_URL` is set, so a subscriber connected to one
 * process sees the mutations committed by another. Events cross Redis as JSON, so `at` arrives as
 * an ISO string (the `EngagementChangedEvent.at` resolver accepts both).
 *
 * @packageDocumentation
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target'
import { createPubSub } from 'graphql-yoga'
import { Redis } from 'ioredis'
import { type ApiPubSub, type ApiTopics, createApiPubSub } from './pubsub.js'

/** A bus and how to release its connections. */
export interface ApiPubSubHandle {
  pubsub: ApiPubSub
  /** Closes the Redis connections (nothing to do for the in-process bus). */
  close(): Promise<void>
}

/** A bus over Redis at `url` (two connections: one publishes, one subscribes). */
export function createRedisPubSub(url: string): ApiPubSubHandle {
  const publishClient = new Redis(url, { maxRetriesPerRequest: 3 })
  const subscribeClient = new Redis(url, { maxRetriesPerRequest: 3 })
  const pubsub: ApiPubSub = createPubSub<ApiTopics>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  })
  return {
    pubsub,
    async close() {
      await Promise.all([publishClient.quit(), subscribeClient.quit()])
    },
  }
}

/** Redis when `REDIS_URL` is set, else the in-process bus of `pubsub.ts`. */
export function createPubSubFromEnv(env: NodeJS.ProcessEnv = process.env): ApiPubSubHandle {
  const url = env.REDIS_URL?.trim()
  if (url) return createRedisPubSub(url)
  return { pubsub: createApiPubSub(), close: async () => {} }
}
