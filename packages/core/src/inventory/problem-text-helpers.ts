/**
 * The shape of the inventory problem sentences (one catalogue per locale) and the helpers they share.
 *
 * @packageDocumentation
 */
import type { InventoryProblemCode, InventoryProblemRule } from './problems.js'

/**
 * A problem as a renderer receives it: the core {@link InventoryProblem}, or the API's
 * `ImportProblem` (plain strings, `null` for absent).
 */
export interface ProblemInput {
  code: string
  message: string
  field?: string | null
  record?: number | null
  line?: number | null
  column?: number | null
  row?: number | null
  rule?: string | null
  value?: string | null
  expectedType?: string | null
  allowed?: readonly string[] | null
  invalidItems?: readonly string[] | null
  catalogue?: string | null
  mappedTo?: readonly string[] | null
  firstRecord?: number | null
  firstColumn?: number | null
  cells?: number | null
  headerCells?: number | null
  format?: string | null
  detail?: string | null
}

/** One locale's sentences: one per problem code, and one clause per invalid-value rule. */
export interface ProblemCatalogue {
  problems: Record<InventoryProblemCode, (problem: ProblemInput) => string>
  /** The clause saying what a value must be, for `invalid-value` (e.g. "an e-mail address"). */
  rules: Record<
    Exclude<
      InventoryProblemRule,
      | 'required'
      | 'staff-team-column'
      | 'staff-row-team'
      | 'key'
      | 'column'
      | 'parser'
      | 'unterminated-quote'
    >,
    (problem: ProblemInput) => string
  >
}

/** `"a", "b"` for a list of values. */
export function quoteList(values: readonly string[] | null | undefined, open = '"', close = open) {
  return (values ?? []).map((value) => `${open}${value}${close}`).join(', ')
}

/** The format's name as people write it. */
export function formatName(format: string | null | undefined): string {
  return (format ?? 'file').toUpperCase()
}

/** The clause of an `invalid-value` problem's rule in `catalogue` (`invalid` when unknown). */
export function ruleClause(catalogue: ProblemCatalogue, problem: ProblemInput): string {
  const rules = catalogue.rules as Record<string, (p: ProblemInput) => string>
  const render = rules[problem.rule ?? 'invalid'] ?? catalogue.rules.invalid
  return render(problem)
}

/** ` "value"` (with the given quotes) when the problem names a value, else nothing. */
export function seenValue(problem: ProblemInput, open = '"', close = open): string {
  return problem.value === undefined || problem.value === null
    ? ''
    : ` ${open}${problem.value}${close}`
}
