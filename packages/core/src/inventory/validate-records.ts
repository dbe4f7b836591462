/**
 * Validation shared by every inventory format: the parsers turn their text into raw records that
 * know how to locate their fields, and this module checks them against the record schema.
 *
 * @packageDocumentation
 */
import type { z } from 'zod'
import { checkServices } from './check-services.js'
import type {
  InventoryProblem,
  InventoryProblemDetails,
  InventoryProblemRule,
  SourcePosition,
} from './problems.js'
import { formatFieldPath } from './problems.js'
import {
  type InventoryRecord,
  inventoryRecordSchema,
  KNOWN_KEYS,
  RULE_TEXT,
} from './record-schema.js'

/** A record as read from the source, before validation. */
export interface RawInventoryRecord {
  value: unknown
  /** Where the record as a whole starts. */
  position: SourcePosition
  /** Where a field's key or value is; parsers fall back to the nearest known position. */
  locate: (path: readonly PropertyKey[], part?: 'key' | 'value') => SourcePosition
  /** CSV reports unknown columns once per header, so per-record top-level checks are skipped. */
  skipTopLevelUnknownKeys?: boolean
}

/** The outcome of {@link validateInventoryRecords}. */
export interface ValidateInventoryRecordsResult {
  /** Records without errors, in input order. */
  records: InventoryRecord[]
  /** For each returned record, its 0-based index in the input. */
  recordIndexes: number[]
  problems: InventoryProblem[]
}

/** Validates raw records, reporting every problem (not just the first) and duplicate team names. */
export function validateInventoryRecords(
  raws: readonly RawInventoryRecord[],
): ValidateInventoryRecordsResult {
  const result: ValidateInventoryRecordsResult = { records: [], recordIndexes: [], problems: [] }
  const firstIndexByName = new Map<string, number>()
  raws.forEach((raw, index) => {
    const { problems, parsed } = checkRecord(raw, index)
    const name = readShortName(raw.value)
    if (name !== null) {
      const first = firstIndexByName.get(name.toLowerCase())
      if (first === undefined) firstIndexByName.set(name.toLowerCase(), index)
      else
        problems.push({
          ...raw.locate(['short-team-name']),
          severity: 'error',
          code: 'duplicate-short-team-name',
          record: index,
          field: 'short-team-name',
          value: name,
          firstRecord: first,
          message: `short-team-name "${name}" is already used by record ${first + 1}`,
        })
    }
    result.problems.push(...problems)
    const record = keepRecord(raw, problems, parsed)
    if (record !== null) {
      result.records.push(record)
      result.recordIndexes.push(index)
    }
  })
  return result
}

const STAFF_FIELD = /^staff\[(\d+)\]/

/**
 * The record to keep: the parsed record when it has no errors; when every error lies inside staff
 * members, the record without those members, so a bad `fte` is that member's error (reported, and
 * still blocking an import) rather than the silent loss of the whole team from previews and plans.
 */
function keepRecord(
  raw: RawInventoryRecord,
  problems: InventoryProblem[],
  parsed: InventoryRecord | null,
): InventoryRecord | null {
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length === 0) return parsed
  const badMembers = new Set<number>()
  for (const error of errors) {
    const member = STAFF_FIELD.exec(error.field ?? '')
    if (!member || error.code === 'duplicate-short-team-name') return null
    badMembers.add(Number(member[1]))
  }
  const value = raw.value as Record<string, unknown>
  if (!Array.isArray(value.staff)) return null
  const staff = value.staff.filter((_member, position) => !badMembers.has(position))
  const kept = inventoryRecordSchema.safeParse({ ...value, staff })
  return kept.success ? kept.data : null
}

function checkRecord(
  raw: RawInventoryRecord,
  index: number,
): { problems: InventoryProblem[]; parsed: InventoryRecord | null } {
  if (!isPlainObject(raw.value)) {
    const problems: InventoryProblem[] = [
      {
        ...raw.position,
        severity: 'error',
        code: 'record-not-object',
        record: index,
        message: `record ${index + 1} is not a mapping of field names to values`,
      },
    ]
    return { problems, parsed: null }
  }
  const problems: InventoryProblem[] = []
  const parsed = inventoryRecordSchema.safeParse(raw.value)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(toProblem(raw, index, issue))
  }
  for (const path of listUnknownKeys(raw)) {
    problems.push({
      ...raw.locate(path, 'key'),
      severity: 'warning',
      code: 'unknown-field',
      record: index,
      field: formatFieldPath(path),
      rule: 'key',
      message: `unknown field "${formatFieldPath(path)}" is kept but not used`,
    })
  }
  if (parsed.success) {
    for (const found of checkServices(parsed.data)) {
      problems.push({ ...raw.locate(found.path), ...found.problem, record: index })
    }
  }
  return { problems: problems.sort(compareByPosition), parsed: parsed.success ? parsed.data : null }
}

