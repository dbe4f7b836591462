/** Text of rendered reports, for assertions: PDF via pdf.js, DOCX via mammoth, XLSX via exceljs. */
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'

/** Every page's text joined, whitespace collapsed. */
export async function extractPdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise
  const pages: string[] = []
  for (let page = 1; page <= doc.numPages; page += 1) {
    const content = await (await doc.getPage(page)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join(' ').replace(/\s+/g, ' ')
}

/** The document body's raw text, whitespace collapsed. */
export async function extractDocxText(data: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: data })
  return value.replace(/\s+/g, ' ')
}

/** Every sheet of a workbook as rows of cell values (header row first), by sheet name. */
export async function readXlsxSheets(data: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  const sheets = new Map<string, unknown[][]>()
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = []
    sheet.eachRow({ includeEmpty: false }, (row) => {
      rows.push((row.values as unknown[]).slice(1))
    })
    sheets.set(sheet.name, rows)
  })
  return sheets
}
