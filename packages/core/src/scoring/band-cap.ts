/**
 * The rule-based algorithm's band cap (`[DESIGN]`): a critical driver answered low caps the band.
 *
 * @packageDocumentation
 */
import { findBand } from '../method.js'
import type {
  AnswerId,
  BandDefinition,
  BandId,
  MethodDefinition,
  RuleBasedRules,
} from '../method-types.js'
import type { ResolvedDriver } from './resolve-input.js'

/** A cap that lowered the band, and why. */
export interface AppliedCap {
  /** The band the total alone gives. */
  from: BandId
  /** The band after the cap. */
  to: BandId
  /** The critical drivers whose answers set the cap (the lowest cap wins). */
  drivers: Array<{ driverId: string; answer: AnswerId }>
  message: string
}

/** Options of {@link applyBandCap}. */
export interface ApplyBandCapOptions {
  method: MethodDefinition
  rules: RuleBasedRules
  drivers: readonly ResolvedDriver[]
  band: BandDefinition
}

/**
 * Returns the capped band and the cap, or the band unchanged and `null` when no critical driver in
 * the scored set has a capped answer, or the caps are not below the band.
 */
export function applyBandCap(options: ApplyBandCapOptions): {
  band: BandDefinition
  cap: AppliedCap | null
} {
  const { method, rules, drivers, band } = options
  const critical = new Set(rules.criticalDrivers)
  let lowest: BandDefinition | undefined
  let reasons: Array<{ driverId: string; answer: AnswerId }> = []
  for (const { driver, answer } of drivers) {
    if (!answer || !critical.has(driver.id)) continue
    const rule = rules.caps.find((cap) => cap.answer === answer.id)
    const capBand = rule ? findBand(method, rule.maxBand) : undefined
    if (!capBand || capBand.index >= band.index) continue
    if (!lowest || capBand.index < lowest.index) {
      lowest = capBand
      reasons = []
    }
    if (capBand.index === lowest.index) reasons.push({ driverId: driver.id, answer: answer.id })
  }
  if (!lowest) return { band, cap: null }
  const list = reasons
    .map(
      (r) => `${r.driverId} (${method.answers.find((a) => a.id === r.answer)?.label ?? r.answer})`,
    )
    .join(', ')
  return {
    band: lowest,
    cap: {
      from: band.id,
      to: lowest.id,
      drivers: reasons,
      message: `Band capped from ${band.label} to ${lowest.label}: critical driver(s) ${list} (rule-based algorithm, platform design).`,
    },
  }
}
