/**
 * Layout helpers of the PDF deliverable (pdfkit): page geometry, headings kept with what follows,
 * labelled lines, content-sized tables that repeat their header across pages, and the running
 * header, footer, page numbers, TLP marking and draft watermark drawn on every page at the end.
 *
 * @packageDocumentation
 */
import { fitColumnWidths } from './column-widths.js'
import { REPORT_COLOURS, REPORT_TYPE } from './report-design.js'
import type { ReportView } from './report-view.js'

type Doc = PDFKit.PDFDocument

/** Page margins in points (A4); the header and footer sit inside the top and bottom margins. */
export const PAGE_MARGINS = { top: 62, bottom: 58, left: 50, right: 50 } as const

/** Width of the text column. */
export function contentWidth(doc: Doc): number {
  return doc.page.width - PAGE_MARGINS.left - PAGE_MARGINS.right
}

/** The lowest y a line may start at. */
function bottomLimit(doc: Doc): number {
  return doc.page.height - PAGE_MARGINS.bottom
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage()
}

/** A heading, moved to the next page when fewer than `keepWith` points would follow it. */
export function writeHeading(doc: Doc, text: string, level: 1 | 2 = 1, keepWith = 70): void {
  const size = level === 1 ? REPORT_TYPE.h1 : REPORT_TYPE.h2
  doc.moveDown(level === 1 ? 0.9 : 0.5)
  ensureSpace(doc, size * 1.6 + keepWith)
  doc.x = PAGE_MARGINS.left
  doc
    .font('bold')
    .fontSize(size)
    .fillColor(level === 1 ? REPORT_COLOURS.navy : REPORT_COLOURS.accent)
    .text(text, { width: contentWidth(doc) })
  if (level === 1) {
    const y = doc.y + 2
    doc
      .moveTo(PAGE_MARGINS.left, y)
      .lineTo(PAGE_MARGINS.left + contentWidth(doc), y)
      .lineWidth(0.8)
      .strokeColor(REPORT_COLOURS.accent)
      .stroke()
    doc.y = y + 4
  }
  doc.moveDown(0.3)
  resetBody(doc)
}

/** Body font, size and colour. */
export function resetBody(doc: Doc): Doc {
  return doc.font('body').fontSize(REPORT_TYPE.body).fillColor(REPORT_COLOURS.ink)
}

/** `Label: value` with a bold label. */
export function writeLabelled(doc: Doc, label: string, value: string): void {
  doc.x = PAGE_MARGINS.left
  doc.font('bold').fontSize(REPORT_TYPE.body).fillColor(REPORT_COLOURS.ink)
  doc.text(`${label}: `, { continued: true, width: contentWidth(doc) })
  doc.font('body').text(value)
}

/** A paragraph of body text (muted when `muted`, bold when `bold`). */
export function writeText(
  doc: Doc,
  text: string,
  options: { muted?: boolean; bold?: boolean } = {},
): void {
  doc.x = PAGE_MARGINS.left
  resetBody(doc)
    .font(options.bold ? 'bold' : 'body')
    .fillColor(options.muted ? REPORT_COLOURS.muted : REPORT_COLOURS.ink)
    .text(text, { width: contentWidth(doc) })
  doc.fillColor(REPORT_COLOURS.ink)
}

/** A bulleted list. */
export function writeBullets(doc: Doc, items: readonly string[]): void {
  resetBody(doc)
  for (const item of items) {
    doc.x = PAGE_MARGINS.left
    doc.text(`•  ${item}`, { width: contentWidth(doc), indent: 0 })
  }
}

/** Options of {@link writeTable}. */
export interface WriteTableOptions {
  /** Per-column fill colours (e.g. a band colour swatch), by row. */
  cellFill?: (row: number, column: number) => string | undefined
  fontSize?: number
  /** Fixed column widths in points; sized to the content when omitted. */
  widths?: number[]
}

const CELL_PAD = 4

/** A table with a shaded header row, columns sized to their content, split across pages by row. */
export function writeTable(
  doc: Doc,
  header: readonly string[],
  rows: readonly string[][],
  options: WriteTableOptions = {},
): void {
  const size = options.fontSize ?? REPORT_TYPE.body
  const total = contentWidth(doc)
  const widths =
    options.widths ??
    fitColumnWidths([[...header], ...rows.map((row) => [...row])], {
      total,
      padding: 2 * CELL_PAD + 1,
      measure: (text) => doc.font('bold').fontSize(size).widthOfString(text),
    })
  const heightOf = (cells: readonly string[], bold: boolean) =>
    Math.max(
      ...cells.map((text, i) =>
        doc
          .font(bold ? 'bold' : 'body')
          .fontSize(size)
          .heightOfString(text || ' ', { width: (widths[i] ?? 20) - 2 * CELL_PAD }),
      ),
    ) +
    2 * CELL_PAD
  const drawRow = (cells: readonly string[], rowIndex: number | 'header') => {
    const bold = rowIndex === 'header'
    const height = heightOf(cells, bold)
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage()
      if (!bold) drawRow(header, 'header')
    }
    const top = doc.y
    let x = PAGE_MARGINS.left
    cells.forEach((text, column) => {
      const width = widths[column] ?? 20
      const fill = bold
        ? REPORT_COLOURS.tableHeader
        : options.cellFill?.(rowIndex as number, column)
      if (fill) doc.rect(x, top, width, height).fill(fill)
      doc
        .font(bold ? 'bold' : 'body')
        .fontSize(size)
        .fillColor(REPORT_COLOURS.ink)
        .text(text, x + CELL_PAD, top + CELL_PAD, { width: width - 2 * CELL_PAD })
      x += width
    })
    doc
      .moveTo(PAGE_MARGINS.left, top + height)
      .lineTo(PAGE_MARGINS.left + total, top + height)
      .lineWidth(0.5)
      .strokeColor(REPORT_COLOURS.line)
      .stroke()
    doc.x = PAGE_MARGINS.left
    doc.y = top + height
  }
  ensureSpace(doc, heightOf(header, true) + (rows[0] ? heightOf(rows[0], false) : 0))
  drawRow(header, 'header')
  rows.forEach((row, index) => {
    drawRow(row, index)
  })
  doc.moveDown(0.5)
  resetBody(doc)
}

