/**
 * Subscriptions re-authorized on every event. A subscription outlives the request that opened it,
 * so neither its viewer nor its loaders may be the ones captured at open: every event renews the
 * context (viewer resolved again from the same token or session cookie, fresh loaders, fresh
 * tenant guard) and is executed with it ({@link useEventContexts}); the stream ends when the
 * token was revoked, the session ended, the password changed, the membership was removed, or the
 * subscriber lost the engagement seat they held at open. Those writes publish `accessChanged` for
 * the user, so the stream ends at once, not only at the next engagement event.
 *
 * @packageDocumentation
 */
import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql'
import { type Plugin, Repeater } from 'graphql-yoga'
import type { ApiContext } from '../context.js'
import type { EngagementChangedEvent } from '../pubsub.js'

/** Where an event carries the context it must be executed with. */
const EVENT_CONTEXT = Symbol('event context')

/** An event together with the renewed context of its subscriber. */
export type ContextualEvent<T> = T & { [EVENT_CONTEXT]: ApiContext }

/** True when the renewed context still belongs to the same user, fully signed in. */
function isSameUser(opened: ApiContext, renewed: ApiContext): boolean {
  return (
    opened.viewer.kind === 'user' &&
    renewed.viewer.kind === 'user' &&
    renewed.viewer.userId === opened.viewer.userId &&
    !renewed.viewer.mustChangePassword
  )
}

/**
 * The events of one engagement for the subscriber of `opened`, each with a renewed context;
 * ends as soon as the subscriber may no longer read the engagement, or loses their seat on it.
 */
export async function* watchEngagement(
  opened: ApiContext,
  engagementId: string,
): AsyncGenerator<ContextualEvent<EngagementChangedEvent>> {
  if (opened.viewer.kind !== 'user') return
  const seatAtOpen = await opened.loaders.engagementTeamRole.load(engagementId)
  const stillAllowed = async (renewed: ApiContext) =>
    isSameUser(opened, renewed) &&
    (await renewed.loaders.engagementOrganization.load(engagementId)) !== null &&
    (seatAtOpen === null || (await renewed.loaders.engagementTeamRole.load(engagementId)) !== null)
  const events = Repeater.merge([
    opened.pubsub.subscribe('engagementChanged', engagementId),
    opened.pubsub.subscribe('accessChanged', opened.viewer.userId),
  ])
  for await (const event of events) {
    const renewed = await opened.renew()
    if (!(await stillAllowed(renewed))) return
    if ('reason' in event) continue
    yield { ...event, [EVENT_CONTEXT]: renewed }
  }
}

/**
 * Executes every subscription event with the context it carries (see {@link watchEngagement}),
 * not the one captured when the subscription opened; events without one keep the opening context.
 */
export function useEventContexts(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs) => {
        const source = await createSourceEventStream(args)
        return Symbol.asyncIterator in source ? mapEvents(source, args) : source
      })
    },
  }
}

/**
 * Executes each source event like graphql-js's `subscribe`, with the event's own context. An
 * iterator object rather than an async generator: a generator queues `return()` behind a pending
 * `next()`, so a client that leaves while no event comes would keep its source (and its
 * subscription slot, see `open-subscriptions.ts`) until the next event; this one passes `return()`
 * on at once.
 */
function mapEvents(
  source: AsyncIterable<unknown>,
  args: ExecutionArgs,
): AsyncIterableIterator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]()
  const done = (): IteratorResult<ExecutionResult> => ({ done: true, value: undefined })
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await events.next()
      if (step.done) return done()
      const event = step.value
      const contextValue =
        event && typeof event === 'object' && EVENT_CONTEXT in event
          ? (event as ContextualEvent<object>)[EVENT_CONTEXT]
          : args.contextValue
      return { done: false, value: await execute({ ...args, rootValue: event, contextValue }) }
    },
    async return() {
      await events.return?.()
      return done()
    },
    async throw(error?: unknown) {
      await events.return?.()
      throw error
    },
    [Symbol.asyncIterator]() {
      return mapped
    },
  }
  return mapped
}
