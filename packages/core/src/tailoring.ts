/**
 * Tailoring a method into a new version (activity PRA6 "Tailor IMMD procedures, criteria, and
 * supporting artifacts"): add, remove and reword drivers, change their relative weights, pick the
 * scoring algorithm. The base is never modified; the result records `basedOn`.
 *
 * @packageDocumentation
 */
import { listBuiltInMethods, validateMethod } from './method.js'
import type {
  AnswerId,
  AnswerOption,
  DriverDefinition,
  MethodDefinition,
  ScoringAlgorithm,
  SourcedText,
} from './method-types.js'
import {
  checkDriverChanges,
  type DriverRewording,
  type NewDriverInput,
  toSourcedText,
} from './tailoring/check-driver-changes.js'

export type { DriverRewording, NewDriverInput } from './tailoring/check-driver-changes.js'

/** What {@link tailorMethod} needs. Every change is optional; `version` is required and new. */
export interface TailorMethodOptions {
  base: MethodDefinition
  /** The new version id, e.g. `immd-1.0+acme-2026`; must differ from the base and `existingVersions`. */
  version: string
  name?: string
  description?: string
  /** Drivers appended after the kept base drivers, in this order. */
  addDrivers?: NewDriverInput[]
  /** Base driver ids to drop. Ids are never reused, so stored answers keep their meaning. */
  removeDrivers?: string[]
  /** New wording per kept base driver id. Tailored text gets provenance `design`. */
  rewordDrivers?: Record<string, DriverRewording>
  /** Relative weight (> 0) per driver id; scoring normalises them over the answered drivers. */
  weights?: Record<string, number>
  /** Forces the algorithm; by default `weighted-mean` as soon as the weights differ. */
  algorithm?: ScoringAlgorithm
  /**
   * New evaluation criteria per answer id (what must be true to give the answer). Tailored criteria
   * get provenance `design` with the tailoring as source; untouched ones keep theirs.
   */
  answerCriteria?: Partial<Record<AnswerId, string>>
  /** Versions already in use (e.g. stored tailored methods); built-in versions are always checked. */
  existingVersions?: readonly string[]
}

import type { TailoringError, TailoringErrorCode } from './tailoring/tailoring-error.js'

export type { TailoringError, TailoringErrorCode }

/** The outcome of {@link tailorMethod}: the new method, or every problem found at once. */
export type TailorMethodResult =
  | { ok: true; method: MethodDefinition }
  | { ok: false; errors: TailoringError[] }

/**
 * Derives a tailored method from `base`. Kept base drivers come first in base order, added drivers
 * after them, and all are renumbered 1..n. Everything else (answers, bands, process, worksheets) is
 * copied. The algorithm switches to `weighted-mean` when the resulting weights are not all equal,
 * unless `algorithm` says otherwise (asking for `mean` with unequal weights is rejected, because
 * `mean` would silently ignore them). All problems are reported together, none thrown.
 */
export function tailorMethod(options: TailorMethodOptions): TailorMethodResult {
  const { base } = options
  const version = options.version.trim()
  const errors: TailoringError[] = [...checkVersion(options, version)]
  const changes = checkDriverChanges(options)
  errors.push(...changes.errors)
  const source = `PRA6 tailoring (${version})`
  const reworded = (driver: DriverDefinition): DriverDefinition => {
    const rewording = options.rewordDrivers?.[driver.id]
    if (!rewording) return driver
    return {
      ...driver,
      shortName: rewording.shortName?.trim() ?? driver.shortName,
      question:
        rewording.question === undefined
          ? driver.question
          : toSourcedText(rewording.question, source),
      prompts: rewording.prompts?.map((p) => toSourcedText(p, source)) ?? driver.prompts,
    }
  }
  const kept = base.drivers.filter((d) => !changes.removed.has(d.id)).map(reworded)
  const added = (options.addDrivers ?? []).map(
    (input): DriverDefinition => ({
      id: input.id.trim(),
      number: 0,
      shortName: input.shortName.trim(),
      question: toSourcedText(input.question, source),
      prompts: (input.prompts ?? []).map((p): SourcedText => toSourcedText(p, source)),
      weight: input.weight ?? 1,
    }),
  )
  const drivers = [...kept, ...added].map((driver, index) => ({
    ...driver,
    number: index + 1,
    weight: options.weights?.[driver.id] ?? driver.weight,
  }))
  if (drivers.length === 0) {
    errors.push({
      code: 'empty-driver-set',
      path: 'drivers',
      message: 'Tailoring would leave the method without drivers.',
    })
  }
  errors.push(...checkAnswerCriteria(options))
  const weightsDiffer = drivers.some((d) => d.weight !== drivers[0]?.weight)
  if (options.algorithm === 'mean' && weightsDiffer) {
    errors.push({
      code: 'conflicting-change',
      path: 'algorithm',
      message:
        'The mean algorithm ignores weights, but the tailored drivers have different weights.',
    })
  }
  if (errors.length > 0) return { ok: false, errors }
  const algorithm = options.algorithm ?? (weightsDiffer ? 'weighted-mean' : base.scoring.algorithm)
  // A JSON round trip gives an unfrozen deep copy; method definitions are JSON data by contract.
  const copy = JSON.parse(JSON.stringify(base)) as MethodDefinition
  const method: MethodDefinition = {
    ...copy,
    version,
    basedOn: base.version,
    name: options.name?.trim() || `${base.name} (tailored: ${version})`,
    description:
      options.description?.trim() ||
      `${base.description} Tailored from ${base.version} in activity PRA6: ${summarizeChanges(options)}.`,
    drivers: JSON.parse(JSON.stringify(drivers)) as DriverDefinition[],
    answers: copy.answers.map((answer) => withCriteria(answer, options.answerCriteria, source)),
    scoring: { ...copy.scoring, algorithm, ...keptCriticalDrivers(copy, changes.removed) },
  }
  // The base itself may be broken (e.g. a stored method with a zero weight): report it on the result.
  const issues = validateMethod(method)
  if (issues.length > 0) {
    return {
      ok: false,
      errors: issues.map((issue) => ({
        code: toTailoringCode(issue.code, issue.path),
        path: issue.path,
        message: issue.message,
      })),
    }
  }
  return { ok: true, method }
}

