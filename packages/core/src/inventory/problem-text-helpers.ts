/**
 * The shape of the inventory problem sentences (one catalogue per locale) and the helpers they share.
 *
 * @packageDocumentation
 */
import type { StrictJsonErrorCode } from './check-strict-json.js'
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
  parserCode?: string | null
}

/**
 * The parser findings a catalogue names in its own words: the strict-JSON scanner's codes, the
 * YAML reader's most frequent ones (JSON is read by it too) and the CSV reader's.
 */
export type ParserCode =
  | StrictJsonErrorCode
  | 'BAD_INDENT'
  | 'TAB_AS_INDENT'
  | 'DUPLICATE_KEY'
  | 'MISSING_CHAR'
  | 'UNEXPECTED_TOKEN'
  | 'BLOCK_AS_IMPLICIT_KEY'
  | 'MULTILINE_IMPLICIT_KEY'
  | 'BAD_DQ_ESCAPE'
  | 'BAD_SCALAR_START'
  | 'TooFewFields'
  | 'TooManyFields'
  | 'InvalidQuotes'

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
  /**
   * What the parser found, in this language (`value`: the character, where the code has one);
   * `null` for English, which keeps the parsers' own English words.
   */
  parser: Record<ParserCode, (problem: ProblemInput) => string> | null
}

/** The parser's finding in `catalogue`'s words, else the parser's own (English) words. */
export function parserDetail(catalogue: ProblemCatalogue, problem: ProblemInput): string {
  const render = catalogue.parser?.[problem.parserCode as ParserCode]
  return render ? render(problem) : (problem.detail ?? problem.message)
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
