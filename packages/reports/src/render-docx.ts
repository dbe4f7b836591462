/**
 * The "communicate results" deliverable (PAA1) as an editable Word document, built with `docx`:
 * the report's sections in order (executive summary first) as real headings, paragraphs and
 * content-sized tables, with a header and footer on every page (engagement, TLP marking, page N
 * of M) and a DRAFT watermark until the results are communicated.
 *
 * @packageDocumentation
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { buildPageFurniture, DOCX_PAGE } from './docx-page.js'
import { heading } from './docx-parts.js'
import { renderReportAssets } from './report-assets.js'
import { docxColor, REPORT_COLOURS, REPORT_TYPE } from './report-design.js'
import { type ReportAssets, type ReportSection, titleSections } from './report-section.js'
import { DEFAULT_REPORT_SECTIONS } from './report-sections.js'
import type { ReportView } from './report-view.js'

/** Options of {@link renderReportDocx}. */
export interface RenderReportDocxOptions {
  /** The sections to print (default: the sponsor report's). */
  sections?: readonly ReportSection[]
  /** Pre-rendered charts; rendered from the view when omitted. */
  assets?: ReportAssets
}

/** Renders the report as a DOCX file. */
export async function renderReportDocx(
  view: ReportView,
  options: RenderReportDocxOptions = {},
): Promise<Buffer> {
  const assets = options.assets ?? (await renderReportAssets(view))
  const sections = options.sections ?? DEFAULT_REPORT_SECTIONS
  const titles = titleSections(sections, view.t)
  const children = sections.flatMap((section, index) => {
    const body = section.buildDocx(view, assets)
    if (section.showTitle === false) return body
    const title = titles[index] ?? section.title(view.t)
    return [
      index > 0 && section.newPage
        ? new Paragraph({
            text: title,
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            keepNext: true,
          })
        : heading(title),
      ...body,
    ]
  })
  const furniture = await buildPageFurniture(view)
  const ink = docxColor(REPORT_COLOURS.ink)
  const document = new Document({
    creator: 'IMMD platform',
    title: view.t.page.documentTitle(view.title),
    description: `${view.t.page.subject(view.methodVersion)} · ${view.marking.tlp}${view.marking.draft ? ` · ${view.t.page.draft}` : ''}`,
    keywords: view.marking.tlp,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: REPORT_TYPE.body * 2, color: ink } },
        title: {
          run: { size: REPORT_TYPE.title * 2, bold: true, color: docxColor(REPORT_COLOURS.navy) },
        },
        heading1: {
          run: { size: REPORT_TYPE.h1 * 2, bold: true, color: docxColor(REPORT_COLOURS.navy) },
          paragraph: {
            spacing: { before: 240, after: 120 },
            border: {
              bottom: {
                style: 'single',
                size: 6,
                space: 2,
                color: docxColor(REPORT_COLOURS.accent),
              },
            },
          },
        },
        heading2: {
          run: { size: REPORT_TYPE.h2 * 2, bold: true, color: docxColor(REPORT_COLOURS.accent) },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [{ properties: { page: DOCX_PAGE }, ...furniture, children }],
  })
  return Packer.toBuffer(document)
}
