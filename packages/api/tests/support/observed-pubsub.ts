/**
 * Readiness signals for subscription tests, instead of fixed sleeps: an in-process event bus whose
 * listeners a test can wait for, and a probe of Redis's subscriber count for buses that cross
 * processes. A subscription is ready once its listener is attached to the bus: an event published
 * after that reaches it, one published before does not.
 */
import { createPubSub } from 'graphql-yoga'
import { Redis } from 'ioredis'
import type { ApiPubSub, ApiTopics } from '../../src/pubsub.js'

/** A bus and the readiness signal of its listeners. */
export interface ObservedPubSub {
  pubsub: ApiPubSub
  /**
   * Listeners attached now to `topic` for `id` (e.g. open subscriptions of one engagement); `id`
   * is a row id or its global id.
   */
  listenerCount(topic: keyof ApiTopics, id: string): number
  /** Resolves once at least `atLeast` listeners are attached to `topic` for `id`. */
  waitForListeners(
    topic: keyof ApiTopics,
    id: string,
    options?: { atLeast?: number; timeoutMs?: number },
  ): Promise<void>
}

/** The row id behind a global id (`base64("Type:rowId")`); a row id is returned as it is. */
function rowIdOf(id: string): string {
  const decoded = Buffer.from(id, 'base64').toString()
  const match = /^[A-Z][A-Za-z]*:(.+)$/.exec(decoded)
  return match?.[1] && Buffer.from(decoded).toString('base64') === id ? match[1] : id
}

/** The event name graphql-yoga's `createPubSub` uses for a topic with an id (a row id). */
function eventName(topic: string, id: string): string {
  return `${topic}:${rowIdOf(id)}`
}

/** An EventTarget that counts listeners per event name and wakes whoever waits for them. */
class CountingEventTarget extends EventTarget {
  readonly counts = new Map<string, number>()
  readonly waiters = new Set<() => void>()

  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    super.addEventListener(type, listener, options)
    this.counts.set(type, (this.counts.get(type) ?? 0) + 1)
    for (const wake of this.waiters) wake()
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ): void {
    super.removeEventListener(type, listener, options)
    const left = (this.counts.get(type) ?? 1) - 1
    if (left > 0) this.counts.set(type, left)
    else this.counts.delete(type)
    for (const wake of this.waiters) wake()
  }
}

/** Creates an in-process bus (the same as `createApiPubSub`) whose listeners can be awaited. */
export function createObservedPubSub(): ObservedPubSub {
  const target = new CountingEventTarget()
  const pubsub: ApiPubSub = createPubSub<ApiTopics>({ eventTarget: target })
  const listenerCount = (topic: keyof ApiTopics, id: string) =>
    target.counts.get(eventName(topic, id)) ?? 0
  return {
    pubsub,
    listenerCount,
    waitForListeners(topic, id, { atLeast = 1, timeoutMs = 5000 } = {}) {
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer)
          target.waiters.delete(check)
        }
        const check = () => {
          if (listenerCount(topic, id) < atLeast) return
          done()
          resolve()
        }
        const timer = setTimeout(() => {
          done()
          reject(
            new Error(
              `expected ${atLeast} listener(s) on ${eventName(topic, id)} within ${timeoutMs} ms, have ${listenerCount(topic, id)}`,
            ),
          )
        }, timeoutMs)
        target.waiters.add(check)
        check()
      })
    },
  }
}

/**
 * Resolves once Redis reports at least `atLeast` subscribers of `channel` (`PUBSUB NUMSUB`): the
 * readiness signal of a subscription held by another process. Polls the count, never sleeps a
 * fixed time before acting; fails loudly after `timeoutMs`.
 */
export async function waitForRedisSubscribers(
  url: string,
  channel: string,
  { atLeast = 1, timeoutMs = 10_000 }: { atLeast?: number; timeoutMs?: number } = {},
): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      const reply = (await client.pubsub('NUMSUB', channel)) as [string, number]
      const count = Number(reply[1])
      if (count >= atLeast) return
      if (Date.now() > deadline) {
        throw new Error(`expected ${atLeast} Redis subscriber(s) of ${channel}, have ${count}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  } finally {
    client.disconnect()
  }
}
