/**
 * Building blocks of the DOCX deliverable: headings kept with what follows, labelled lines, notes,
 * bullets and content-sized tables.
 *
 * @packageDocumentation
 */
import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { fitColumnWidths } from './column-widths.js'
import { docxColor, REPORT_COLOURS, REPORT_TYPE } from './report-design.js'

/** Width of the text column in twips: A4 (11906) less two 2 cm margins (1134 each). */
export const DOCX_CONTENT_WIDTH = 9638

/** A heading paragraph (level 1 by default), kept on the page of what follows it. */
export const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) => new Paragraph({ text, heading: level, keepNext: true, keepLines: true })

/** `Label: value` with a bold label. */
export const labelled = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })

/** Cell padding (left + right) in twips. */
const CELL_PADDING = 2 * 80
/**
 * Width of one character of body text in twips, a little above the average of Calibri 9.5 pt, so
 * that a column sized by it holds its longest word on one line.
 */
const CHAR_TWIPS = 105

const cell = (text: string, width: number, options: { bold?: boolean; fill?: string } = {}) =>
  new TableCell({
    width: { size: Math.round(width), type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    shading: options.fill
      ? { type: ShadingType.CLEAR, color: 'auto', fill: docxColor(options.fill) }
      : undefined,
    // A line break in a cell's text is a line break in the document.
    children: [
      new Paragraph({
        children: text
          .split('\n')
          .map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : 0 })),
      }),
    ],
  })

/** Options of {@link table}. */
export interface DocxTableOptions {
  /** Fixed column widths in twips; sized to the content when omitted. */
  widths?: number[]
  /** A fill colour for a body cell (e.g. a band swatch). */
  cellFill?: (row: number, column: number) => string | undefined
}

/**
 * A full-width table with a shaded header row repeated on every page; columns are sized to their
 * content (a one-character column stays narrow, no word breaks mid-word) and rows never split.
 */
export function table(header: string[], rows: string[][], options: DocxTableOptions = {}): Table {
  const widths =
    options.widths ??
    fitColumnWidths([header, ...rows], {
      total: DOCX_CONTENT_WIDTH,
      padding: CELL_PADDING,
      measure: (text) => text.length * CHAR_TWIPS,
    })
  return new Table({
    width: { size: DOCX_CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map(Math.round),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, i) =>
          cell(text, widths[i] ?? 0, { bold: true, fill: REPORT_COLOURS.tableHeader }),
        ),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) =>
              cell(text, widths[i] ?? 0, { fill: options.cellFill?.(r, i) }),
            ),
          }),
      ),
    ],
  })
}

/** A paragraph in the muted colour and small size (notes, sources). */
export const note = (text: string) =>
  new Paragraph({
    children: [
      new TextRun({ text, color: docxColor(REPORT_COLOURS.muted), size: REPORT_TYPE.small * 2 }),
    ],
  })

/** A bulleted line. */
export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } })

/** A chart image, centred, 620 px wide, with its alternative text. */
export function imageParagraph(
  chart: { png: Uint8Array; width: number; height: number },
  name: string,
  description: string,
): Paragraph {
  const width = 620
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width, height: Math.round((width * chart.height) / chart.width) },
        altText: { title: name, description, name },
      }),
    ],
  })
}
