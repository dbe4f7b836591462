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

/** One problem found in an inventory. */
export interface InventoryProblem extends SourcePosition {
  /** Errors keep the record out of the result; warnings do not. */
  severity: 'error' | 'warning'
  code: InventoryProblemCode
  message: string
  /** 0-based index of the record in the input, when the problem belongs to one record. */
  record?: number
  /** Field path such as `staff[2].fte` or `country-code[0]`. */
  field?: string
}

/** Formats a path such as `['staff', 2, 'fte']` as `staff[2].fte`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`
    else result += result === '' ? String(key) : `.${String(key)}`
  }
  return result
}
