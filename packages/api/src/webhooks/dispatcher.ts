/**
 * The webhook dispatcher: claims due deliveries (`claim.ts`), posts each signed body to its
 * endpoint, and records the outcome: success; or a retry after an exponential backoff; or, after
 * `maxAttempts`, failure. An endpoint that fails `disableAfterFailures` attempts in a row is
 * disabled until an admin enables it again. Every API instance may run one: claims keep them
 * from posting the same delivery twice, and the table keeps pending work across restarts.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto'
import type { ApiDatabase } from '../database.js'
import { type ClaimedDelivery, claimDueDeliveries } from './claim.js'
import { SIGNATURE_HEADER, signWebhookBody } from './signature.js'

/** Settings of a dispatcher; unset ones take the defaults of {@link DEFAULT_DISPATCH}. */
export interface DispatchSettings {
  /** How often due deliveries are looked for. */
  pollIntervalMs: number
  /** Deliveries claimed and posted per round. */
  batchSize: number
  /** How long a claim lasts (longer than `requestTimeoutMs`). */
  leaseMs: number
  /** How long an endpoint may take to answer. */
  requestTimeoutMs: number
  /** Attempts before a delivery is given up (status `failed`; it can still be replayed). */
  maxAttempts: number
  /** Delay before the second attempt; it doubles with every further attempt. */
  backoffBaseMs: number
  /** Longest delay between two attempts. */
  backoffMaxMs: number
  /** Failed attempts in a row after which an endpoint is disabled. */
  disableAfterFailures: number
}

/** Production defaults: retries over about a day (30 s, 1 min, … capped at 6 h), 10 s timeout. */
export const DEFAULT_DISPATCH: DispatchSettings = {
  pollIntervalMs: 1000,
  batchSize: 20,
  leaseMs: 60_000,
  requestTimeoutMs: 10_000,
  maxAttempts: 10,
  backoffBaseMs: 30_000,
  backoffMaxMs: 6 * 60 * 60_000,
  disableAfterFailures: 25,
}

/** Options of {@link dispatchDueWebhooks} and {@link startWebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  db: ApiDatabase
  /** Names this dispatcher in claims (default: a random id). */
  dispatcherId?: string
  settings?: Partial<DispatchSettings>
  /** Called with errors of a round (default: logged to stderr); the dispatcher keeps running. */
  onError?: (error: unknown) => void
}

/** What one attempt gave. */
interface AttemptOutcome {
  ok: boolean
  statusCode: number | null
  responseMs: number
  error: string | null
}

/** The delay before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffDelay(settings: DispatchSettings, attempts: number): number {
  return Math.min(settings.backoffBaseMs * 2 ** Math.max(0, attempts - 1), settings.backoffMaxMs)
}

/** Posts one delivery; never throws. */
async function postDelivery(
  delivery: ClaimedDelivery,
  settings: DispatchSettings,
): Promise<AttemptOutcome> {
  const started = performance.now()
  const timestamp = Math.floor(Date.now() / 1000)
  try {
    const response = await fetch(delivery.endpoint.url, {
      method: 'POST',
      // A redirect is an answer, not a success: following it could post the event elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.requestTimeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'IMMD-Webhooks/1',
        'immd-event': delivery.eventType,
        'immd-delivery': delivery.id,
        [SIGNATURE_HEADER]: signWebhookBody(delivery.endpoint.secret, timestamp, delivery.body),
      },
      body: delivery.body,
    })
    await response.body?.cancel().catch(() => {})
    const ok = response.status >= 200 && response.status < 300
    return {
      ok,
      statusCode: response.status,
      responseMs: Math.round(performance.now() - started),
      error: ok ? null : `The endpoint answered HTTP ${response.status}.`,
    }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    return {
      ok: false,
      statusCode: null,
      responseMs: Math.round(performance.now() - started),
      error: timedOut
        ? `No answer within ${settings.requestTimeoutMs} ms.`
        : `Could not connect: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`,
    }
  }
}

