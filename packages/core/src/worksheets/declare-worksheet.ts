/**
 * One description per worksheet: the Prisma model that stores its rows, the method worksheet(s)
 * whose fields it holds (and so their provenance, `Method.worksheets`), its transferred columns
 * with their codecs, the hand-written parts of its document row (links between rows, nested
 * lists), the columns it leaves behind, each with why, and the columns of its report table.
 *
 * In `@immd/api`, the transfer document's schema (`transfer/transfer-format.ts`), the export and
 * the import (`transfer/export-engagement.ts`, `transfer/import-engagement.ts`) and the coverage
 * check (`transfer/transfer-coverage.ts`, `tests/transfer-coverage.test.ts`) all read these, so
 * adding a column is one line here (ARCHITECTURE.md, "How to add a worksheet field"). The CSV
 * and XLSX exports (`@immd/reports`, `worksheet-tables.ts`) take a report table's columns, their
 * order and the keys of their translated headers from `report`, and each column's provenance
 * from the method worksheet field it fills.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import type { WorksheetId } from '../method/method-vocabulary.js'
import { type Columns, columnShape } from './transfer-columns.js'

/** Ids and bookkeeping no model carries: rows refer to each other by list index, never by id. */
export const BOOKKEEPING = {
  id: 'database key: rows refer to each other by their index in the document',
  version: 'optimistic-concurrency counter of this database',
  updatedAt: 'bookkeeping of this database',
} as const

/** The engagement's own key, on every child row. */
export const CHILD = {
  ...BOOKKEEPING,
  engagementId: 'the row sits under its engagement',
} as const

/** People of one instance do not exist in another: accounts travel as names, or not at all. */
export const ACCOUNT = 'an account of the source instance (people are not carried over)'

/** Where one column of a report table takes its cells from. */
export interface ReportColumnSource {
  /**
   * The stored column (or hand-written part of the document row) the cells show; a column of
   * another model read through a link names the link (`ownerId`, `authorId`).
   */
  from: string
  /**
   * The method worksheet field it fills (a field of one of `methodWorksheets`), whose provenance
   * the export states; absent for bookkeeping the method does not describe (a list position).
   */
  field?: string
}

/** A worksheet's table in the CSV and XLSX exports. */
export interface ReportTableSpec<Keys extends string = string, Table extends string = string> {
  /** The export's table id: the CSV file stem and the XLSX sheet. */
  table: Table
  /** Its columns in order, by the key of their header message (`@immd/reports` i18n). */
  columns: Readonly<Record<Keys, ReportColumnSource>>
}

/** The keys of a declared worksheet's report columns: what its header messages are keyed by. */
export type ReportColumnKey<W> = W extends { report: ReportTableSpec<infer K> } ? K : never

/** What a worksheet declares. */
export interface WorksheetSpec<
  C extends Columns,
  Extra extends z.ZodRawShape,
  Report extends ReportTableSpec | undefined = undefined,
> {
  /** The Prisma model holding its rows. */
  model: string
  /** Its list in the transfer document (a key of `transferEngagementSchema`). */
  section: string
  /** The method worksheets (`Method.worksheets` ids) whose fields these rows hold. */
  methodWorksheets: readonly WorksheetId[]
  /** Columns carried as they are, each with its codec. */
  columns: C
  /**
   * Parts of the document row written by hand, because they are not a column's value: links to
   * other rows as list indexes, nested lists, names instead of accounts. Each says why.
   */
  extra?: Extra
  /** Columns carried under another key by the hand-written parts (column → document key). */
  renamed?: Readonly<Record<string, string>>
  /** Columns left behind, each with why. */
  notTransferred: Readonly<Record<string, string>>
  /** Its table in the CSV and XLSX exports, when it has one. */
  report?: Report
}

/** The zod shape of a document row: the columns' schemas and the hand-written parts. */
export type RowShape<C extends Columns, Extra extends z.ZodRawShape> = {
  [K in keyof C | keyof Extra]: K extends keyof Extra
    ? Extra[K]
    : K extends keyof C
      ? C[K]['schema']
      : never
}

/** A declared worksheet: its spec and the document row's schema built from it. */
export type Worksheet<
  C extends Columns,
  Extra extends z.ZodRawShape,
  Report extends ReportTableSpec | undefined = undefined,
> = WorksheetSpec<C, Extra, Report> & {
  /** Its report table (`undefined` when it has none), required so its keys can be read off. */
  report: Report
  /** The schema of one row of its section. */
  rowSchema: z.ZodObject<RowShape<C, Extra>>
}

/** Declares a worksheet; see {@link WorksheetSpec}. */
export function declareWorksheet<
  C extends Columns,
  Extra extends z.ZodRawShape = Record<never, never>,
  const Report extends ReportTableSpec | undefined = undefined,
>(spec: WorksheetSpec<C, Extra, Report>): Worksheet<C, Extra, Report> {
  const shape = { ...columnShape(spec.columns), ...(spec.extra ?? ({} as Extra)) }
  return {
    ...spec,
    // Absent when the worksheet has no report table, which is what `Report` then is.
    report: spec.report as Report,
    rowSchema: z.object(shape) as unknown as z.ZodObject<RowShape<C, Extra>>,
  }
}
