/**
 * Keeps the console inside its Content-Security-Policy (`script-src 'self'`, no `unsafe-eval`).
 * Zod 4, which `@immd/core` uses to validate imported inventories, probes `new Function("")` on
 * its first object parse to decide whether to compile fast parsers; under the console's CSP the
 * probe throws (harmlessly) but the browser still reports a `securitypolicyviolation` (issue #23,
 * the import page). `jitless` skips the probe and the compiled parsers: the same validation, no
 * eval. Call before anything parses.
 */
import { config } from 'zod'

/** Turns off zod's eval-based fast path for this page. */
export function disableEvalInValidation(): void {
  config({ jitless: true })
}
