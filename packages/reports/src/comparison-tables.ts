/**
 * The two comparisons (issue #15) as export tables, for their own XLSX sheets (and CSV): the
 * cohort benchmark (one row for the cohort's definition, then one per driver and the total with
 * the engagement's value, count, min, quartiles, max and position, or suppressed with its
 * reason) and the re-assessment (one row per driver; one per checked improvement). A section that
 * is not applicable is one row saying why, so the sheet is never silently empty.
 *
 * @packageDocumentation
 */

import type { Cell, ExportTable } from './export-table.js'
import type { BenchmarkRowView } from './report-comparisons.js'
import type { ReportView } from './report-view.js'

/** The cohort benchmark sheet. */
export function buildBenchmarkTable(view: ReportView): ExportTable {
  const t = view.t.benchmark
  const b = view.benchmark
  const width = t.sheetHeader.length
  const pad = (cells: Cell[]): Cell[] => [...cells, ...Array(width - cells.length).fill(null)]
  const row = (kind: string, r: BenchmarkRowView): Cell[] => [
    kind,
    r.driverId,
    r.shortName,
    r.value,
    r.summary?.count ?? null,
    r.summary?.min ?? null,
    r.summary?.q1 ?? null,
    r.summary?.median ?? null,
    r.summary?.q3 ?? null,
    r.summary?.max ?? null,
    r.position,
    r.suppressed !== null,
    r.suppressed,
  ]
  const rows: Cell[][] = b.omitted
    ? [pad([t.rowCohort, null, b.omitted])]
    : [
        pad([
          t.rowCohort,
          null,
          b.definition,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          false,
          b.size ? `${b.size}; ${b.thresholds}` : b.thresholds,
        ]),
        ...b.drivers.map((r) => row(t.rowDriver, r)),
        ...(b.total ? [row(t.rowTotal, b.total)] : []),
      ]
  return { id: 'benchmark', name: t.sheet, columns: [...t.sheetHeader], rows }
}

/** The re-assessment sheet: one row per driver with both answers and the delta. */
export function buildReassessmentTable(view: ReportView): ExportTable {
  const t = view.t.comparison
  const c = view.comparison
  return {
    id: 'reassessment',
    name: t.sheet,
    columns: [...t.sheetHeader],
    rows: c.omitted
      ? [[null, c.omitted, ...Array(t.sheetHeader.length - 2).fill(null)]]
      : c.drivers.map((d) => [
          d.driverId,
          d.shortName,
          d.previousAnswer,
          d.previousValue,
          d.previousExcluded,
          d.currentAnswer,
          d.currentValue,
          d.currentExcluded,
          d.delta,
          d.change,
        ]),
  }
}

/** The improvement outcomes sheet: one row per earlier improvement with an expected answer. */
export function buildImprovementOutcomesTable(view: ReportView): ExportTable {
  const t = view.t.comparison
  const c = view.comparison
  return {
    id: 'improvement-outcomes',
    name: t.improvementSheet,
    columns: [...t.improvementSheetHeader],
    rows: c.omitted
      ? [[null, c.omitted, ...Array(t.improvementSheetHeader.length - 2).fill(null)]]
      : c.improvements.map((i) => [
          i.driverId,
          i.proposal,
          i.status,
          i.previous,
          i.expected,
          i.current,
          i.outcome,
        ]),
  }
}
