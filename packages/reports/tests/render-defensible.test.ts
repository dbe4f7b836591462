import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { renderEngagementExport } from '../src/render-export.js'
import { buildReportJsonSection, type ReportJsonSection } from '../src/report-json.js'
import { buildReportView } from '../src/report-view.js'
import { buildProvisionalFixture, buildReportFixture } from './report-fixture.js'

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

async function docxText(data: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: data })
  return value.replace(/\s+/g, ' ')
}

const provisional = buildProvisionalFixture()
const warnings = provisional.result.warnings.map((w) => w.message)

/** What every provisional deliverable must say, and what it must never say. */
const PROVISIONAL_TEXT = [
  'Provisional result, not final: indicative band Excellent (total value 100)',
  'the band is indicative, not final',
  'D9 is outsourced to the group SOC',
  'D10 is outsourced to the group SOC',
  'Lena Lead',
  ...warnings,
  'About this method version',
  'Is condition 1 met? [SEI source]',
  'Is condition 2 met? [reconstructed]',
  'value 100 [reconstructed]',
  'mean [reconstructed]',
  'Coverage minimum [platform default]',
  'Low (thin evidence)',
  'SEED-IMMD results table (paraphrased in our own words)',
]

describe('deliverables of a provisional result with exclusions', () => {
  it('never prints a final band in the view', () => {
    const view = buildReportView(provisional, NOW)
    expect(view).toMatchObject({
      status: 'provisional',
      band: null,
      indicativeBand: 'Excellent',
    })
    expect(view.headline).not.toMatch(/^Current potential for success/)
  })

  it('prints status, exclusions with who and why, every warning and provenance in the PDF', async () => {
    const file = await renderEngagementExport(provisional, { format: 'pdf', now: NOW })
    const text = await pdfText(file.data)
    for (const expected of PROVISIONAL_TEXT) expect(text).toContain(expected)
    expect(text).not.toContain('Current potential for success')
    expect(text).toContain(
      'Excluded drivers: D9: D9 is outsourced to the group SOC (decided by Lena Lead, 2026-03-01; tailoring)',
    )
  })

  it('prints the same in the DOCX', async () => {
    const file = await renderEngagementExport(provisional, { format: 'docx', now: NOW })
    const text = await docxText(file.data)
    for (const expected of PROVISIONAL_TEXT) expect(text).toContain(expected)
    expect(text).not.toContain('Current potential for success')
  })

  it('puts status, exclusions, warnings, confidence and provenance columns in the CSV', async () => {
    const csvOf = async (worksheet: 'summary' | 'immd-worksheet') => {
      const file = await renderEngagementExport(provisional, { format: 'csv', worksheet, now: NOW })
      return Papa.parse<string[]>(file.data.toString('utf8').replace(/^\uFEFF/, '')).data
    }
    const summary = new Map((await csvOf('summary')).map(([field, value]) => [field, value]))
    expect(summary.get('Status')).toBe('provisional')
    expect(summary.get('Band (final only)')).toBe('')
    expect(summary.get('Indicative band (not final)')).toBe('Excellent')
    expect(summary.get('Excluded drivers')).toContain(
      'D10: D10 is outsourced to the group SOC (by Lena Lead; tailoring)',
    )
    expect(summary.get('Warnings')).toBe(warnings.join(' | '))
    expect(summary.get('About this method version: Answer values')).toMatch(/^\[reconstructed\]/)
    const worksheet = await csvOf('immd-worksheet')
    const header = worksheet[0] ?? []
    const d2 = worksheet[2] ?? []
    expect(d2[header.indexOf('Question provenance')]).toBe('[reconstructed]')
    expect(d2[header.indexOf('Confidence')]).toMatch(/^Low \(thin evidence\)/)
    expect(worksheet[10]?.[header.indexOf('Answer')]).toBe('Excluded by tailoring')
  })
})

describe('deliverables of a final result', () => {
  it('prints the final band headline, the warnings and the method provenance', async () => {
    const report = buildReportFixture()
    const pdf = await pdfText(
      (await renderEngagementExport(report, { format: 'pdf', now: NOW })).data,
    )
    const docx = await docxText(
      (await renderEngagementExport(report, { format: 'docx', now: NOW })).data,
    )
    for (const text of [pdf, docx]) {
      expect(text).toContain('Current potential for success: HIGH (total value 70)')
      expect(text).toContain('1 of 10 drivers rest on thin evidence: D2.')
      expect(text).toContain('Excluded drivers: none')
      expect(text).toContain('Answer values [reconstructed]')
      expect(text).toContain('D8 (driver short name): answered Equally Likely.')
    }
  })
})