/** TLP 2.0 label colours (on black). */
const TLP_COLOURS: Record<string, string> = {
  'TLP:CLEAR': '#ffffff',
  'TLP:GREEN': '#33ff00',
  'TLP:AMBER': '#ffc000',
  'TLP:AMBER+STRICT': '#ffc000',
  'TLP:RED': '#ff2b2b',
}

function drawTlp(doc: Doc, tlp: string, right: number, y: number): void {
  doc.font('bold').fontSize(REPORT_TYPE.small)
  const width = doc.widthOfString(tlp) + 8
  doc.rect(right - width, y - 2, width, REPORT_TYPE.small + 5).fill('#000000')
  doc.fillColor(TLP_COLOURS[tlp] ?? '#ffffff').text(tlp, right - width + 4, y, { lineBreak: false })
}

/**
 * Draws the header (title, TLP), the footer (organization, TLP, page N of M) and, on a draft, the
 * watermark on every page. Needs `bufferPages: true`; call it once, after the last section.
 */
export function decoratePages(doc: Doc, view: ReportView): void {
  const range = doc.bufferedPageRange()
  const { tlp, draft } = view.marking
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index)
    // Writing inside the margins must not trigger pdfkit's automatic page break.
    const margins = { ...doc.page.margins }
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    const left = PAGE_MARGINS.left
    const right = doc.page.width - PAGE_MARGINS.right
    const width = right - left
    const headerY = 30
    doc.font('body').fontSize(REPORT_TYPE.small).fillColor(REPORT_COLOURS.muted)
    doc.text(
      `${view.t.page.header(view.title)}${draft ? ` · ${view.t.page.draft}` : ''}`,
      left,
      headerY,
      {
        width: width - 110,
        lineBreak: false,
        ellipsis: true,
      },
    )
    drawTlp(doc, tlp, right, headerY)
    doc
      .moveTo(left, headerY + 14)
      .lineTo(right, headerY + 14)
      .lineWidth(0.5)
      .strokeColor(REPORT_COLOURS.line)
      .stroke()
    const footerY = doc.page.height - 38
    doc
      .moveTo(left, footerY - 6)
      .lineTo(right, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(REPORT_COLOURS.line)
      .stroke()
    doc.font('body').fontSize(REPORT_TYPE.small).fillColor(REPORT_COLOURS.muted)
    doc.text(`${view.organization} · ${view.title}`, left, footerY, {
      width: width / 2 - 40,
      lineBreak: false,
      ellipsis: true,
    })
    drawTlp(doc, tlp, left + width / 2 + doc.widthOfString(tlp) / 2 + 4, footerY)
    doc.font('body').fontSize(REPORT_TYPE.small).fillColor(REPORT_COLOURS.muted)
    doc.text(view.t.page.pageOf(index - range.start + 1, range.count), right - 100, footerY, {
      width: 100,
      align: 'right',
      lineBreak: false,
    })
    if (draft) drawWatermark(doc, view.t.page.draft)
    doc.page.margins = margins
  }
  doc.fillColor(REPORT_COLOURS.ink)
}

function drawWatermark(doc: Doc, text: string): void {
  const { width, height } = doc.page
  doc.save()
  doc.rotate(-40, { origin: [width / 2, height / 2] })
  // A longer word (BROUILLON, ENTWURF) gets a smaller size so it stays on the page.
  doc
    .font('bold')
    .fontSize(Math.min(110, 560 / text.length))
    .fillColor(REPORT_COLOURS.draft)
    .fillOpacity(0.1)
  doc.text(text, 0, height / 2 - 60, { width, align: 'center', lineBreak: false })
  doc.restore()
  doc.fillOpacity(1)
}

/** A chart image across the text column, moved to the next page when it does not fit. */
export function writeImage(
  doc: Doc,
  chart: { png: Uint8Array; width: number; height: number },
): void {
  const width = contentWidth(doc)
  const height = (width * chart.height) / chart.width
  ensureSpace(doc, height + 4)
  doc.image(Buffer.from(chart.png), PAGE_MARGINS.left, doc.y, { width })
  doc.y += height + 4
  doc.x = PAGE_MARGINS.left
}
