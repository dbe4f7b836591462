/**
 * One description per worksheet: the Prisma model that stores its rows, the method worksheet(s)
 * whose fields it holds (and so their provenance, `Method.worksheets`), its transferred columns
 * with their codecs, the hand-written parts of its document row (links between rows, nested
 * lists) and the columns it leaves behind, each with why.
 *
 * The transfer document's schema (`transfer/transfer-format.ts`), the export and the import
 * (`transfer/export-engagement.ts`, `transfer/import-engagement.ts`) and the coverage check
 * (`transfer/transfer-coverage.ts`, `tests/transfer-coverage.test.ts`) all read these, so adding
 * a column is one line here (ARCHITECTURE.md, "How to add a worksheet field").
 *
 * @packageDocumentation
 */
import { z } from 'zod'
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

/** What a worksheet declares. */
export interface WorksheetSpec<C extends Columns, Extra extends z.ZodRawShape> {
  /** The Prisma model holding its rows. */
  model: string
  /** Its list in the transfer document (a key of `transferEngagementSchema`). */
  section: string
  /** The method worksheets (`Method.worksheets` ids) whose fields these rows hold. */
  methodWorksheets: readonly string[]
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
export type Worksheet<C extends Columns, Extra extends z.ZodRawShape> = WorksheetSpec<C, Extra> & {
  /** The schema of one row of its section. */
  rowSchema: z.ZodObject<RowShape<C, Extra>>
}

/** Declares a worksheet; see {@link WorksheetSpec}. */
export function declareWorksheet<
  C extends Columns,
  Extra extends z.ZodRawShape = Record<never, never>,
>(spec: WorksheetSpec<C, Extra>): Worksheet<C, Extra> {
  const shape = { ...columnShape(spec.columns), ...(spec.extra ?? ({} as Extra)) }
  return {
    ...spec,
    rowSchema: z.object(shape) as unknown as z.ZodObject<RowShape<C, Extra>>,
  }
}
