/**
 * Joins a staff CSV (one row per person, keyed by `short-team-name`) onto raw records of any format.
 *
 * @packageDocumentation
 */
import type { InventoryProblem } from './problems.js'
import { columnOf, readCsvTable } from './read-csv.js'
import { KNOWN_KEYS } from './record-schema.js'
import { isPlainObject, type RawInventoryRecord } from './validate-records.js'

/** Options of {@link joinStaffCsv}. */
export interface JoinStaffCsvOptions {
  raws: readonly RawInventoryRecord[]
  staffCsv: string
}

/** Raw records with their staff appended, plus the staff CSV's problems. */
export interface JoinStaffCsvResult {
  raws: RawInventoryRecord[]
  problems: InventoryProblem[]
}

/**
 * Appends each staff row to the `staff` list of the record with the same `short-team-name` (compared
 * case-insensitively). Rows naming an unknown team are reported with their staff row number; joined
 * entries locate their fields in the staff CSV, so a bad `fte` points at the staff row and column.
 */
export function joinStaffCsv(options: JoinStaffCsvOptions): JoinStaffCsvResult {
  const table = readCsvTable(options.staffCsv, 'staff')
  const problems = [...table.problems]
  table.header.forEach((name, index) => {
    if (name === '' || name === 'short-team-name' || KNOWN_KEYS.staff.includes(name)) return
    problems.push({
      severity: 'warning',
      code: 'unknown-field',
      column: index + 1,
      input: 'staff',
      field: name,
      rule: 'column',
      message: `unknown staff column "${name}" is kept but not used`,
    })
  })
  if (table.header.length > 0 && !table.header.includes('short-team-name')) {
    problems.push({
      severity: 'error',
      code: 'missing-field',
      input: 'staff',
      field: 'short-team-name',
      rule: 'staff-team-column',
      message: 'the staff CSV needs a "short-team-name" column naming each person\'s team',
    })
    return { raws: [...options.raws], problems }
  }
  const indexByTeam = new Map<string, number>()
  options.raws.forEach((raw, index) => {
    const name = isPlainObject(raw.value) ? raw.value['short-team-name'] : undefined
    const key = typeof name === 'string' ? name.trim().toLowerCase() : ''
    if (key !== '' && !indexByTeam.has(key)) indexByTeam.set(key, index)
  })
  const joined = new Map<number, typeof table.rows>()
  for (const row of table.rows) {
    const { 'short-team-name': team, ...member } = row.value
    const index = typeof team === 'string' ? indexByTeam.get(team.toLowerCase()) : undefined
    if (index === undefined) {
      problems.push({
        severity: 'error',
        code: team === undefined ? 'missing-field' : 'staff-team-unknown',
        row: row.row,
        input: 'staff',
        field: 'short-team-name',
        ...columnOf(row.columns, ['short-team-name']),
        ...(team === undefined ? { rule: 'staff-row-team' as const } : { value: String(team) }),
        message:
          team === undefined
            ? 'staff row names no team (short-team-name is empty)'
            : `staff row names team "${String(team)}", which no inventory record has`,
      })
      continue
    }
    joined.set(index, [...(joined.get(index) ?? []), { ...row, value: member }])
  }
  const raws = options.raws.map((raw, index) => {
    const rows = joined.get(index)
    return rows === undefined ? raw : appendStaff(raw, rows, problems, index)
  })
  return { raws, problems }
}

function appendStaff(
  raw: RawInventoryRecord,
  rows: ReturnType<typeof readCsvTable>['rows'],
  problems: InventoryProblem[],
  index: number,
): RawInventoryRecord {
  if (!isPlainObject(raw.value)) return raw
  const existing = raw.value.staff ?? []
  if (!Array.isArray(existing)) {
    problems.push({
      ...raw.locate(['staff']),
      severity: 'error',
      code: 'invalid-value',
      record: index,
      field: 'staff',
      rule: 'staff-not-list',
      message: 'staff must be a list to add the staff CSV rows to it',
    })
    return raw
  }
  const offset = existing.length
  return {
    ...raw,
    value: { ...raw.value, staff: [...existing, ...rows.map((row) => row.value)] },
    locate: (path, part) => {
      const position = path[0] === 'staff' && typeof path[1] === 'number' ? path[1] - offset : -1
      const row = rows[position]
      if (row === undefined) return raw.locate(path, part)
      return { row: row.row, input: 'staff', ...columnOf(row.columns, path.slice(2)) }
    },
  }
}