describe('the interview handout in the deliverables', () => {
  const report = buildReportFixture()
  /** Each question with its things to consider, and every answer's criteria, with provenance. */
  const HANDOUT_TEXT = [
    'Interview handout',
    'Is condition 1 met? [SEI source]',
    'Consider the evidence for condition 1. [reconstructed]',
    'Is condition 10 met? [reconstructed]',
    'Consider the evidence for condition 10. [reconstructed]',
    'Answer criteria',
    ...['No', 'Likely No', 'Equally Likely', 'Likely Yes', 'Yes'].map(
      (label) => `What must be true for ${label}.`,
    ),
  ]

  it('prints questions, things to consider and answer criteria with markers in the PDF', async () => {
    const text = await pdfText(
      (await renderEngagementExport(report, { format: 'pdf', now: NOW })).data,
    )
    const handout = text.slice(text.indexOf('Interview handout'))
    for (const expected of HANDOUT_TEXT) expect(handout).toContain(expected)
    expect(handout).toContain('Likely Yes: What must be true for Likely Yes. [reconstructed]')
  })

  it('prints the same in the DOCX', async () => {
    const text = await docxText(
      (await renderEngagementExport(report, { format: 'docx', now: NOW })).data,
    )
    const handout = text.slice(text.indexOf('Interview handout'))
    for (const expected of HANDOUT_TEXT) expect(handout).toContain(expected)
    expect(handout).toContain('Likely Yes What must be true for Likely Yes. [reconstructed]')
  })

  it('has a handout table in the CSV and the XLSX', async () => {
    const csv = await renderEngagementExport(report, {
      format: 'csv',
      worksheet: 'handout',
      now: NOW,
    })
    const rows = Papa.parse<string[]>(csv.data.toString('utf8').replace(/^\uFEFF/, '')).data
    expect(rows[0]).toEqual(['Driver', 'Item', 'Text', 'Provenance'])
    expect(rows).toContainEqual(['D1', 'Question', 'Is condition 1 met?', '[SEI source]'])
    expect(rows).toContainEqual([
      'D2',
      'Consider',
      'Consider the evidence for condition 2.',
      '[reconstructed]',
    ])
    expect(rows).toContainEqual([
      '',
      'Answer criteria: Equally Likely',
      'What must be true for Equally Likely.',
      '[reconstructed]',
    ])
    const xlsx = await renderEngagementExport(report, { format: 'xlsx', now: NOW })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Interview handout')
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'D1',
      'Question',
      'Is condition 1 met?',
      '[SEI source]',
    ])
  })
})

describe('the JSON report section of a provisional result with exclusions', () => {
  // The API's `report.json` route adds this section to the transfer document (its own tests);
  // here the section is built from a report whose worksheets are empty, as such a download reads.
  const emptyWorksheets = {
    evaluations: [],
    dataItems: [],
    improvements: [],
    lessons: [],
    scopeList: [],
    documents: [],
    preparationChecklist: [],
  }

  it('states the result with its provenance', () => {
    const report: ReportJsonSection = buildReportJsonSection(
      buildReportView({ ...provisional, ...emptyWorksheets }, NOW),
    )
    expect(report).toMatchObject({
      status: 'provisional',
      band: null,
      indicativeBand: 'Excellent',
      algorithm: 'mean [reconstructed]',
    })
    expect(report.statusReasons.length).toBeGreaterThan(0)
    expect(report.warnings).toEqual(warnings)
    expect(report.excluded).toEqual([
      expect.objectContaining({
        driverId: 'D9',
        reason: 'D9 is outsourced to the group SOC',
        decidedBy: 'Lena Lead',
      }),
      expect.objectContaining({ driverId: 'D10', decidedBy: 'Lena Lead' }),
    ])
    expect(report.drivers[0]).toMatchObject({
      id: 'D1',
      question: 'Is condition 1 met?',
      questionProvenance: '[SEI source]',
      valueProvenance: '[reconstructed]',
    })
    expect(report.drivers[0]?.confidence).toBe('Medium: 0 reviewed document(s) (high needs 1)')
    expect(report.drivers.map((d) => d.confidence)).toContainEqual(
      expect.stringMatching(/^Low \(thin evidence\)/),
    )
    expect(report.drivers[1]?.questionProvenance).toBe('[reconstructed]')
    expect(report.aboutMethodVersion).toContainEqual(
      expect.objectContaining({ rule: 'Coverage minimum', marker: '[platform default]' }),
    )
  })
})
