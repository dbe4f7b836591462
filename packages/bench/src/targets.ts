/**
 * The targets, checked against one run's ratios (ratios of one run are the figures: the
 * absolute numbers move with whatever else the machine is doing).
 *
 * @packageDocumentation
 */
import type { ContenderName } from './contenders/launch.js'
import type { ImportFigures } from './measure-import.js'
import type { OperationFigures } from './measure-read.js'
import type { StormFigures } from './measure-storm.js'

/** One target and whether the run met it. */
export interface TargetCheck {
  target: string
  value: number | null
  required: number
  met: boolean
}

/** ours / other throughput of an operation, or null when either is missing. */
export function ratio(figures: OperationFigures | undefined, other: ContenderName): number | null {
  const ours = figures?.contenders.ours?.throughput
  const theirs = figures?.contenders[other]?.throughput
  if (!ours || !theirs) return null
  return Math.round((ours / theirs) * 100) / 100
}

const check = (target: string, value: number | null, required: number): TargetCheck => ({
  target,
  value,
  required,
  met: value !== null && value >= required,
})

/** Checks every target. */
export function checkTargets(
  operations: OperationFigures[],
  imports: ImportFigures | null,
  storm: StormFigures | null,
): TargetCheck[] {
  const find = (id: string) => operations.find((op) => op.id === id && op.engine === 'postgresql')
  return [
    check('portfolio page: ours / limit', ratio(find('portfolio'), 'limit'), 0.35),
    check('portfolio page: ours / naive', ratio(find('portfolio'), 'naive'), 5),
    check('engagement detail: ours / limit', ratio(find('detail'), 'limit'), 0.3),
    check('portfolio export: ours / limit', ratio(find('export'), 'limit'), 0.2),
    check('import 1,000 records: one transaction / row by row', imports?.ratio ?? null, 10),
    {
      target: 'storm: lost updates (must be 0)',
      value: storm?.lostUpdates ?? null,
      required: 0,
      met: storm !== null && storm.lostUpdates === 0,
    },
  ]
}
