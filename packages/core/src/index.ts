/**
 * The root entry of `@immd/core` (`import { scoreDiagnostic } from '@immd/core'`) for third-party
 * tools: the public API of every top-level module in one import. The subpath entries
 * (`@immd/core/scoring`, …) stay and are what this repository's own packages import, so a bundler
 * only pulls the modules it needs.
 *
 * @packageDocumentation
 */
export * from './analytics.js'
export * from './consensus.js'
export * from './inventory/parse-inventory.js'
export * from './inventory/vocabularies.js'
export * from './lifecycle.js'
export * from './locale.js'
export * from './localization.js'
export * from './method.js'
export * from './method-types.js'
export { IMMD_1_0 } from './methods/immd-1-0.js'
export * from './planning.js'
export * from './scoring.js'
export * from './sensitivity.js'
export * from './tailoring.js'
