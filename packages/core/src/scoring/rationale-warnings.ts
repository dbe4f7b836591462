/**
 * Effect-code tallies of rationale data items and the warnings derived from them (§4.2): the answer is
 * the assessors' judgement, so the software only warns when it contradicts the items, never sets it.
 *
 * @packageDocumentation
 */
import type { AnswerId, BandId, EffectCode, MethodDefinition } from '../method-types.js'
import type { ResolvedDriver } from './resolve-input.js'

/** Number of rationale data items per effect code. */
export type EffectTally = Record<EffectCode, number>

/** Why a score carries a warning. */
export type ScoreWarningCode =
  | 'answer-contradicts-rationale'
  | 'no-rationale'
  | 'unknown-items'
  | 'invalid-effect-code'
  | 'unknown-driver-in-rationale'
  | 'incomplete'
  | 'drivers-excluded'
  | 'answer-for-excluded-driver'
  | 'thin-evidence'
  | 'band-capped'

/** Something a reviewer should look at; warnings never change the score. */
export interface ScoreWarning {
  code: ScoreWarningCode
  driverId?: string
  /** The sentence in English; readers in other languages write it from the code and fields. */
  message: string
  /** Items or drivers the warning counts (invalid codes, contradicting or unknown items, drivers). */
  count?: number
  /** Out of how many (data items of the driver, drivers of the method or scored set). */
  total?: number
  /** The driver's answer, where the warning is about it. */
  answer?: AnswerId
  /** `answer-contradicts-rationale`: the effect code pointing against the answer (`-` or `+`). */
  effect?: EffectCode
  /** The drivers a warning about the whole result names, in driver order. */
  driverIds?: string[]
  /** `band-capped`: the band of the total alone and the band after the cap. */
  capFrom?: BandId
  capTo?: BandId
}

/** Returns a tally with every code at 0. */
export function createEffectTally(): EffectTally {
  return { '+': 0, '-': 0, '0': 0, '?': 0 }
}

/** Options of {@link tallyEffects}. */
export interface TallyEffectsOptions {
  items: readonly unknown[]
}

/** Counts the items per effect code; anything that is not a code is returned in `invalid`. */
export function tallyEffects({ items }: TallyEffectsOptions): {
  tally: EffectTally
  invalid: number
} {
  const tally = createEffectTally()
  let invalid = 0
  for (const item of items) {
    if (item === '+' || item === '-' || item === '0' || item === '?') tally[item] += 1
    else invalid += 1
  }
  return { tally, invalid }
}

/** Options of {@link checkRationale}. */
export interface CheckRationaleOptions {
  method: MethodDefinition
  resolved: ResolvedDriver
  tally: EffectTally
  invalid: number
}

/**
 * Warnings for one answered driver whose rationale was supplied:
 * - `no-rationale`: no data items at all;
 * - `answer-contradicts-rationale`: a favourable answer (above the middle of the scale, i.e. Likely
 *   Yes / Yes) with `-` items and no `+` item, or an unfavourable one (Likely No / No) with `+` items
 *   and no `-` item; neutral and unknown items do not count either way;
 * - `unknown-items`: `?` items outnumber all other items together (the evidence is mostly open);
 * - `invalid-effect-code`: items that are not `+ - 0 ?` (ignored in the tally).
 */
export function checkRationale(options: CheckRationaleOptions): ScoreWarning[] {
  const { method, resolved, tally, invalid } = options
  const { driver, answer } = resolved
  const warnings: ScoreWarning[] = []
  if (invalid > 0) {
    warnings.push({
      code: 'invalid-effect-code',
      driverId: driver.id,
      count: invalid,
      message: `Driver ${driver.id} has ${invalid} data item(s) without a valid effect code (+ - 0 ?); they are ignored.`,
    })
  }
  if (!answer) return warnings
  const items = tally['+'] + tally['-'] + tally['0'] + tally['?']
  if (items === 0) {
    warnings.push({
      code: 'no-rationale',
      driverId: driver.id,
      answer: answer.id,
      message: `Driver ${driver.id} is answered "${answer.label}" without any rationale data item.`,
    })
    return warnings
  }
  const topStep = Math.max(...method.answers.map((option) => option.step))
  const favourable = answer.step * 2 > topStep
  const unfavourable = answer.step * 2 < topStep
  if (
    (favourable && tally['-'] > 0 && tally['+'] === 0) ||
    (unfavourable && tally['+'] > 0 && tally['-'] === 0)
  ) {
    const against = favourable ? `${tally['-']} "-"` : `${tally['+']} "+"`
    warnings.push({
      code: 'answer-contradicts-rationale',
      driverId: driver.id,
      answer: answer.id,
      effect: favourable ? '-' : '+',
      count: favourable ? tally['-'] : tally['+'],
      message: `Driver ${driver.id} is answered "${answer.label}" but its rationale has ${against} item(s) and none pointing the other way.`,
    })
  }
  if (tally['?'] > items - tally['?']) {
    warnings.push({
      code: 'unknown-items',
      driverId: driver.id,
      count: tally['?'],
      total: items,
      message: `Driver ${driver.id}: ${tally['?']} of ${items} data items are unknowns ("?"); consider gathering more data.`,
    })
  }
  return warnings
}
