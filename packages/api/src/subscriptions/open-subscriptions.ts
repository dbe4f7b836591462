/**
 * Open subscriptions per user on one API instance (issue #23: one READ token held 300). Every
 * subscription reserves a slot of its user when it opens and gives it back when it ends (the
 * client went away, the stream finished, or it failed); past `maxSubscriptionsPerUser` a new one
 * is refused with `LIMIT_EXCEEDED`. Counted per user, so more tokens do not add slots.
 *
 * @packageDocumentation
 */
import { GraphQLError } from 'graphql'

/** Counts each user's open subscriptions; one instance per API instance. */
export class OpenSubscriptions {
  private readonly open = new Map<string, number>()

  /** Open subscriptions of a user now. */
  countOf(userId: string): number {
    return this.open.get(userId) ?? 0
  }

  /**
   * Reserves a slot for the user, or throws `LIMIT_EXCEEDED` naming the limit. Returns the release
   * function (idempotent).
   */
  reserve(userId: string, limit: number): () => void {
    const count = this.countOf(userId)
    if (count >= limit) {
      throw new GraphQLError(
        `Subscription limit exceeded: you have ${count} open subscriptions, at most ${limit} are allowed per user. Close one first.`,
        { extensions: { code: 'LIMIT_EXCEEDED' } },
      )
    }
    this.open.set(userId, count + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = this.countOf(userId) - 1
      if (left > 0) this.open.set(userId, left)
      else this.open.delete(userId)
    }
  }
}

/**
 * Wraps a source so that `release` runs exactly once when it ends in any way, including a client
 * that leaves before the first event (an async generator that never started skips its `finally`).
 */
export function releasingIterator<T>(
  source: AsyncGenerator<T>,
  release: () => void,
): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      try {
        const result = await source.next()
        if (result.done) release()
        return result
      } catch (error) {
        release()
        throw error
      }
    },
    async return(value?: unknown) {
      release()
      // Not awaited: a generator answers `return()` only after its pending `next()` (the next
      // event); the slot is free now, the source ends when it gets there.
      source.return(value as T).catch(() => {})
      return { done: true, value: undefined }
    },
    async throw(error?: unknown) {
      release()
      return source.throw(error)
    },
    [Symbol.asyncIterator]() {
      return iterator
    },
  }
  return iterator
}
