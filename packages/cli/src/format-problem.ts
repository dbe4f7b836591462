/**
 * One inventory problem as one line: where (file, row or line, column, field), severity, code and
 * message, e.g. `teams.csv row 12, column 4 (country-code[0]): error invalid-value: must be …`.
 *
 * @packageDocumentation
 */
import type { InventoryProblem } from '@immd/core/inventory/parse-inventory'

/** Formats a problem; `files` names the inventory and the staff CSV. */
export function formatProblem(
  problem: InventoryProblem,
  files: { file: string; staffFile: string | null },
): string {
  const file = problem.input === 'staff' ? (files.staffFile ?? 'staff CSV') : files.file
  const where: string[] = []
  if (problem.row !== undefined) where.push(`row ${problem.row}`)
  if (problem.line !== undefined) where.push(`line ${problem.line}`)
  if (problem.column !== undefined) where.push(`column ${problem.column}`)
  if (problem.row === undefined && problem.line === undefined && problem.record !== undefined) {
    where.push(`record ${problem.record + 1}`)
  }
  const field = problem.field ? ` (${problem.field})` : ''
  const at = where.length > 0 ? ` ${where.join(', ')}` : ''
  return `${file}${at}${field}: ${problem.severity} ${problem.code}: ${problem.message}`
}
