/**
 * The warnings of a scored result (`scoreDiagnostic`), in a stable order: exclusions, per-driver
 * warnings, unknown drivers in the rationale, then coverage, thin evidence and band caps.
 *
 * @packageDocumentation
 */
import type { MethodDefinition } from '../method-types.js'
import type { AppliedCap } from './band-cap.js'
import type { ScoreWarning } from './rationale-warnings.js'
import type { resolveAnswers } from './resolve-input.js'

/** What the warnings are drawn from. */
export interface CollectWarningsOptions {
  method: MethodDefinition
  /** The drivers the input's rationale names (unknown ones are warned about). */
  rationaleDriverIds: readonly string[]
  resolved: Pick<ReturnType<typeof resolveAnswers>, 'excluded' | 'answeredButExcluded'>
  perDriver: ScoreWarning[]
  missing: readonly string[]
  thinEvidence: readonly string[]
  cap: AppliedCap | null
  scoredDrivers: number
}

/** Every warning of the result, in a stable order: exclusions, per-driver, then overall ones. */
export function collectWarnings(options: CollectWarningsOptions): ScoreWarning[] {
  const { method, resolved, missing, thinEvidence, cap } = options
  const warnings: ScoreWarning[] = []
  if (resolved.excluded.length > 0) {
    const list = resolved.excluded.map((e) => `${e.driverId} (${e.reason})`).join('; ')
    warnings.push({
      code: 'drivers-excluded',
      count: resolved.excluded.length,
      total: method.drivers.length,
      driverIds: resolved.excluded.map((e) => e.driverId),
      message: `${resolved.excluded.length} of ${method.drivers.length} drivers excluded by tailoring decision: ${list}.`,
    })
  }
  for (const driverId of resolved.answeredButExcluded) {
    warnings.push({
      code: 'answer-for-excluded-driver',
      driverId,
      message: `Driver ${driverId} is excluded by tailoring; its answer is ignored.`,
    })
  }
  warnings.push(...options.perDriver)
  const known = new Set(method.drivers.map((driver) => driver.id))
  for (const driverId of options.rationaleDriverIds) {
    if (!known.has(driverId)) {
      warnings.push({
        code: 'unknown-driver-in-rationale',
        driverId,
        message: `Rationale for unknown driver "${driverId}" ignored (method ${method.version}).`,
      })
    }
  }
  if (missing.length > 0) {
    warnings.push({
      code: 'incomplete',
      count: missing.length,
      total: options.scoredDrivers,
      driverIds: [...missing],
      message: `${missing.length} of ${options.scoredDrivers} drivers not answered yet: ${missing.join(', ')}.`,
    })
  }
  if (thinEvidence.length > 0) {
    warnings.push({
      code: 'thin-evidence',
      count: thinEvidence.length,
      total: options.scoredDrivers,
      driverIds: [...thinEvidence],
      message: `${thinEvidence.length} of ${options.scoredDrivers} drivers rest on thin evidence: ${thinEvidence.join(', ')}.`,
    })
  }
  if (cap) {
    warnings.push({
      code: 'band-capped',
      driverIds: cap.drivers.map((d) => d.driverId),
      capFrom: cap.from,
      capTo: cap.to,
      message: cap.message,
    })
  }
  return warnings
}
