/**
 * Reads CSV inventories (domain reference §8.2, `[DESIGN]`): one row per team, the header names are
 * the record keys, list fields are `;`-separated, nested fields use dotted headers
 * (`services.offered`, `operating-hours.mon_1_open`). Staff members come from a second CSV keyed by
 * `short-team-name`.
 *
 * @packageDocumentation
 */
import Papa from 'papaparse'
import type { ReadInventoryResult } from './parse-structured.js'
import type { InventoryInput, InventoryProblem, SourcePosition } from './problems.js'
import { KNOWN_KEYS, LIST_FIELDS } from './record-schema.js'
import type { RawInventoryRecord } from './validate-records.js'

/** Options of {@link readCsvInventory}. */
export interface ReadCsvInventoryOptions {
  text: string
}

/** Record keys whose CSV columns may be dotted into sub-fields. */
const NESTED_FIELDS = ['services', 'operating-hours', 'authority']

/** One parsed CSV row: its data row number (1 = first row after the header) and its cells by column. */
export interface CsvRow {
  row: number
  value: Record<string, unknown>
  /** 1-based column of each header, keyed by the dotted header name. */
  columns: Map<string, number>
}

/** A parsed CSV table: its header and rows, plus layout problems. */
export interface CsvTable {
  header: string[]
  rows: CsvRow[]
  problems: InventoryProblem[]
}

/** Reads the team CSV into raw records; unknown columns are reported once, on the header. */
export function readCsvInventory(options: ReadCsvInventoryOptions): ReadInventoryResult {
  const table = readCsvTable(options.text, 'inventory')
  const problems = [...table.problems]
  table.header.forEach((name, index) => {
    const top = name.split('.')[0] ?? name
    if (name === '' || top.startsWith('-') || KNOWN_KEYS.record.includes(top)) return
    problems.push({
      severity: 'warning',
      code: 'unknown-field',
      column: index + 1,
      input: 'inventory',
      field: name,
      rule: 'column',
      message: `unknown column "${name}" is kept but not used`,
    })
  })
  const raws = table.rows.map((row): RawInventoryRecord => {
    const position: SourcePosition = { row: row.row, input: 'inventory' }
    return {
      value: row.value,
      position,
      skipTopLevelUnknownKeys: true,
      locate: (path) => ({ ...position, ...columnOf(row.columns, path) }),
    }
  })
  return { raws, problems }
}

/** Parses CSV text into rows of typed cells, keeping data row numbers stable across blank rows. */
export function readCsvTable(text: string, input: InventoryInput): CsvTable {
  // The delimiter is fixed: list cells use `;`, which auto-detection could mistake for one.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false })
  const data = parsed.data
  const headerIndex = data.findIndex((cells) => cells.some((cell) => cell.trim() !== ''))
  // Papa counts rows from the first line, header included; problems count data rows.
  const problems: InventoryProblem[] = parsed.errors.map((error) =>
    error.code === 'MissingQuotes'
      ? describeUnterminatedQuote(text, error.index, input, headerIndex, error.row)
      : {
          severity: 'error',
          code: 'syntax-error',
          input,
          ...(error.row === undefined || error.row <= headerIndex
            ? {}
            : { row: error.row - headerIndex }),
          format: 'csv',
          rule: 'parser',
          parserCode: error.code,
          detail: error.message,
          message: `CSV syntax error: ${error.message}`,
        },
  )
  if (headerIndex < 0) return { header: [], rows: [], problems }
  // An unterminated quote swallows every later row into one cell: no row can be trusted.
  if (problems.length > 0) return { header: [], rows: [], problems }
  const header = (data[headerIndex] ?? []).map((cell) => cell.trim())
  problems.push(...checkHeader(header, input))
  const columns = new Map(header.map((name, index) => [name, index + 1]))
  const rows: CsvRow[] = []
  data.slice(headerIndex + 1).forEach((cells, offset) => {
    const row = offset + 1
    if (cells.every((cell) => cell.trim() === '')) return
    if (cells.length > header.length) {
      problems.push({
        severity: 'warning',
        code: 'field-count',
        row,
        input,
        cells: cells.length,
        headerCells: header.length,
        message: `row has ${cells.length} cells but the header has ${header.length}; extra cells are ignored`,
      })
    }
    rows.push({ row, value: cellsToValue(header, cells), columns })
  })
  return { header, rows, problems }
}

