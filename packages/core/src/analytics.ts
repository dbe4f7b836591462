/**
 * Portfolio analytics (issue #15): median and quartiles from aggregated counts, the k-anonymity
 * rules of cohort statistics (`[DESIGN]` defaults k = 5 engagements, k' = 3 organizations), the
 * cohort benchmark of one engagement, and the comparison of a re-assessment with the engagement it
 * follows (per-driver deltas and improvement outcomes).
 *
 * @packageDocumentation
 */
export * from './analytics/cohort-benchmark.js'
export * from './analytics/cohort-profile.js'
export * from './analytics/compare-assessments.js'
export * from './analytics/k-anonymity.js'
export * from './analytics/quantiles.js'
