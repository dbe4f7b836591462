/**
 * The "communicate results" deliverable (PAA1) as PDF, drawn with pdfkit: the report's sections
 * in order (executive summary first), then a running header and footer on every page with the
 * engagement, its TLP marking and page numbers, and a DRAFT watermark until the results are
 * communicated.
 *
 * @packageDocumentation
 */
import PDFDocument from 'pdfkit'
import { readReportFonts } from './fonts.js'
import { decoratePages, PAGE_MARGINS, writeHeading } from './pdf-layout.js'
import { renderReportAssets } from './report-assets.js'
import { type ReportAssets, type ReportSection, titleSections } from './report-section.js'
import { DEFAULT_REPORT_SECTIONS } from './report-sections.js'
import type { ReportView } from './report-view.js'

/** Options of {@link renderReportPdf}. */
export interface RenderReportPdfOptions {
  /** The sections to print (default: the sponsor report's). */
  sections?: readonly ReportSection[]
  /** Pre-rendered charts; rendered from the view when omitted. */
  assets?: ReportAssets
}

/** Renders the report as a PDF file. */
export async function renderReportPdf(
  view: ReportView,
  options: RenderReportPdfOptions = {},
): Promise<Buffer> {
  const assets = options.assets ?? (await renderReportAssets(view))
  const sections = options.sections ?? DEFAULT_REPORT_SECTIONS
  const fonts = readReportFonts()
  const doc = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS,
    bufferPages: true,
    info: {
      Title: view.t.page.documentTitle(view.title),
      Author: view.organization,
      Subject: `${view.t.page.subject(view.methodVersion)} · ${view.marking.tlp}${view.marking.draft ? ` · ${view.t.page.draft}` : ''}`,
      Keywords: `IMMD, incident management, mission diagnostic, ${view.marking.tlp}`,
    },
  })
  doc.registerFont('body', fonts.regular)
  doc.registerFont('bold', fonts.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const titles = titleSections(sections, view.t)
  sections.forEach((section, index) => {
    if (index > 0 && section.newPage) doc.addPage()
    if (section.showTitle !== false) writeHeading(doc, titles[index] ?? section.title(view.t), 1)
    section.writePdf(doc, view, assets)
  })
  decoratePages(doc, view)
  doc.end()
  return done
}
