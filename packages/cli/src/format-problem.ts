/**
 * One inventory problem as one line: where (file, row or line, column, field), severity, code and
 * message, e.g. `teams.csv row 12, column 4 (country-code[0]): error invalid-value: must be …`.
 *
 * @packageDocumentation
 */
import type { InventoryProblem } from '@immd/core/inventory/parse-inventory'
import { createTranslator, type Translate } from './messages/translate.js'

/**
 * Formats a problem; `files` names the inventory and the staff CSV. The words and the sentence
 * follow `t` (the sentence is built from the problem's code and details); the code stays as is.
 */
export function formatProblem(
  problem: InventoryProblem,
  files: { file: string; staffFile: string | null },
  t: Translate = createTranslator('en'),
): string {
  const file = problem.input === 'staff' ? (files.staffFile ?? t('problem.staffCsv')) : files.file
  const place = t('problem.place', {
    row: problem.row,
    line: problem.line,
    column: problem.column,
    // A record number only where no row or line places the problem.
    record:
      problem.row === undefined && problem.line === undefined && problem.record !== undefined
        ? problem.record + 1
        : undefined,
  })
  const field = problem.field ? ` (${problem.field})` : ''
  const at = place === '' ? '' : ` ${place}`
  const severity = t('problem.severity', { severity: problem.severity })
  return `${file}${at}${field}: ${severity} ${problem.code}: ${t('problem.sentence', problem)}`
}
