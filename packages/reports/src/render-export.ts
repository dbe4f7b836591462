/**
 * One entry point for the file formats of an engagement: the results report (PDF, DOCX) and the
 * worksheets (XLSX workbook, or one worksheet as CSV). JSON exports come from the API's
 * `engagementExport` document, which imports back unchanged; see `@immd/sdk`'s transfer operations.
 *
 * @packageDocumentation
 */

import type { ReportLocale } from './i18n/report-locale.js'
import { renderReportDocx } from './render-docx.js'
import { renderReportPdf } from './render-pdf.js'
import { renderCsv, renderXlsx } from './render-tables.js'
import type { EngagementReport } from './report-input.js'
import type { ReportTlp } from './report-marking.js'
import { buildReportView } from './report-view.js'
import { buildWorksheetTables, type WorksheetId } from './worksheet-tables.js'

/** Formats rendered from an engagement report. */
export type ReportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv'

/** Media types of every export format (JSON included). */
export const CONTENT_TYPES: Record<ReportFormat | 'json', string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

/** Options of {@link renderEngagementExport}. */
export interface RenderEngagementExportOptions {
  format: ReportFormat
  /** For CSV: which worksheet (default `immd-worksheet`). */
  worksheet?: Exclude<WorksheetId, 'portfolio'>
  /** The report date (default now). */
  now?: Date
  /** The TLP label on every page of the PDF and DOCX (default `TLP:AMBER`). */
  tlp?: ReportTlp
  /** The report's language (default `en`): headings, labels, dates and numbers. */
  locale?: ReportLocale
}

/** A rendered file. */
export interface RenderedFile {
  data: Buffer
  contentType: string
  /** Suggested file name, e.g. `acme-imc-assessment.pdf`. */
  fileName: string
}

/** `ACME Corp IMC assessment` → `acme-corp-imc-assessment`. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'engagement'
  )
}

/** Renders one engagement in one format. */
export async function renderEngagementExport(
  report: EngagementReport,
  options: RenderEngagementExportOptions,
): Promise<RenderedFile> {
  const view = buildReportView(report, options.now, { tlp: options.tlp, locale: options.locale })
  const stem = slugify(report.title)
  const contentType = CONTENT_TYPES[options.format]
  switch (options.format) {
    case 'pdf':
      return { data: await renderReportPdf(view), contentType, fileName: `${stem}.pdf` }
    case 'docx':
      return { data: await renderReportDocx(view), contentType, fileName: `${stem}.docx` }
    case 'xlsx': {
      const data = await renderXlsx(buildWorksheetTables(report, view), { title: report.title })
      return { data, contentType, fileName: `${stem}.xlsx` }
    }
    case 'csv': {
      const id = options.worksheet ?? 'immd-worksheet'
      const table = buildWorksheetTables(report, view).find((candidate) => candidate.id === id)
      if (!table) throw new Error(`Unknown worksheet ${id}.`)
      return {
        data: Buffer.from(renderCsv(table), 'utf8'),
        contentType,
        fileName: `${stem}-${id}.csv`,
      }
    }
  }
}
