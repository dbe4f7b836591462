/**
 * The fewest single-step answer upgrades that lift a diagnostic into its threshold band.
 *
 * @packageDocumentation
 */
import { findAnswerByStep, lookupBand } from '../method.js'
import type { AnswerId, BandDefinition, BandId, MethodDefinition } from '../method-types.js'
import { roundHalfUp } from '../rounding.js'
import { computeTotal, rawWeightOf } from '../scoring/compute-total.js'
import type { ResolvedDriver } from '../scoring/resolve-input.js'

/** One single-step upgrade of one driver. */
export interface PathMove {
  driverId: string
  from: AnswerId
  to: AnswerId
  /** Points this move adds to the (unrounded) total. */
  gain: number
}

/** The result of a path search; `moves` is empty when the threshold is already met. */
export type PathToThreshold =
  | {
      reachable: true
      threshold: BandId
      moves: PathMove[]
      total: number
      roundedTotal: number
      band: BandId
    }
  | {
      reachable: false
      threshold: BandId
      /** `no-answers`: nothing to upgrade; `out-of-reach`: even all answered drivers at the top fail. */
      reason: 'no-answers' | 'out-of-reach'
      moves: []
      /** The best total reachable by upgrading answered drivers, `null` without answers. */
      bestTotal: number | null
      bestBand: BandId | null
    }

/** Options of {@link findPathToThreshold}. */
export interface FindPathToThresholdOptions {
  method: MethodDefinition
  drivers: readonly ResolvedDriver[]
  threshold: BandDefinition
  /** Failure (`-`) items per driver, in driver order: among equal gains, drivers with more go first. */
  failureItems?: readonly number[]
}

interface Step {
  driverIndex: number
  /** The step moved from; the move goes to `fromStep + 1`. */
  fromStep: number
  gain: number
  failureItems: number
}

/**
 * Finds the smallest number of single-step upgrades of answered drivers (several steps on one driver
 * allowed; unanswered and excluded drivers stay out) after which the total's band reaches the
 * threshold band.
 *
 * Why taking the biggest step gains first is exact: the answered drivers' weight sum W does not change
 * when answers change, so raising driver i from step s to s+1 adds g(i,s) = wᵢ·(v(s+1) − v(s)) / W to
 * the total, independently of every other driver. Any plan of k moves therefore raises the total by a
 * sum of k gains taken from the multiset of all available steps, which is at most the sum of the k
 * largest. On the standard scale every step of a driver gains the same 25·wᵢ/W, so the k largest can
 * always be taken as a plan (take the first c steps of a driver whose c copies were chosen); the same
 * holds whenever the scale's increments never grow, because then a driver's larger gains come first.
 * Reaching the threshold only depends on the total, which only grows, so the least k whose top-k sum
 * reaches the threshold is optimal, and that is exactly the greedy prefix. A scale whose increments
 * grow somewhere breaks that argument, so it is solved exactly with a small knapsack instead.
 *
 * Among moves of equal gain the weakest answer goes first, then the driver with more failure (`-`)
 * items, then driver order: on the seed sample (eight Likely Yes, two Equally Likely) the path starts
 * with D9 and D10. Lower steps first within one driver keeps every prefix a legal plan.
 */
