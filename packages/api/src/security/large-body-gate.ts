/**
 * A server-wide bound on large request bodies in flight (#23, the `nodes` attack). Reading and
 * parsing a multi-megabyte JSON body costs tens of milliseconds of the one event loop (the copy,
 * the UTF-8 decoding and `JSON.parse` are synchronous), before any GraphQL limit can look at what
 * the body holds; a few clients sending such bodies back to back kept every other request waiting.
 * Legitimate large bodies are rare (engagement and team imports), so at most `maxInFlight` of them
 * are read at a time, and a large body that finds every slot taken is refused from its headers, with
 * `Retry-After`, before a byte of it is read. Small bodies never wait.
 *
 * The gate lives in the API instance that creates it (no module state), so two instances in one
 * process (tests) do not share slots.
 *
 * @packageDocumentation
 */

/** Options of {@link createLargeBodyGate}. */
export interface LargeBodyGateOptions {
  /** Bodies longer than this many bytes (declared or streamed) need a slot. */
  thresholdBytes: number
  /** Large bodies read at the same time, server-wide. */
  maxInFlight: number
}

/** A slot for one large body; `release` is idempotent. */
export interface LargeBodySlot {
  release(): void
}

/** The gate: `tryAcquire` returns a slot, or null when every slot is taken. */
export interface LargeBodyGate {
  readonly thresholdBytes: number
  tryAcquire(): LargeBodySlot | null
  /** Large bodies being read now (for tests and diagnostics). */
  inFlight(): number
}

/** Creates a gate with its own slot count. */
export function createLargeBodyGate(options: LargeBodyGateOptions): LargeBodyGate {
  let taken = 0
  return {
    thresholdBytes: options.thresholdBytes,
    tryAcquire() {
      if (taken >= options.maxInFlight) return null
      taken += 1
      let released = false
      return {
        release() {
          if (released) return
          released = true
          taken -= 1
        },
      }
    },
    inFlight: () => taken,
  }
}
