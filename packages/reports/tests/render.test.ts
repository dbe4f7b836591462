import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { renderEngagementExport, slugify } from '../src/render-export.js'
import { buildReportView } from '../src/report-view.js'
import { renderSuccessProfilePng, renderSuccessProfileSvg } from '../src/success-profile-chart.js'
import { buildReportFixture } from './report-fixture.js'

const NOW = new Date('2026-05-01T12:00:00Z')

async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise
  const pages: string[] = []
  for (let page = 1; page <= doc.numPages; page += 1) {
    const content = await (await doc.getPage(page)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join(' ').replace(/\s+/g, ' ')
}

describe('report view', () => {
  it('labels answers and bands and attaches rationale items to their drivers', () => {
    const view = buildReportView(buildReportFixture(), NOW)
    expect(view.band).toBe('High')
    expect(view.threshold).toBe('High')
    expect(view.teams).toEqual(['ZRH-CSIRT', 'ZRH-SOC'])
    expect(view.drivers[0]).toMatchObject({ id: 'D1', answer: 'Likely Yes', value: 75 })
    expect(view.drivers[0]?.items.map((i) => i.code)).toEqual(['+', '-'])
    expect(view.drivers[7]?.items).toHaveLength(1)
    expect(view.improvements[0]).toMatchObject({
      owner: 'Miriam Keller',
      dueDate: '2026-09-30',
      expectedAnswer: 'Likely Yes',
    })
    expect(view.sensitivity[0]?.up).toBe('Likely Yes: 73 (High)')
    expect(view.pathToThreshold).toBe('The threshold (High) is met.')
  })
})

describe('success profile chart', () => {
  it('draws the bands, the total and the threshold with ECharts and rasterises them to PNG', async () => {
    const view = buildReportView(buildReportFixture(), NOW)
    const svg = renderSuccessProfileSvg(view)
    for (const text of [
      'Minimal',
      'Borderline',
      'Excellent',
      'Current potential',
      'Success threshold',
    ]) {
      expect(svg).toContain(text)
    }
    const png = await renderSuccessProfilePng(view)
    expect(Buffer.from(png.subarray(1, 4)).toString('ascii')).toBe('PNG')
    // IHDR: 2× the 800×320 SVG.
    const header = Buffer.from(png)
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1600, 640])
  })
})

describe('documents', () => {
  const report = buildReportFixture()

  it('renders the PDF with every section, in Unicode', async () => {
    const file = await renderEngagementExport(report, { format: 'pdf', now: NOW })
    expect(file.fileName).toBe('zurich-imc-baseline-2026.pdf')
    expect(file.data.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(file.data)
    for (const expected of [
      'Zürich IMC baseline 2026',
      'Current potential for success: HIGH (total value 70)',
      'Executive summary',
      '8. Method notes',
      'Scope and method',
      'immd-1.0',
      '(75×8 + 50×2) / 10 = 70.0 → 70 → High',
      'D1 driver 1 short name',
      'Mission published to every constituent.',
      '3. Sensitivity',
      'Agree written time shares with divisional managers.',
      'Owner Miriam Keller · due 2026-09-30',
      'Request documents two weeks before interviews.',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('renders an editable DOCX with tables and the chart image', async () => {
    const file = await renderEngagementExport(report, { format: 'docx', now: NOW })
    const { value } = await mammoth.extractRawText({ buffer: file.data })
    for (const expected of [
      'Zürich IMC baseline 2026',
      'Status, total value and band',
      'Derivation: (75×8 + 50×2) / 10 = 70.0 → 70 → High',
      'Miriam Keller',
      '5. Lessons learned',
    ]) {
      expect(value).toContain(expected)
    }
    const html = (await mammoth.convertToHtml({ buffer: file.data })).value
    expect(html).toContain('<img')
    expect(html).toContain('<table>')
  })

  it('writes every worksheet to XLSX and one worksheet to CSV', async () => {
    const xlsx = await renderEngagementExport(report, { format: 'xlsx', now: NOW })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    expect(workbook.worksheets).toHaveLength(12)
    expect(workbook.getWorksheet('IMMD Worksheet')?.getRow(9).values).toEqual(
      expect.arrayContaining(['D8', 'Equally Likely', 50]),
    )
    const csv = await renderEngagementExport(report, {
      format: 'csv',
      worksheet: 'improvements',
      now: NOW,
    })
    const rows = Papa.parse<string[]>(
      csv.data
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data
    expect(rows).toEqual([
      ['Driver', 'Improvement', 'Priority', 'Status', 'Owner', 'Due', 'Expected answer'],
      [
        'D8',
        'Agree written time shares with divisional managers.',
        'high',
        'accepted',
        'Miriam Keller',
        '2026-09-30',
        'Likely Yes',
      ],
    ])
  })

  it('slugifies titles for file names', () => {
    expect(slugify('  ACME Corp — IMC/2026 ')).toBe('acme-corp-imc-2026')
  })
})
