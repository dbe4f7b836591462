/**
 * Problems found while parsing an inventory: values, never thrown, each pointing at where it is.
 *
 * @packageDocumentation
 */

/** The supported inventory file formats. */
export type InventoryFormat = 'json' | 'yaml' | 'csv'

/** Which input a problem points into: the inventory itself or the separate staff CSV. */
export type InventoryInput = 'inventory' | 'staff'

/**
 * Problem codes:
 * - `syntax-error`: the file is not valid JSON/YAML/CSV (no records are read from it);
 * - `json-not-strict`: accepted by the lenient reader but not strict JSON (e.g. a trailing comma);
 * - `unrecognised-shape`: the top level is neither a record, a list, nor `{teams|data: [...]}`;
 * - `record-not-object`: a list entry is not a mapping;
 * - `missing-field`: a required field is absent or empty;
 * - `invalid-value`: a field fails its schema (type, range, vocabulary, format);
 * - `unknown-field`: a key the record format does not define (kept on the record);
 * - `unknown-service`: a service the chosen catalogue does not list;
 * - `legacy-service-name`: a CERT/CC or handbook service name under `first-v2.1` (accepted, mapped);
 * - `core-service-not-offered`: a core service missing from `offered`;
 * - `duplicate-short-team-name`: two records share a `short-team-name` (case-insensitive);
 * - `duplicate-header`, `empty-header`, `field-count`: CSV layout problems;
 * - `staff-team-unknown`: a staff CSV row names a team that no record has;
 * - `empty-inventory`: the file holds no records.
 */
export type InventoryProblemCode =
  | 'syntax-error'
  | 'json-not-strict'
  | 'unrecognised-shape'
  | 'record-not-object'
  | 'missing-field'
  | 'invalid-value'
  | 'unknown-field'
  | 'unknown-service'
  | 'legacy-service-name'
  | 'core-service-not-offered'
  | 'duplicate-short-team-name'
  | 'duplicate-header'
  | 'empty-header'
  | 'field-count'
  | 'staff-team-unknown'
  | 'empty-inventory'

/** Where something is in the source text. Positions are 1-based. */
export interface SourcePosition {
  /** Source line (JSON, YAML). */
  line?: number
  /** Column on that line (JSON, YAML) or the CSV column number. */
  column?: number
  /** CSV data row number, 1 = the first row after the header. */
  row?: number
  /** Which input the position refers to. */
  input?: InventoryInput
}

/**
 * What rule a value broke, for `invalid-value`, `missing-field`, `unknown-field` and
 * `syntax-error`: a sentence in any language is built from it and the other details, so the English
 * `message` is never the only place the reason lives.
 */
export type InventoryProblemRule =
  // invalid-value
  | 'type'
  | 'one-of'
  | 'not-empty'
  | 'no-nul'
  | 'country-code'
  | 'country-name'
  | 'email'
  | 'emails'
  | 'authority'
  | 'iso-date'
  | 'hours-slot'
  | 'time'
  | 'fte-range'
  | 'http-url'
  | 'language-code'
  | 'staff-not-list'
  | 'invalid'
  // missing-field
  | 'required'
  | 'staff-team-column'
  | 'staff-row-team'
  // unknown-field
  | 'key'
  | 'column'
  // syntax-error
  | 'parser'
  | 'unterminated-quote'

/**
 * The structured details of a problem, each set by the codes that need it (see
 * {@link PROBLEM_DETAILS}); the `message` is the English sentence built from them.
 */
export interface InventoryProblemDetails {
  /** The sub-rule (see {@link InventoryProblemRule}). */
  rule?: InventoryProblemRule
  /** The offending value as written: a service, a team name, a header, a scalar field value. */
  value?: string
  /** `type` rule: the JSON type expected (`string`, `number`, `array`, `object`). */
  expectedType?: string
  /** `one-of` rule: the values allowed. */
  allowed?: string[]
  /** `emails` rule: the list items that are not e-mail addresses. */
  invalidItems?: string[]
  /** Service problems: the service catalogue (`first-v2.1`, `cert-cc`, …). */
  catalogue?: string
  /** `legacy-service-name`: the FIRST v2.1 services the legacy name maps to (empty: none). */
  mappedTo?: string[]
  /** `duplicate-short-team-name`: 0-based index of the record that used the name first. */
  firstRecord?: number
  /** `duplicate-header`: 1-based column where the header appears first. */
  firstColumn?: number
  /** `field-count`: cells in the row. */
  cells?: number
  /** `field-count`: cells in the header. */
  headerCells?: number
  /** `syntax-error`, `json-not-strict`: the format that failed to parse. */
  format?: InventoryFormat
  /** `syntax-error` (parser rule), `json-not-strict`: the parser's own words (technical, English). */
  detail?: string
  /**
   * `syntax-error` (parser rule), `json-not-strict`: what the parser found as a code, so a
   * sentence in another language can name it (the strict-JSON scanner's `trailing-comma`, …, the
   * YAML reader's `BAD_INDENT`, …, the CSV reader's `TooManyFields`, …); `value` holds the
   * character it is about, where there is one. A code a catalogue does not know keeps `detail`.
   */
  parserCode?: string
}

/** One problem found in an inventory. */
export interface InventoryProblem extends SourcePosition, InventoryProblemDetails {
  /** Errors keep the record out of the result; warnings do not. */
  severity: 'error' | 'warning'
  code: InventoryProblemCode
  message: string
  /** 0-based index of the record in the input, when the problem belongs to one record. */
  record?: number
  /** Field path such as `staff[2].fte` or `country-code[0]`. */
  field?: string
}

/**
 * The details every problem of a code carries (tested for each code), so a renderer can rely on
 * them. `field`, `row`, `column` and `record` are listed where the sentence names them.
 */
export const PROBLEM_DETAILS: Readonly<
  Record<InventoryProblemCode, readonly (keyof InventoryProblem)[]>
> = Object.freeze({
  'syntax-error': ['format', 'rule'],
  'json-not-strict': ['format', 'detail'],
  'unrecognised-shape': [],
  'record-not-object': ['record'],
  'missing-field': ['field', 'rule'],
  'invalid-value': ['field', 'rule'],
  'unknown-field': ['field', 'rule'],
  'unknown-service': ['value', 'catalogue'],
  'legacy-service-name': ['value', 'catalogue', 'mappedTo'],
  'core-service-not-offered': ['value'],
  'duplicate-short-team-name': ['value', 'firstRecord'],
  'duplicate-header': ['value', 'column', 'firstColumn'],
  'empty-header': ['column'],
  'field-count': ['cells', 'headerCells'],
  'staff-team-unknown': ['value'],
  'empty-inventory': [],
})

/** Formats a path such as `['staff', 2, 'fte']` as `staff[2].fte`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`
    else result += result === '' ? String(key) : `.${String(key)}`
  }
  return result
}
