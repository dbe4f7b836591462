/**
 * The table shape every export writes (CSV files, XLSX sheets): its own module so that the table
 * builders (`worksheet-tables.ts`, `comparison-tables.ts`, `portfolio-statistics-tables.ts`) and
 * the writers depend on it, not on each other.
 *
 * @packageDocumentation
 */

/** A cell: text, a number, or empty. */
export type Cell = string | number | boolean | null

/** One table of an export. */
export interface ExportTable {
  /** Sheet name (≤ 31 characters) and CSV file stem, e.g. `immd-worksheet`. */
  id: WorksheetId
  name: string
  columns: string[]
  rows: Cell[][]
}

/** The worksheets an engagement export can hold. */
export const WORKSHEET_IDS = [
  'summary',
  'immd-worksheet',
  'data-items',
  'scope-list',
  'document-checklist',
  'preparation-checklist',
  'improvements',
  'lessons',
  'handout',
  'reassessment',
  'improvement-outcomes',
  'benchmark',
] as const

export type WorksheetId =
  | (typeof WORKSHEET_IDS)[number]
  | 'portfolio'
  | 'portfolio-statistics'
  | 'portfolio-heatmap'