/**
 * The row and column of the quote that is never closed. Papa's `index` points into the quoted
 * field; the opening quote is the last `"` before it that starts a cell.
 */
function describeUnterminatedQuote(
  text: string,
  index: number | undefined,
  input: InventoryInput,
  headerIndex: number,
  papaRow: number | undefined,
): InventoryProblem {
  const at = Math.min(index ?? text.length, text.length)
  let quote = text.lastIndexOf('"', at)
  while (quote > 0 && !/[,\n\r]/.test(text[quote - 1] ?? '') && text[quote - 1] !== undefined) {
    quote = text.lastIndexOf('"', quote - 1)
  }
  if (quote < 0) quote = at
  const lineStart = text.lastIndexOf('\n', quote - 1) + 1
  const before = text.slice(lineStart, quote)
  const column = Papa.parse<string[]>(`${before}x`, { delimiter: ',' }).data[0]?.length ?? 1
  const line = text.slice(0, quote).split('\n').length
  const row = papaRow === undefined ? undefined : papaRow - headerIndex
  return {
    severity: 'error',
    code: 'syntax-error',
    input,
    ...(row === undefined || row < 1 ? {} : { row }),
    column,
    line,
    format: 'csv',
    rule: 'unterminated-quote',
    message: `CSV syntax error: the quote opened in ${row === undefined || row < 1 ? 'the header' : `row ${row}`}, column ${column} (line ${line}) is never closed, so every later row would be read into that cell; nothing is read from this file`,
  }
}

function checkHeader(header: string[], input: InventoryInput): InventoryProblem[] {
  const problems: InventoryProblem[] = []
  header.forEach((name, index) => {
    if (name === '') {
      problems.push({
        severity: 'warning',
        code: 'empty-header',
        column: index + 1,
        input,
        message: `column ${index + 1} has no header; its cells are ignored`,
      })
    } else if (header.indexOf(name) !== index) {
      problems.push({
        severity: 'error',
        code: 'duplicate-header',
        column: index + 1,
        input,
        field: name,
        value: name,
        firstColumn: header.indexOf(name) + 1,
        message: `column "${name}" appears twice (first in column ${header.indexOf(name) + 1})`,
      })
    }
  })
  return problems
}

function cellsToValue(header: string[], cells: string[]): Record<string, unknown> {
  const value: Record<string, unknown> = {}
  header.forEach((name, index) => {
    const cell = (cells[index] ?? '').trim()
    if (name === '' || cell === '') return
    const path = splitHeader(name)
    setPath(value, path, convertCell(name, path, cell))
  })
  return value
}

function splitHeader(name: string): string[] {
  const [top, ...rest] = name.split('.')
  return top !== undefined && NESTED_FIELDS.includes(top) && rest.length > 0
    ? [top, rest.join('.')]
    : [name]
}

function convertCell(name: string, path: string[], cell: string): unknown {
  if (LIST_FIELDS.includes(name)) {
    return cell
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '')
  }
  if (path.at(-1) === 'fte') return parseShare(cell)
  return cell
}

/** `0.3`, `.3` and `30%` all mean 0.3; anything else stays text so the schema reports it. */
function parseShare(cell: string): unknown {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(cell)
  if (percent) return Number(percent[1]) / 100
  return /^\d*\.?\d+$/.test(cell) ? Number(cell) : cell
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path
  if (head === undefined) return
  if (rest.length === 0) {
    target[head] = value
    return
  }
  const child = target[head]
  const next = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {}
  target[head] = next
  setPath(next, rest, value)
}

/** The column of the deepest header matching the field path (list indexes map to their column). */
export function columnOf(
  columns: Map<string, number>,
  path: readonly PropertyKey[],
): SourcePosition {
  const names = path.filter((key): key is string => typeof key === 'string')
  for (let length = names.length; length > 0; length--) {
    const column = columns.get(names.slice(0, length).join('.'))
    if (column !== undefined) return { column }
  }
  return {}
}
