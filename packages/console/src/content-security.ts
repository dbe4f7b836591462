/**
 * Keeps the console inside its Content-Security-Policy (`script-src 'self'`, no `unsafe-eval`).
 * Zod 4, which `@immd/core` uses to validate imported inventories, probes `new Function("")` when
 * it builds an object schema, to decide whether to compile fast parsers; under the console's CSP
 * the probe throws (harmlessly) but the browser still reports a `securitypolicyviolation` (issue
 * #23, the import page). `jitless` skips the probe and the compiled parsers: the same validation,
 * no eval.
 *
 * Importing this module turns it on. The import page, the only one that runs zod, imports it
 * before `@immd/core`'s inventory parser (whose schemas are built when their module loads), so
 * zod stays out of the entry chunk every page loads (issue #18). Listed in `sideEffects`.
 *
 * @packageDocumentation
 */
import { config } from 'zod'

config({ jitless: true })
