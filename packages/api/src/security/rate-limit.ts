/**
 * Rate limits: fixed-window counters in a small store, in memory by default or in Redis when
 * `REDIS_URL` is set, so that several API instances share one budget per token and per login.
 *
 * @packageDocumentation
 */
import { Redis } from 'ioredis'

/** One counter after a hit. */
export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  count: number
  /** Milliseconds until the window resets. */
  resetInMs: number
}

/** Where counters live. */
export interface RateLimitStore {
  /** Counts one hit on `key` in a window of `windowMs` (started by the window's first hit). */
  hit(key: string, windowMs: number): Promise<RateLimitHit>
  /** Forgets a key (e.g. after a successful login). */
  reset(key: string): Promise<void>
  close(): Promise<void>
}

/** The decision for one request. */
export interface RateLimitDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the client may try again (when refused). */
  retryAfterSeconds: number
}

/** Counts a hit and decides whether it stays within `limit` per `windowMs`. */
export async function consumeRateLimit(
  store: RateLimitStore,
  key: string,
  limit: number,
  windowMs: number,
): Promise<RateLimitDecision> {
  const { count, resetInMs } = await store.hit(key, windowMs)
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)),
  }
}

/** Counters in this process (one instance, or tests). */
export function createMemoryRateLimitStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>()
  let hitsSinceSweep = 0
  const sweep = (at: number) => {
    for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key)
  }
  return {
    async hit(key, windowMs) {
      const at = now()
      hitsSinceSweep += 1
      if (hitsSinceSweep >= 1000) {
        hitsSinceSweep = 0
        sweep(at)
      }
      const current = windows.get(key)
      if (!current || current.resetAt <= at) {
        windows.set(key, { count: 1, resetAt: at + windowMs })
        return { count: 1, resetInMs: windowMs }
      }
      current.count += 1
      return { count: current.count, resetInMs: current.resetAt - at }
    },
    async reset(key) {
      windows.delete(key)
    },
    async close() {
      windows.clear()
    },
  }
}

// INCR, and start the window's expiry on its first hit, atomically.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`

/** Options of {@link createRedisRateLimitStore}. */
export interface RedisRateLimitStoreOptions {
  /** A `redis://` URL (a connection is opened) or an ioredis client (shared, not closed). */
  redis: string | Redis
  /** Key prefix (default `immd:rate:`). */
  prefix?: string
}

/** Counters in Redis, shared by every instance that uses the same server and prefix. */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const owned = typeof options.redis === 'string'
  const client =
    typeof options.redis === 'string'
      ? new Redis(options.redis, { maxRetriesPerRequest: 3 })
      : options.redis
  const prefix = options.prefix ?? 'immd:rate:'
  return {
    async hit(key, windowMs) {
      const [count, ttl] = (await client.eval(HIT_SCRIPT, 1, `${prefix}${key}`, windowMs)) as [
        number,
        number,
      ]
      return { count: Number(count), resetInMs: Number(ttl) }
    },
    async reset(key) {
      await client.del(`${prefix}${key}`)
    },
    async close() {
      if (owned) await client.quit()
    },
  }
}

/** Redis when `REDIS_URL` is set, else memory. */
export function createRateLimitStoreFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitStore {
  const url = env.REDIS_URL?.trim()
  return url ? createRedisRateLimitStore({ redis: url }) : createMemoryRateLimitStore()
}
