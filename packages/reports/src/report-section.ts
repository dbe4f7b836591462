/**
 * A report is a list of sections: each section writes itself into the PDF and builds its DOCX
 * blocks from the same view, so a new section (a benchmark comparison, say) is one module added
 * to a list, in both formats at once. {@link DEFAULT_REPORT_SECTIONS} (in `report-sections.ts`) is
 * the sponsor report's list.
 *
 * @packageDocumentation
 */
import type { Paragraph, Table } from 'docx'
import type { ReportMessages } from './i18n/report-messages-en.js'
import type { ReportView } from './report-view.js'

/** What a DOCX section returns. */
export type DocxBlock = Paragraph | Table

/** Images rendered once per report and shared by the sections. */
export interface ReportAssets {
  /** The cohort benchmark chart, when the report has a benchmark to show. */
  benchmarkChart?: { png: Uint8Array; width: number; height: number } | null
  /** The re-assessment delta chart, when the report compares with a previous engagement. */
  comparisonChart?: { png: Uint8Array; width: number; height: number } | null
  /** The success profile chart (PNG) and its size in SVG pixels. */
  profileChart: { png: Uint8Array; width: number; height: number }
  /** The driver chart (PNG) and its size in SVG pixels. */
  driverChart: { png: Uint8Array; width: number; height: number }
}

/** One section of the report. */
export interface ReportSection {
  /** Stable identifier, e.g. `driver-table`. */
  id: string
  /** The heading in the report's language; numbered sections get `N. ` in front (list order). */
  title(t: ReportMessages): string
  /** Default true. The executive summary is not numbered. */
  numbered?: boolean
  /** Start the section on a new page. */
  newPage?: boolean
  /** Default true; false when the section prints its own title block (the executive summary). */
  showTitle?: boolean
  /** Writes the section's body (the renderer writes the heading). */
  writePdf(doc: PDFKit.PDFDocument, view: ReportView, assets: ReportAssets): void
  /** The section's DOCX body (the renderer adds the heading). */
  buildDocx(view: ReportView, assets: ReportAssets): DocxBlock[]
}

/** The sections' headings, numbered in list order. */
export function titleSections(sections: readonly ReportSection[], t: ReportMessages): string[] {
  let number = 0
  return sections.map((section) => {
    if (section.numbered === false) return section.title(t)
    number += 1
    return `${number}. ${section.title(t)}`
  })
}
