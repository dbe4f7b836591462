/**
 * The rounding rule applied to a total before its band is looked up.
 *
 * @packageDocumentation
 */

/**
 * Tolerance for binary floating-point noise: a weighted total that is mathematically 64.5 may come out
 * as 64.49999999999999, which must still round up. Totals are sums of a few products of small numbers,
 * so real differences are many orders of magnitude larger than this.
 */
const HALF_UP_TOLERANCE = 1e-9

/**
 * Rounds half up to an integer (`half-up-integer`): 64.5 → 65, 64.49 → 64, 14.5 → 15.
 *
 * This is a product rule (`[DESIGN]`), not a method fact. Ten answered unweighted drivers give
 * multiples of 2.5 that never fall between band edges; weights, excluded drivers and unanswered
 * drivers can: (100×3 + 75×5) / 8 = 84.375 → 84.
 */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + HALF_UP_TOLERANCE)
}

/**
 * Formats a total, a differential or a what-if total for display with the method's rounding rule
 * ({@link roundHalfUp}): the number shown is the one the band lookup uses, so a page never says
 * "42.857142857142854" next to a derivation that ends "→ 43". `-0` prints as `0`.
 *
 * @example formatScore(42.857142857142854) // "43"; formatScore(-22.142857142857146) // "-22"
 */
export function formatScore(value: number): string {
  const rounded = roundHalfUp(value)
  return String(rounded === 0 ? 0 : rounded)
}
