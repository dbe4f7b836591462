/**
 * Parses CSIRT inventories (domain reference §8) from JSON, YAML or CSV into validated records.
 *
 * Pure and browser-safe: the console previews imports with the same code.
 *
 * @packageDocumentation
 */
import { joinStaffCsv } from './join-staff.js'
import { readStructuredInventory } from './parse-structured.js'
import type { InventoryFormat, InventoryProblem } from './problems.js'
import { readCsvInventory } from './read-csv.js'
import type { InventoryRecord } from './record-schema.js'
import { validateInventoryRecords } from './validate-records.js'

export type {
  InventoryFormat,
  InventoryProblem,
  InventoryProblemCode,
  InventoryProblemDetails,
  InventoryProblemRule,
} from './problems.js'
export type { ExtendedStaffEntry, InventoryRecord, StaffMember } from './record-schema.js'

/** Input of {@link parseInventory}. */
export interface ParseInventoryInput {
  text: string
  /** The format; detected from `fileName` and `text` when omitted. */
  format?: InventoryFormat
  /** A staff CSV keyed by `short-team-name`, joined onto the records (usually with a CSV inventory). */
  staffCsv?: string
  /** Used only to detect the format. */
  fileName?: string
}

/** What {@link parseInventory} found. */
export interface ParseInventoryResult {
  /** The records without errors, in input order; records with errors are left out. */
  records: InventoryRecord[]
  /** For each entry of `records`, its 0-based index in the input (what `problem.record` refers to). */
  recordIndexes: number[]
  /** How many records the input held, valid or not. */
  recordCount: number
  format: InventoryFormat
  /** Every problem found, errors and warnings, in input order. */
  problems: InventoryProblem[]
}

/**
 * Parses an inventory and reports every problem with its position: `line`/`column` for JSON and
 * YAML, `row`/`column` for CSV (row 1 = first data row), `input: 'staff'` for the staff CSV.
 *
 * @example
 * const { records, problems } = parseInventory({ text, format: 'yaml' })
 */
export function parseInventory(input: ParseInventoryInput): ParseInventoryResult {
  const format = input.format ?? detectInventoryFormat(input.fileName ?? '', input.text) ?? 'yaml'
  const read =
    format === 'csv'
      ? readCsvInventory({ text: input.text })
      : readStructuredInventory({ text: input.text, format })
  const problems = [...read.problems]
  let raws = read.raws
  if (input.staffCsv !== undefined && input.staffCsv.trim() !== '') {
    const joined = joinStaffCsv({ raws, staffCsv: input.staffCsv })
    raws = joined.raws
    problems.push(...joined.problems)
  }
  if (raws.length === 0 && !problems.some((problem) => problem.severity === 'error')) {
    problems.push({
      severity: 'warning',
      code: 'empty-inventory',
      input: 'inventory',
      message: 'the inventory holds no team records',
    })
  }
  const validated = validateInventoryRecords(raws)
  return {
    records: validated.records,
    recordIndexes: validated.recordIndexes,
    recordCount: raws.length,
    format,
    problems: [...problems, ...validated.problems],
  }
}

/**
 * Guesses the format from the file extension, else from the text: `{`/`[` means JSON, a first line
 * with commas and no `key:` means CSV, anything else YAML. Returns null for empty text without a
 * known extension.
 */
export function detectInventoryFormat(fileName: string, text: string): InventoryFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase()
  if (extension === 'json') return 'json'
  if (extension === 'yaml' || extension === 'yml') return 'yaml'
  if (extension === 'csv') return 'csv'
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (trimmed === '') return null
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json'
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? ''
  if (firstLine.startsWith('#') || firstLine.startsWith('---') || firstLine.startsWith('- '))
    return 'yaml'
  if (firstLine.includes(',') && !/^[\w"'-]+\s*:(\s|$)/.test(firstLine)) return 'csv'
  return 'yaml'
}
