/**
 * Writes export tables as CSV (papaparse, RFC 4180 quoting) or as an XLSX workbook (exceljs: one
 * sheet per table, bold frozen header, filters, sized columns).
 *
 * @packageDocumentation
 */
import ExcelJS from 'exceljs'
import { CSV_BOM, renderCsvRows } from './csv-rows.js'
import type { ExportTable } from './export-table.js'

/** One table as CSV text (header row first, CRLF line ends, UTF-8 BOM for spreadsheet apps). */
export function renderCsv(table: ExportTable): string {
  return `${CSV_BOM}${renderCsvRows([table.columns, ...table.rows])}`
}

/** Options of {@link renderXlsx}. */
export interface RenderXlsxOptions {
  /** Workbook title (document properties). */
  title?: string
}

/** Tables as one XLSX workbook, a sheet per table. */
export async function renderXlsx(
  tables: readonly ExportTable[],
  options: RenderXlsxOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'IMMD platform'
  workbook.title = options.title ?? 'IMMD export'
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    })
    sheet.columns = table.columns.map((header, index) => ({
      header,
      key: String(index),
      width: Math.min(
        60,
        Math.max(
          header.length + 2,
          ...table.rows.slice(0, 200).map((row) => String(row[index] ?? '').length + 2),
        ),
      ),
    }))
    sheet.getRow(1).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row.map((value) => value ?? undefined))
    if (table.rows.length > 0) {
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1, column: table.columns.length },
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
