/**
 * Sizes table columns to their content, for the PDF and the DOCX alike: each column gets at least
 * its longest word (so no word breaks mid-word) and the rest of the width in proportion to how
 * much more its longest cell needs. A one-character column stays narrow.
 *
 * @packageDocumentation
 */

/** Measures a text's width in the unit of the table (points, twips, …). */
export type MeasureText = (text: string) => number

/** Options of {@link fitColumnWidths}. */
export interface FitColumnWidthsOptions {
  /** Total width of the table. */
  total: number
  /** Horizontal padding inside one cell (both sides together). */
  padding: number
  measure: MeasureText
  /** A single cell's natural width is capped at this share of the total (long texts wrap). */
  maxShare?: number
}

/** Column widths (summing to `total`) for a header row and body rows. */
export function fitColumnWidths(
  rows: readonly string[][],
  options: FitColumnWidthsOptions,
): number[] {
  const { total, padding, measure } = options
  const cap = total * (options.maxShare ?? 0.6)
  const columns = Math.max(...rows.map((row) => row.length))
  const natural = Array.from({ length: columns }, () => 0)
  const minimum = Array.from({ length: columns }, () => 0)
  for (const row of rows) {
    row.forEach((text, index) => {
      natural[index] = Math.max(natural[index] ?? 0, Math.min(cap, measure(text) + padding))
      const longestWord = Math.max(0, ...text.split(/\s+/).map(measure))
      minimum[index] = Math.max(minimum[index] ?? 0, longestWord + padding)
    })
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  if (sum(minimum) >= total) return minimum.map((width) => (width * total) / sum(minimum))
  if (sum(natural) <= total) return natural.map((width) => (width * total) / sum(natural))
  // Short columns (whose longest cell fits a fair share of what is left) keep their natural
  // width, narrowest first; the long columns share the rest in proportion to what they need.
  const order = natural
    .map((_, index) => index)
    .sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0))
  const fixed = new Map<number, number>()
  let left = total
  for (const [position, index] of order.entries()) {
    const width = natural[index] ?? 0
    const rest = order.slice(position + 1)
    if (width > left / (order.length - position)) break
    if (sum(rest.map((other) => minimum[other] ?? 0)) > left - width) break
    fixed.set(index, width)
    left -= width
  }
  if (fixed.size > 0 && fixed.size < columns) {
    const open = order.filter((index) => !fixed.has(index))
    const openMinimum = sum(open.map((index) => minimum[index] ?? 0))
    const openWants = open.map((index) =>
      Math.max(0, (natural[index] ?? 0) - (minimum[index] ?? 0)),
    )
    return natural.map((_, index) => {
      const kept = fixed.get(index)
      if (kept !== undefined) return kept
      const want = Math.max(0, (natural[index] ?? 0) - (minimum[index] ?? 0))
      return (minimum[index] ?? 0) + ((left - openMinimum) * want) / (sum(openWants) || 1)
    })
  }
  const room = total - sum(minimum)
  const wants = natural.map((width, index) => Math.max(0, width - (minimum[index] ?? 0)))
  return minimum.map((width, index) => width + (room * (wants[index] ?? 0)) / (sum(wants) || 1))
}
