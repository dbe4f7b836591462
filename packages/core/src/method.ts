/**
 * Lookups over method definitions (built-in and tailored) and structural validation.
 *
 * @packageDocumentation
 */

import type { MethodIssue } from './method/method-issue.js'
import { validateMethodStructure } from './method/validate-method.js'
import type {
  ActivityDefinition,
  ActivityId,
  AnswerId,
  AnswerOption,
  BandDefinition,
  BandId,
  DriverDefinition,
  MethodDefinition,
  PhaseId,
  SourcedText,
} from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'
import { roundHalfUp } from './rounding.js'

/** The built-in methods, oldest first. Frozen so callers cannot add to the shared list. */
const BUILT_IN_METHODS: readonly MethodDefinition[] = Object.freeze([IMMD_1_0])

/** The version id of the default built-in method. */
export const DEFAULT_METHOD_VERSION = 'immd-1.0'

/** Returns the built-in method with this version id (e.g. `immd-1.0`), or `undefined`. */
export function getBuiltInMethod(version: string): MethodDefinition | undefined {
  return BUILT_IN_METHODS.find((method) => method.version === version)
}

/** Lists the built-in methods, oldest first (a new array each call; the methods are frozen). */
export function listBuiltInMethods(): MethodDefinition[] {
  return [...BUILT_IN_METHODS]
}

/** Finds a driver by id (e.g. `D3`), or `undefined` when the method has no such driver. */
export function findDriver(method: MethodDefinition, id: string): DriverDefinition | undefined {
  return method.drivers.find((driver) => driver.id === id)
}

/** Finds an answer option by id, or `undefined` (answers may come from untyped JSON). */
export function findAnswer(method: MethodDefinition, answerId: string): AnswerOption | undefined {
  return method.answers.find((answer) => answer.id === answerId)
}

/** Finds the answer option on a given 0-based step of the scale, or `undefined` past either end. */
export function findAnswerByStep(method: MethodDefinition, step: number): AnswerOption | undefined {
  return method.answers.find((answer) => answer.step === step)
}

/**
 * The evaluation criteria of an answer (what must be true to give it): the method's own, or for a
 * method stored before criteria existed the built-in IMMD 1.0 criteria of the same answer id. `null`
 * when neither has any (e.g. an unknown answer id).
 */
export function getAnswerCriteria(method: MethodDefinition, answerId: string): SourcedText | null {
  const own = findAnswer(method, answerId)?.criteria
  return own ?? findAnswer(IMMD_1_0, answerId)?.criteria ?? null
}

/**
 * The source whose meaning a band description carries (our descriptions are paraphrases): the
 * method's own, or the built-in band's of the same id; `null` when neither names one.
 */
export function describeBandSource(method: MethodDefinition, bandId: string): string | null {
  const own = findBand(method, bandId)?.meaningSource
  return own ?? findBand(IMMD_1_0, bandId)?.meaningSource ?? null
}

/** Finds a band by id, or `undefined`. */
export function findBand(method: MethodDefinition, bandId: string): BandDefinition | undefined {
  return method.bands.find((band) => band.id === bandId)
}

/**
 * Returns the band a total falls in, after the method's rounding rule: the total is rounded half up
 * to an integer first (64.5 → 65 → High; 64.49 → 64 → Borderline), then matched against the bands'
 * inclusive integer bounds. Returns `undefined` for totals outside every band (e.g. negative).
 */
export function lookupBand(method: MethodDefinition, total: number): BandDefinition | undefined {
  if (!Number.isFinite(total)) return undefined
  const rounded = roundHalfUp(total)
  return method.bands.find((band) => band.min <= rounded && rounded <= band.max)
}

/**
 * Returns an activity by id. Throws when it is missing, because every valid method carries all fifteen
 * activities (see {@link validateMethod}); a missing one means the definition is corrupt.
 */
export function getActivity(method: MethodDefinition, id: ActivityId): ActivityDefinition {
  const activity = method.activities.find((candidate) => candidate.id === id)
  if (!activity) throw new Error(`Method ${method.version} has no activity ${id}.`)
  return activity
}

/** Lists the activities of one phase, in method order. */
export function listActivitiesOfPhase(
  method: MethodDefinition,
  phase: PhaseId,
): ActivityDefinition[] {
  return method.activities.filter((activity) => activity.phase === phase)
}

/** Lists the answer options ordered by step (No first), whatever order the definition stores. */
export function listAnswersByStep(method: MethodDefinition): AnswerOption[] {
  return [...method.answers].sort((a, b) => a.step - b.step)
}

/** Finds a band by its 0-based index (Minimal = 0), or `undefined` past either end. */
export function findBandByIndex(
  method: MethodDefinition,
  index: number,
): BandDefinition | undefined {
  return method.bands.find((band) => band.index === index)
}

export type { MethodIssue, MethodIssueCode } from './method/method-issue.js'

/**
 * Checks a method definition for structural problems: duplicate ids (drivers, answers, bands,
 * phases, activities, artefacts, worksheets), an empty driver set, weights that are not finite and
 * positive, driver numbers that are not 1..n, an answer scale whose steps are not 0..n-1 with
 * increasing values in 0-100, bands that do not cover 0..100 with integer bounds and without gaps or
 * overlap, missing activities, and references to unknown phases, artefacts, worksheets or
 * activities. Returns an empty list for a valid method.
 */
export function validateMethod(method: MethodDefinition): MethodIssue[] {
  return validateMethodStructure(method)
}

/** Narrowing guard for answer ids coming from untyped input. */
export function isAnswerId(method: MethodDefinition, value: unknown): value is AnswerId {
  return typeof value === 'string' && method.answers.some((answer) => answer.id === value)
}

/** Narrowing guard for band ids coming from untyped input. */
export function isBandId(method: MethodDefinition, value: unknown): value is BandId {
  return typeof value === 'string' && method.bands.some((band) => band.id === value)
}
