/**
 * Reads JSON and YAML inventories with the `yaml` package, whose LineCounter maps every node back to
 * its line and column (JSON is read as YAML 1.2 flow syntax, which it is a subset of).
 *
 * @packageDocumentation
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml'
import { findStrictJsonError } from './check-strict-json.js'
import {
  createLineIndex,
  findJsonRecordOffsets,
  type JsonRecordsShape,
  locateInJson,
} from './locate-json.js'
import type { InventoryProblem, SourcePosition } from './problems.js'
import type { RawInventoryRecord } from './validate-records.js'

/** Options of {@link readStructuredInventory}. */
export interface ReadStructuredInventoryOptions {
  text: string
  format: 'json' | 'yaml'
}

/** Raw records plus the syntax and shape problems found while reading them. */
export interface ReadInventoryResult {
  raws: RawInventoryRecord[]
  problems: InventoryProblem[]
}

/** Envelope keys under which a list of teams may sit (`data` is the Global IRT API envelope). */
const ENVELOPE_KEYS = ['teams', 'data'] as const

/**
 * Reads JSON or YAML text into raw records. A YAML stream of several documents is read document by
 * document. Text with syntax errors yields no records, only the errors (each with its line), since a
 * partly parsed document would produce misleading field errors.
 */
export function readStructuredInventory(
  options: ReadStructuredInventoryOptions,
): ReadInventoryResult {
  return (options.format === 'json' && readStrictJson(options.text)) || readWithYaml(options)
}

/**
 * Strict JSON (nearly every machine-written inventory) is read with `JSON.parse`, and positions
 * are found by scanning the text (`locate-json.ts`): the yaml reader's node tree costs several
 * times the text in memory, and for a large inventory it kept the heap so big that garbage
 * collection made imports superlinear. Returns null when the text is not strict JSON or not a
 * recognised shape (the yaml reader then reports what is wrong, with positions).
 */
function readStrictJson(text: string): ReadInventoryResult | null {
  const shift = text.startsWith('\uFEFF') ? 1 : 0
  const body = shift ? text.slice(shift) : text
  if (findStrictJsonError(body) !== null) return null
  const parsed: unknown = JSON.parse(body)
  const shape = recordsShape(parsed)
  if (shape === null) return null
  const values =
    shape.list === 'top'
      ? (parsed as unknown[])
      : shape.list === 'envelope'
        ? ((parsed as Record<string, unknown[]>)[shape.key] ?? [])
        : [parsed]
  const offsets = findJsonRecordOffsets(body, shape)
  const lineOf = createLineIndex(text)
  const raws = values.map((value, index): RawInventoryRecord => {
    const start = offsets[index] ?? 0
    return {
      value,
      position: lineOf(start + shift),
      locate: (path, part = 'value') => lineOf(locateInJson(body, start, path, part) + shift),
    }
  })
  return { raws, problems: [] }
}

/** Where the records of parsed JSON are, in the shapes {@link readDocument} accepts. */
function recordsShape(parsed: unknown): JsonRecordsShape | null {
  if (Array.isArray(parsed)) return { list: 'top' }
  if (parsed === null || typeof parsed !== 'object') return null
  const object = parsed as Record<string, unknown>
  for (const key of ENVELOPE_KEYS) {
    if (Array.isArray(object[key])) return { list: 'envelope', key }
  }
  return 'short-team-name' in object ? { list: 'single' } : null
}

/** Reads JSON or YAML with the yaml reader, which knows every node's position. */
function readWithYaml(options: ReadStructuredInventoryOptions): ReadInventoryResult {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(options.text, {
    lineCounter,
    // JSON.parse keeps the last duplicate key; YAML forbids duplicates.
    uniqueKeys: options.format === 'yaml',
    prettyErrors: false,
  })
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col, input: 'inventory' }
  }
  const list = Array.isArray(documents) ? documents : []
  const problems: InventoryProblem[] = list.flatMap((document) =>
    document.errors.map(
      (error): InventoryProblem => ({
        ...at(error.pos[0]),
        severity: 'error',
        code: 'syntax-error',
        format: options.format,
        rule: 'parser',
        parserCode: error.code,
        detail: error.message,
        message: `${options.format === 'json' ? 'JSON' : 'YAML'} syntax error: ${error.message}`,
      }),
    ),
  )
  if (problems.length > 0) return { raws: [], problems }
  if (options.format === 'json') problems.push(...checkStrictJson(options.text, list.length, at))
  const raws = list.flatMap((document) => readDocument(document, at, problems))
  return { raws, problems }
}

type Locate = (offset: number) => SourcePosition

function readDocument(document: Document, at: Locate, problems: InventoryProblem[]) {
  const contents = document.contents
  if (contents === null) return []
  const js: unknown = document.toJS({ maxAliasCount: 1000 })
  if (isSeq(contents))
    return contents.items.map((item, index) => toRaw(item, (js as unknown[])[index], at))
  if (isMap(contents)) {
    for (const key of ENVELOPE_KEYS) {
      const list = contents.get(key, true)
      if (isSeq(list)) {
        const values = (js as Record<string, unknown[]>)[key] ?? []
        return list.items.map((item, index) => toRaw(item, values[index], at))
      }
    }
    if (contents.has('short-team-name')) return [toRaw(contents, js, at)]
  }
  problems.push({
    ...at(contents.range?.[0] ?? 0),
    severity: 'error',
    code: 'unrecognised-shape',
    message:
      'expected a list of team records, a single record, or an object with a "teams" or "data" list',
  })
  return []
}

function toRaw(node: unknown, value: unknown, at: Locate): RawInventoryRecord {
  const position = at(rangeOf(node) ?? 0)
  return {
    value,
    position,
    locate: (path, part = 'value') => locateInNode(node, path, part, at) ?? position,
  }
}

/** Walks the node tree along `path`; stops at the deepest node that exists. */
function locateInNode(
  node: unknown,
  path: readonly PropertyKey[],
  part: 'key' | 'value',
  at: Locate,
): SourcePosition | null {
  let current: unknown = node
  let offset = rangeOf(node)
  for (const [depth, key] of path.entries()) {
    const last = depth === path.length - 1
    if (isMap(current)) {
      const pair = current.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(key),
      )
      if (!pair) break
      offset =
        last && part === 'key' ? rangeOf(pair.key) : (rangeOf(pair.value) ?? rangeOf(pair.key))
      current = pair.value
    } else if (isSeq(current) && typeof key === 'number' && current.items[key] !== undefined) {
      current = current.items[key]
      offset = rangeOf(current) ?? offset
    } else break
  }
  return offset === undefined ? null : at(offset)
}

function rangeOf(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] }).range
    return range?.[0]
  }
  return undefined
}

/**
 * The yaml reader also accepts some non-strict JSON (trailing commas, `#` comments; not `//` or block comments,
 * which stay syntax errors); say so, with the line.
 */
function checkStrictJson(text: string, documents: number, at: Locate): InventoryProblem[] {
  const error = documents === 0 ? null : findStrictJsonError(text.replace(/^\uFEFF/, ''))
  if (error === null) return []
  return [
    {
      ...at(error.offset + (text.startsWith('\uFEFF') ? 1 : 0)),
      severity: 'warning',
      code: 'json-not-strict',
      format: 'json',
      parserCode: error.code,
      ...(error.char === undefined ? {} : { value: error.char }),
      detail: error.message,
      message: `not strict JSON (read leniently): ${error.message}`,
    },
  ]
}