/** Source order; problems in the staff CSV come after those in the inventory itself. */
function compareByPosition(a: InventoryProblem, b: InventoryProblem): number {
  const key = (problem: InventoryProblem) => [
    problem.input === 'staff' ? 1 : 0,
    problem.line ?? problem.row ?? 0,
    problem.column ?? 0,
  ]
  const [left, right] = [key(a), key(b)]
  for (const [position, value] of left.entries()) {
    const difference = value - (right[position] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

function toProblem(
  raw: RawInventoryRecord,
  index: number,
  issue: z.core.$ZodIssue,
): InventoryProblem {
  const path = issue.path
  const field = formatFieldPath(path)
  const value = readPath(raw.value, path)
  const missing = value === undefined || (typeof value === 'string' && value.trim() === '')
  if (missing && issue.code !== 'unrecognized_keys') {
    return {
      ...raw.locate(path),
      severity: 'error',
      code: 'missing-field',
      record: index,
      field,
      rule: 'required',
      message: `${field} is required`,
    }
  }
  return {
    ...raw.locate(path),
    severity: 'error',
    code: 'invalid-value',
    record: index,
    field,
    ...describeValueRule(issue, value),
    message: `${field} ${describeIssue(issue, value)}`,
  }
}

/** zod's stock messages start with "Invalid input"; ours say what is expected, plus the value seen. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const seen = value === null || typeof value !== 'object' ? ` (got ${JSON.stringify(value)})` : ''
  if (!issue.message.startsWith('Invalid input')) return `${issue.message}${seen}`
  if (issue.code === 'invalid_type') return `must be ${articleFor(issue.expected)}${seen}`
  return `is invalid${seen}`
}

const RULE_BY_TEXT = new Map<string, InventoryProblemRule>(
  Object.entries(RULE_TEXT).map(([rule, text]) => [text, rule as InventoryProblemRule]),
)

/** The rule a zod issue broke, with the value seen and what was expected, for any-language text. */
function describeValueRule(issue: z.core.$ZodIssue, value: unknown): InventoryProblemDetails {
  const seen =
    value === null || typeof value !== 'object'
      ? { value: typeof value === 'string' ? value : JSON.stringify(value) }
      : {}
  if (issue.code === 'custom' && issue.params?.rule === 'emails') {
    const items = issue.params.invalidItems
    return { ...seen, rule: 'emails', invalidItems: Array.isArray(items) ? items.map(String) : [] }
  }
  const rule = RULE_BY_TEXT.get(issue.message)
  if (rule !== undefined) return { ...seen, rule }
  if (issue.code === 'invalid_value') {
    return { ...seen, rule: 'one-of', allowed: issue.values.map((allowed) => String(allowed)) }
  }
  if (issue.code === 'invalid_type') return { ...seen, rule: 'type', expectedType: issue.expected }
  if (issue.code === 'too_small' && issue.origin === 'string') return { ...seen, rule: 'not-empty' }
  return { ...seen, rule: 'invalid' }
}

function articleFor(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}

function listUnknownKeys(raw: RawInventoryRecord): PropertyKey[][] {
  const value = raw.value as Record<string, unknown>
  const paths: PropertyKey[][] = []
  if (!raw.skipTopLevelUnknownKeys) {
    for (const key of Object.keys(value)) {
      // Global IRT lets repositories add `-<repo>-<field>` keys; they are part of the format.
      if (!key.startsWith('-') && !KNOWN_KEYS.record.includes(key)) paths.push([key])
    }
  }
  const nested: [string, readonly string[]][] = [
    ['staff', KNOWN_KEYS.staff],
    ['extended_staff', KNOWN_KEYS.extendedStaff],
  ]
  for (const [field, known] of nested) {
    const list = value[field]
    if (!Array.isArray(list)) continue
    list.forEach((entry, position) => {
      // Staff CSV columns are checked once, on the staff CSV header.
      if (!isPlainObject(entry) || raw.locate([field, position]).input === 'staff') return
      for (const key of Object.keys(entry)) {
        if (!known.includes(key)) paths.push([field, position, key])
      }
    })
  }
  if (isPlainObject(value.services)) {
    for (const key of Object.keys(value.services)) {
      if (!KNOWN_KEYS.services.includes(key)) paths.push(['services', key])
    }
  }
  return paths
}

function readShortName(value: unknown): string | null {
  if (!isPlainObject(value)) return null
  const name = value['short-team-name']
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null
}

function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path) {
    // List fields accept a single string (`"country-code": "Germany"`), read as its item 0.
    if (typeof current === 'string' && key === 0) continue
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/** True for `{...}` values (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
