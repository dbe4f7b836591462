/**
 * The human-readable derivation of a total, shown by the console and in reports, e.g.
 * `(75×8 + 50×2) / 10 = 70.0 → 70 → High`.
 *
 * @packageDocumentation
 */
import type { BandDefinition, MethodDefinition } from '../method-types.js'
import type { AppliedCap } from './band-cap.js'
import { rawWeightOf } from './compute-total.js'
import type { ResolvedDriver } from './resolve-input.js'

/** Options of {@link describeDerivation}. */
export interface DescribeDerivationOptions {
  method: MethodDefinition
  drivers: readonly ResolvedDriver[]
  total: number | null
  weightSum: number
  roundedTotal: number | null
  band: BandDefinition | undefined
  /** The rule-based cap that lowered the band, if any. */
  cap?: AppliedCap | null
}

/**
 * Writes the formula that produced the total: answered values grouped by value (highest first), each
 * multiplied by the summed (un-normalised) weight of the drivers that gave it, divided by the summed
 * weight, then the unrounded total, the rounded total and the band. With the `mean` algorithm every
 * weight is 1, so the multipliers are plain driver counts. A rule-based cap is named after the band;
 * drivers left out (excluded by tailoring, not answered yet) are listed after it.
 */
export function describeDerivation(options: DescribeDerivationOptions): string {
  const { method, drivers, total, weightSum, roundedTotal, band, cap } = options
  const excluded = describeExcluded(drivers)
  if (total === null || roundedTotal === null) {
    return `No driver answered: total not computable${excluded}`
  }
  const formula = describeFormula({ method, drivers, total, weightSum, roundedTotal })
  const capped = cap
    ? ` (capped from ${labelOf(method, cap.from)} by ${cap.drivers.map((d) => d.driverId).join(', ')})`
    : ''
  const bandLabel = band ? `${band.label}${capped}` : 'no band'
  return `${formula} → ${bandLabel}${excluded}`
}

/** Options of {@link describeFormula}. */
export interface DescribeFormulaOptions {
  method: MethodDefinition
  drivers: readonly ResolvedDriver[]
  total: number
  weightSum: number
  roundedTotal: number
}

/**
 * The arithmetic alone, `(75×8 + 50×2) / 10 = 70.0 → 70`: numbers and symbols read the same in every
 * language, so readers add the band and the left-out drivers in their own words.
 */
export function describeFormula(options: DescribeFormulaOptions): string {
  const { method, drivers, total, weightSum, roundedTotal } = options
  const weightByValue = new Map<number, number>()
  for (const { driver, answer } of drivers) {
    if (!answer) continue
    const weight = rawWeightOf(method, driver)
    weightByValue.set(answer.value, (weightByValue.get(answer.value) ?? 0) + weight)
  }
  const terms = [...weightByValue.entries()]
    .sort(([a], [b]) => b - a)
    .map(([value, weight]) => `${formatNumber(value)}×${formatNumber(weight)}`)
  return `(${terms.join(' + ')}) / ${formatNumber(weightSum)} = ${formatTotal(total)} → ${roundedTotal}`
}

function labelOf(method: MethodDefinition, bandId: string): string {
  return method.bands.find((b) => b.id === bandId)?.label ?? bandId
}

function describeExcluded(drivers: readonly ResolvedDriver[]): string {
  const skipped = drivers.filter((d) => d.status === 'excluded').map((d) => d.driver.id)
  const missing = drivers.filter((d) => d.status === 'missing').map((d) => d.driver.id)
  const parts = [
    skipped.length > 0 ? `excluded by tailoring: ${skipped.join(', ')}` : '',
    missing.length > 0 ? `not answered (excluded): ${missing.join(', ')}` : '',
  ].filter((part) => part !== '')
  return parts.length > 0 ? `; ${parts.join('; ')}` : ''
}

/** Up to two decimals, trailing zeros dropped: 1.5, 2, 0.33. */
function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)))
}

/**
 * One decimal when that is exact (70.0, 62.5), more when needed (65.25); a total that is not exact at
 * three decimals is marked approximate so the printed number never pretends to be the rounding input.
 */
function formatTotal(total: number): string {
  for (const digits of [1, 2, 3]) {
    const text = total.toFixed(digits)
    if (Math.abs(Number(text) - total) < 1e-9) return text
  }
  return `≈${total.toFixed(3)}`
}
