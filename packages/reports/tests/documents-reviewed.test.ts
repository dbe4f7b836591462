import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { renderEngagementExport } from '../src/render-export.js'
import { buildReportJsonSection } from '../src/report-json.js'
import { buildReportView } from '../src/report-view.js'
import { buildReportFixture } from './report-fixture.js'

const NOW = new Date('2026-05-01T12:00:00Z')
const HASH = 'a3f1c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7'

async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise
  const pages: string[] = []
  for (let page = 1; page <= doc.numPages; page += 1) {
    const content = await (await doc.getPage(page)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  return pages.join('').replace(/\s+/g, '')
}

describe('documents reviewed', () => {
  const report = buildReportFixture()

  it('lists each reviewed document with its file, version, full SHA-256 and size in the PDF', async () => {
    const file = await renderEngagementExport(report, { format: 'pdf', now: NOW })
    const text = await pdfText(file.data)
    for (const expected of [
      'Documentsreviewed',
      'rfc2350.pdf',
      'v2',
      HASH,
      '48213bytes',
      'nofileattached',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('lists the same in the DOCX, and says when a document has no file', async () => {
    const file = await renderEngagementExport(report, { format: 'docx', now: NOW })
    const { value } = await mammoth.extractRawText({ buffer: file.data })
    for (const expected of [
      'Documents reviewed',
      'rfc2350.pdf',
      HASH,
      '48213 bytes',
      'no file attached',
    ]) {
      expect(value).toContain(expected)
    }
  })

  it('carries the files in the document checklist worksheet and the JSON report', async () => {
    const xlsx = await renderEngagementExport(report, { format: 'xlsx', now: NOW })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Document Checklist')
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining([`rfc2350.pdf v2 sha256:${HASH} 48213 bytes`]),
    )
    expect(sheet?.getRow(3).values).toEqual(expect.arrayContaining(['no file attached']))
    const json = buildReportJsonSection(buildReportView(report, NOW))
    expect(json.documentsReviewed[0]?.files[0]?.sha256).toBe(HASH)
    expect(json.documentsReviewed[1]?.files).toEqual([])
  })

  it('keeps name and hash hidden when the API hid them (TLP)', async () => {
    const hidden = buildReportFixture()
    const node = hidden.documents[0]?.files.edges[0]?.node
    if (!node) throw new Error('fixture has no file')
    node.fileName = null
    node.sha256 = null
    const file = await renderEngagementExport(hidden, { format: 'docx', now: NOW })
    const { value } = await mammoth.extractRawText({ buffer: file.data })
    expect(value).toContain('hidden (TLP)')
    expect(value).not.toContain(HASH)
  })
})
