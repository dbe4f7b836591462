/**
 * Inventory problems as sentences for people, in every supported locale: what went wrong and what to
 * do, built from the problem's code and structured details (never from its English `message`). The
 * console's import page and the CLI both render problems with it, and so do problems that came back
 * from the API (whose details are `null` rather than absent).
 *
 * @packageDocumentation
 */
import type { Locale } from '../locale.js'
import { PROBLEM_TEXT_DE } from './problem-text-de.js'
import { PROBLEM_TEXT_EN } from './problem-text-en.js'
import { PROBLEM_TEXT_FR } from './problem-text-fr.js'
import type { ProblemCatalogue, ProblemInput } from './problem-text-helpers.js'
import { type InventoryProblemCode, PROBLEM_DETAILS } from './problems.js'

export type { ProblemCatalogue, ProblemInput } from './problem-text-helpers.js'

/** Every locale's sentences; a missing code or rule fails type-checking. */
export const PROBLEM_TEXT: Readonly<Record<Locale, ProblemCatalogue>> = Object.freeze({
  en: PROBLEM_TEXT_EN,
  fr: PROBLEM_TEXT_FR,
  de: PROBLEM_TEXT_DE,
})

/**
 * The problem as a sentence in `locale`. A code this version does not know (a newer server), or a
 * problem without the details its sentence needs (one stored before they existed), keeps its
 * English `message`, the only text there is for it.
 */
export function describeInventoryProblem(problem: ProblemInput, locale: Locale): string {
  const code = problem.code as InventoryProblemCode
  const render = PROBLEM_TEXT[locale].problems[code]
  const needed = PROBLEM_DETAILS[code]
  if (render === undefined || needed === undefined) return problem.message
  const details = problem as unknown as Record<string, unknown>
  const complete = needed.every((key) => details[key] !== undefined && details[key] !== null)
  return complete ? render(problem) : problem.message
}