function checkVersion(options: TailorMethodOptions, version: string): TailoringError[] {
  if (version === '') {
    return [{ code: 'invalid-version', path: 'version', message: 'The version id is empty.' }]
  }
  const taken = new Set([
    options.base.version,
    ...listBuiltInMethods().map((m) => m.version),
    ...(options.existingVersions ?? []),
  ])
  if (!taken.has(version)) return []
  return [
    {
      code: 'duplicate-version',
      path: 'version',
      message: `Version "${version}" already exists; a tailored method needs a new version id.`,
    },
  ]
}

/** A removed driver can no longer be critical for the rule-based algorithm. */
function keptCriticalDrivers(
  base: MethodDefinition,
  removed: ReadonlySet<string>,
): Partial<MethodDefinition['scoring']> {
  const ruleBased = base.scoring.ruleBased
  if (!ruleBased) return {}
  const criticalDrivers = ruleBased.criticalDrivers.filter((id) => !removed.has(id))
  return { ruleBased: { ...ruleBased, criticalDrivers } }
}

function checkAnswerCriteria(options: TailorMethodOptions): TailoringError[] {
  return Object.entries(options.answerCriteria ?? {}).flatMap(
    ([answerId, text]): TailoringError[] => {
      const path = `answerCriteria.${answerId}`
      if (!options.base.answers.some((answer) => answer.id === answerId)) {
        return [
          {
            code: 'unknown-answer' as const,
            path,
            message: `The scale has no answer "${answerId}".`,
          },
        ]
      }
      if (typeof text !== 'string' || text.trim() === '') {
        return [
          {
            code: 'invalid-criteria' as const,
            path,
            message: `The criteria of "${answerId}" are empty.`,
          },
        ]
      }
      return []
    },
  )
}

function withCriteria(
  answer: AnswerOption,
  criteria: TailorMethodOptions['answerCriteria'],
  source: string,
): AnswerOption {
  const text = criteria?.[answer.id]?.trim()
  return text ? { ...answer, criteria: { text, provenance: 'design', source } } : answer
}

function toTailoringCode(code: string, path: string): TailoringErrorCode {
  if (code === 'duplicate-id' && path.startsWith('drivers')) return 'duplicate-driver-id'
  if (code === 'invalid-weight' || code === 'empty-driver-set') return code
  return 'invalid-method'
}

function summarizeChanges(options: TailorMethodOptions): string {
  const parts = [
    options.removeDrivers?.length ? `removed ${options.removeDrivers.join(', ')}` : '',
    options.addDrivers?.length ? `added ${options.addDrivers.map((d) => d.id).join(', ')}` : '',
    options.rewordDrivers && Object.keys(options.rewordDrivers).length > 0
      ? `reworded ${Object.keys(options.rewordDrivers).join(', ')}`
      : '',
    options.weights && Object.keys(options.weights).length > 0
      ? `reweighted ${Object.keys(options.weights).join(', ')}`
      : '',
    options.algorithm ? `algorithm ${options.algorithm}` : '',
    options.answerCriteria && Object.keys(options.answerCriteria).length > 0
      ? `answer criteria ${Object.keys(options.answerCriteria).join(', ')}`
      : '',
  ].filter((part) => part !== '')
  return parts.length > 0 ? parts.join('; ') : 'no driver changes'
}
