/**
 * Median and quartiles from a histogram (value → count). The database aggregates answers and
 * totals into counts per value (few distinct values: five answers, totals in steps of 2.5), so
 * no rows of engagements leave it; this module turns those counts into the statistics shown.
 *
 * @packageDocumentation
 */

/** One bin of a histogram: `count` observations of `value`. */
export interface HistogramBin {
  value: number
  count: number
}

/** Five-number summary of a distribution. */
export interface DistributionSummary {
  /** Observations counted. */
  count: number
  min: number
  /** First quartile (25th percentile). */
  q1: number
  median: number
  /** Third quartile (75th percentile). */
  q3: number
  max: number
}

/**
 * The value at position `index` (0-based) of the sorted observations a histogram stands for.
 * `bins` must be sorted by value and hold only positive counts.
 */
function valueAt(bins: readonly HistogramBin[], index: number): number {
  let seen = 0
  for (const bin of bins) {
    seen += bin.count
    if (index < seen) return bin.value
  }
  // Unreachable for 0 <= index < total; the last value keeps the function total.
  return bins[bins.length - 1]?.value ?? Number.NaN
}

/**
 * The p-quantile with linear interpolation between closest ranks (Hyndman & Fan type 7, the same
 * as PostgreSQL's `percentile_cont` and spreadsheets' `QUANTILE.INC`), so figures match what an
 * analyst recomputes from the same data.
 */
function quantileOf(bins: readonly HistogramBin[], total: number, p: number): number {
  const position = (total - 1) * p
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = valueAt(bins, lower)
  if (upper === lower) return low
  const high = valueAt(bins, upper)
  return low + (high - low) * (position - lower)
}

/**
 * Summarizes a histogram as count, min, quartiles, median and max. Bins with a zero or negative
 * count, or a non-finite value, are ignored; bins may come in any order and repeat a value.
 * Returns `null` for an empty histogram.
 */
export function summarizeHistogram(bins: readonly HistogramBin[]): DistributionSummary | null {
  const merged = new Map<number, number>()
  for (const { value, count } of bins) {
    if (!Number.isFinite(value) || !(count > 0)) continue
    merged.set(value, (merged.get(value) ?? 0) + Math.floor(count))
  }
  const sorted = [...merged.entries()]
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value - b.value)
  const total = sorted.reduce((sum, bin) => sum + bin.count, 0)
  if (total === 0) return null
  return {
    count: total,
    min: sorted[0]?.value ?? Number.NaN,
    q1: quantileOf(sorted, total, 0.25),
    median: quantileOf(sorted, total, 0.5),
    q3: quantileOf(sorted, total, 0.75),
    max: sorted[sorted.length - 1]?.value ?? Number.NaN,
  }
}
