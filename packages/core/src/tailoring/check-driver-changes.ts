/**
 * Validation of the driver changes of a tailoring request, reported against the option paths the
 * caller used (`addDrivers[0].id`, `removeDrivers[1]`, `weights.D4` …).
 *
 * @packageDocumentation
 */
import type { MethodDefinition, SourcedText } from '../method-types.js'
import type { TailoringError } from './tailoring-error.js'

/** A driver added by tailoring. Plain strings become `design` text sourced to the tailoring. */
export interface NewDriverInput {
  id: string
  shortName: string
  question: string | SourcedText
  prompts?: Array<string | SourcedText>
  /** Relative weight, default 1. */
  weight?: number
}

/** New wording for a kept driver; omitted fields keep the base wording. */
export interface DriverRewording {
  shortName?: string
  question?: string | SourcedText
  /** Replaces the whole prompt list. */
  prompts?: Array<string | SourcedText>
}

/** Options of {@link checkDriverChanges}: the parts of a tailoring request that touch drivers. */
export interface CheckDriverChangesOptions {
  base: MethodDefinition
  addDrivers?: NewDriverInput[]
  removeDrivers?: string[]
  rewordDrivers?: Record<string, DriverRewording>
  weights?: Record<string, number>
}

/** Wraps plain text as tailored (`design`) text; sourced text is kept as given. */
export function toSourcedText(value: string | SourcedText, source: string): SourcedText {
  return typeof value === 'string' ? { text: value.trim(), provenance: 'design', source } : value
}

function isBlank(value: string | SourcedText | undefined): boolean {
  if (value === undefined) return false
  return (typeof value === 'string' ? value : value.text).trim() === ''
}

/**
 * The largest relative weight a tailoring may give a driver. Weights are relative, so a bound costs
 * nothing in expressiveness, while 1e308 made the weighted sums overflow to NaN ([DESIGN]).
 */
export const MAX_DRIVER_WEIGHT = 1000

function isValidWeight(weight: unknown): boolean {
  return (
    typeof weight === 'number' &&
    Number.isFinite(weight) &&
    weight > 0 &&
    weight <= MAX_DRIVER_WEIGHT
  )
}

/** Checks removals, additions, rewordings and weights; returns the errors and the removed ids. */
export function checkDriverChanges(options: CheckDriverChangesOptions): {
  errors: TailoringError[]
  removed: Set<string>
} {
  const errors: TailoringError[] = []
  const baseIds = new Set(options.base.drivers.map((d) => d.id))
  const removed = new Set<string>()
  ;(options.removeDrivers ?? []).forEach((id, index) => {
    if (baseIds.has(id)) removed.add(id)
    else
      errors.push({
        code: 'unknown-driver',
        path: `removeDrivers[${index}]`,
        message: `Cannot remove "${id}": the base method has no such driver.`,
      })
  })
  const addedIds = new Set<string>()
  ;(options.addDrivers ?? []).forEach((driver, index) => {
    const path = `addDrivers[${index}]`
    const id = driver.id.trim()
    if (id === '') {
      errors.push({
        code: 'invalid-driver',
        path: `${path}.id`,
        message: 'The driver id is empty.',
      })
    } else if (baseIds.has(id) || addedIds.has(id)) {
      errors.push({
        code: 'duplicate-driver-id',
        path: `${path}.id`,
        message: baseIds.has(id)
          ? `Driver id "${id}" is used by the base method (ids are never reused, even after removal).`
          : `Driver id "${id}" is added twice.`,
      })
    }
    addedIds.add(id)
    if (driver.shortName.trim() === '') {
      errors.push({
        code: 'invalid-driver',
        path: `${path}.shortName`,
        message: `Driver "${id}" has an empty short name.`,
      })
    }
    if (isBlank(driver.question)) {
      errors.push({
        code: 'invalid-driver',
        path: `${path}.question`,
        message: `Driver "${id}" has an empty question.`,
      })
    }
    if (driver.weight !== undefined && !isValidWeight(driver.weight)) {
      errors.push({
        code: 'invalid-weight',
        path: `${path}.weight`,
        message: `Driver "${id}" has weight ${driver.weight}; weights must be finite, > 0 and at most ${MAX_DRIVER_WEIGHT}.`,
      })
    }
  })
  for (const [id, rewording] of Object.entries(options.rewordDrivers ?? {})) {
    const path = `rewordDrivers.${id}`
    if (!baseIds.has(id)) {
      errors.push({
        code: addedIds.has(id) ? 'conflicting-change' : 'unknown-driver',
        path,
        message: addedIds.has(id)
          ? `Driver "${id}" is added in the same request; give its wording in addDrivers.`
          : `Cannot reword "${id}": the base method has no such driver.`,
      })
    } else if (removed.has(id)) {
      errors.push({
        code: 'conflicting-change',
        path,
        message: `Driver "${id}" is both removed and reworded.`,
      })
    }
    for (const field of ['shortName', 'question'] as const) {
      if (isBlank(rewording[field])) {
        errors.push({
          code: 'invalid-driver',
          path: `${path}.${field}`,
          message: `The new ${field} of "${id}" is empty.`,
        })
      }
    }
  }
  for (const [id, weight] of Object.entries(options.weights ?? {})) {
    const path = `weights.${id}`
    if (removed.has(id)) {
      errors.push({
        code: 'conflicting-change',
        path,
        message: `Driver "${id}" is both removed and reweighted.`,
      })
    } else if (!baseIds.has(id) && !addedIds.has(id)) {
      errors.push({
        code: 'unknown-driver',
        path,
        message: `Cannot weight "${id}": no such driver in the tailored method.`,
      })
    }
    if (!isValidWeight(weight)) {
      errors.push({
        code: 'invalid-weight',
        path,
        message: `Weight ${weight} for "${id}" is invalid; weights must be finite, > 0 and at most ${MAX_DRIVER_WEIGHT}.`,
      })
    }
  }
  return { errors, removed }
}