/** Stores an attempt's outcome on the delivery (if still ours) and on its endpoint. */
async function recordOutcome(
  db: ApiDatabase,
  delivery: ClaimedDelivery,
  outcome: AttemptOutcome,
  dispatcherId: string,
  settings: DispatchSettings,
): Promise<void> {
  const now = new Date()
  const attempts = delivery.attempts + 1
  const givenUp = !outcome.ok && attempts >= settings.maxAttempts
  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, lockedBy: dispatcherId, status: 'delivering' },
      data: {
        status: outcome.ok ? 'succeeded' : givenUp ? 'failed' : 'pending',
        attempts,
        lastStatusCode: outcome.statusCode,
        lastResponseMs: outcome.responseMs,
        lastError: outcome.error,
        deliveredAt: outcome.ok ? now : null,
        nextAttemptAt:
          outcome.ok || givenUp ? now : new Date(now.getTime() + backoffDelay(settings, attempts)),
        lockedUntil: null,
        lockedBy: null,
      },
    })
    // Our lease ran out and another dispatcher took the delivery over: its outcome counts.
    if (count === 0) return
    if (outcome.ok) {
      await tx.webhookEndpoint.updateMany({
        where: { id: delivery.endpoint.id, consecutiveFailures: { gt: 0 } },
        data: { consecutiveFailures: 0 },
      })
      return
    }
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: delivery.endpoint.id },
      data: { consecutiveFailures: { increment: 1 } },
      select: { consecutiveFailures: true, active: true },
    })
    if (endpoint.active && endpoint.consecutiveFailures >= settings.disableAfterFailures) {
      await tx.webhookEndpoint.update({
        where: { id: delivery.endpoint.id },
        data: {
          active: false,
          disabledAt: now,
          disabledReason: `Disabled after ${endpoint.consecutiveFailures} failed attempts in a row; the last: ${outcome.error}`,
        },
      })
    }
  })
}

/** Attempts at storing one outcome before the round gives up on it. */
const RECORD_ATTEMPTS = 5

/**
 * Stores an outcome, retrying transient failures (a busy SQLite file, a dropped connection): the
 * request was already sent, and an unrecorded success would be sent again once the lease runs out.
 */
async function recordOutcomeWithRetries(...args: Parameters<typeof recordOutcome>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await recordOutcome(...args)
      return
    } catch (error) {
      if (attempt >= RECORD_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt))
    }
  }
}

/**
 * One round: claims the due deliveries, posts them in parallel and records the outcomes.
 * Returns how many deliveries were attempted.
 */
export async function dispatchDueWebhooks(options: WebhookDispatcherOptions): Promise<number> {
  const settings = { ...DEFAULT_DISPATCH, ...options.settings }
  const dispatcherId = options.dispatcherId ?? randomUUID()
  const claimed = await claimDueDeliveries(options.db, {
    dispatcherId,
    batchSize: settings.batchSize,
    leaseMs: settings.leaseMs,
  })
  await Promise.all(
    claimed.map(async (delivery) => {
      const outcome = await postDelivery(delivery, settings)
      await recordOutcomeWithRetries(options.db, delivery, outcome, dispatcherId, settings)
    }),
  )
  return claimed.length
}

/** A running dispatcher. */
export interface WebhookDispatcher {
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>
}

/** Starts dispatching every `pollIntervalMs` until stopped; a full round is followed at once. */
export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const settings = { ...DEFAULT_DISPATCH, ...options.settings }
  const dispatcherId = options.dispatcherId ?? randomUUID()
  const onError =
    options.onError ?? ((error: unknown) => console.error('immd: webhook dispatch failed', error))
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let round: Promise<void> = Promise.resolve()
  const tick = () => {
    round = dispatchDueWebhooks({ ...options, dispatcherId, settings })
      .then((count) => count)
      .catch((error) => {
        onError(error)
        return 0
      })
      .then((count) => {
        if (stopped) return
        timer = setTimeout(tick, count >= settings.batchSize ? 0 : settings.pollIntervalMs)
      })
  }
  timer = setTimeout(tick, 0)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await round
    },
  }
}