export function findPathToThreshold(options: FindPathToThresholdOptions): PathToThreshold {
  const { method, drivers, threshold } = options
  const values = drivers.map((d) => d.answer?.value ?? null)
  const start = computeTotal({ method, values })
  if (start.total === null) {
    return unreachable(threshold, 'no-answers', null, null)
  }
  const steps: Step[] = []
  const topStep = Math.max(...method.answers.map((a) => a.step))
  drivers.forEach(({ driver, answer }, driverIndex) => {
    if (!answer) return
    for (let fromStep = answer.step; fromStep < topStep; fromStep += 1) {
      const delta = valueAt(method, fromStep + 1) - valueAt(method, fromStep)
      steps.push({
        driverIndex,
        fromStep,
        gain: (rawWeightOf(method, driver) * delta) / start.weightSum,
        failureItems: options.failureItems?.[driverIndex] ?? 0,
      })
    }
  })
  const plans = hasNonGrowingIncrements(method) ? greedyPlans(steps) : knapsackPlans(steps, drivers)
  let best: { total: number; band: BandDefinition | undefined } | null = null
  for (const plan of plans) {
    const raised = [...values]
    for (const step of plan) raised[step.driverIndex] = valueAt(method, step.fromStep + 1)
    const total = computeTotal({ method, values: raised }).total ?? 0
    const band = lookupBand(method, total)
    if (band && band.index >= threshold.index) {
      return {
        reachable: true,
        threshold: threshold.id,
        moves: toMoves(method, drivers, plan),
        total,
        roundedTotal: roundHalfUp(total),
        band: band.id,
      }
    }
    best = { total, band }
  }
  return unreachable(threshold, 'out-of-reach', best?.total ?? null, best?.band?.id ?? null)
}

function unreachable(
  threshold: BandDefinition,
  reason: 'no-answers' | 'out-of-reach',
  bestTotal: number | null,
  bestBand: BandId | null,
): PathToThreshold {
  return { reachable: false, threshold: threshold.id, reason, moves: [], bestTotal, bestBand }
}

function valueAt(method: MethodDefinition, step: number): number {
  return findAnswerByStep(method, step)?.value ?? 0
}

function hasNonGrowingIncrements(method: MethodDefinition): boolean {
  const values = [...method.answers].sort((a, b) => a.step - b.step).map((a) => a.value)
  const increments = values.slice(1).map((value, i) => value - (values[i] ?? 0))
  // A relative tolerance keeps float noise in stored values from disabling the fast path.
  return increments.every((inc, i) => i === 0 || inc <= (increments[i - 1] ?? 0) + 1e-9)
}

/**
 * Plans with 0, 1, 2 … moves: prefixes of the steps sorted by gain (ties within 1e-9: lower step,
 * more failure items, driver order).
 */
function* greedyPlans(steps: readonly Step[]): Generator<Step[]> {
  const sorted = [...steps].sort(
    (a, b) =>
      (Math.abs(b.gain - a.gain) > 1e-9 ? b.gain - a.gain : 0) ||
      a.fromStep - b.fromStep ||
      b.failureItems - a.failureItems ||
      a.driverIndex - b.driverIndex,
  )
  for (let k = 0; k <= sorted.length; k += 1) yield sorted.slice(0, k)
}

/**
 * Plans with 0, 1, 2 … moves maximising the gain for each count: a group knapsack where driver i
 * takes c ∈ 0..available of its steps (in order). O(drivers × steps²), trivial for tens of drivers.
 */
function* knapsackPlans(steps: readonly Step[], drivers: readonly ResolvedDriver[]) {
  const byDriver = drivers.map((_, i) => steps.filter((s) => s.driverIndex === i))
  let best: Array<{ gain: number; plan: Step[] } | undefined> = [{ gain: 0, plan: [] }]
  for (const own of byDriver) {
    const next: typeof best = []
    best.forEach((entry, used) => {
      if (!entry) return
      let gain = entry.gain
      for (let take = 0; take <= own.length; take += 1) {
        if (take > 0) gain += own[take - 1]?.gain ?? 0
        const current = next[used + take]
        if (!current || gain > current.gain) {
          next[used + take] = { gain, plan: [...entry.plan, ...own.slice(0, take)] }
        }
      }
    })
    best = next
  }
  for (const entry of best) if (entry) yield entry.plan
}

function toMoves(
  method: MethodDefinition,
  drivers: readonly ResolvedDriver[],
  plan: readonly Step[],
): PathMove[] {
  return plan.map((step) => ({
    driverId: drivers[step.driverIndex]?.driver.id ?? '',
    from: findAnswerByStep(method, step.fromStep)?.id ?? 'no',
    to: findAnswerByStep(method, step.fromStep + 1)?.id ?? 'no',
    gain: step.gain,
  }))
}
