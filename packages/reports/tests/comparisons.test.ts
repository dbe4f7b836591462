import { describe, expect, it } from 'vitest'
import { renderEngagementExport } from '../src/render-export.js'
import { buildReportView } from '../src/report-view.js'
import { buildReassessmentFixture, buildSuppressedBenchmark } from './comparison-fixture.js'
import { extractDocxText, extractPdfText, readXlsxSheets } from './extract-text.js'
import { buildReportFixture } from './report-fixture.js'

const NOW = new Date('2026-05-01T12:00:00Z')

describe('re-assessment comparison and cohort benchmark sections (#15)', () => {
  const report = buildReassessmentFixture()

  it('builds the delta rows, improvement outcomes and benchmark rows from the API fields', () => {
    const view = buildReportView(report, NOW)
    expect(view.comparison.omitted).toBeNull()
    expect(view.comparison.drivers[0]).toMatchObject({
      driverId: 'D1',
      previous: 'Likely No (25)',
      current: 'Likely Yes (75)',
      deltaText: '+50',
      change: 'improved',
    })
    expect(view.comparison.drivers[7]).toMatchObject({ deltaText: '−25', change: 'declined' })
    expect(view.comparison.drivers[9]).toMatchObject({ current: 'excluded', deltaText: '—' })
    expect(view.comparison.improvements.map((i) => i.outcome)).toEqual([
      'met',
      'partly met',
      'not met',
      'driver excluded',
    ])
    expect(view.benchmark.omitted).toBeNull()
    expect(view.benchmark.definition).toBe(
      'the latest closed, scored assessment of each IMC among your organization’s engagements, sharing organizational model (centralized)',
    )
    expect(view.benchmark.drivers[1]).toMatchObject({
      driverId: 'D2',
      summary: null,
      suppressed: 'fewer than k = 5 engagements',
    })
    expect(view.benchmark.total).toMatchObject({ position: 'above Q3', value: 70 })
  })

  it('prints both sections with their tables in the PDF', async () => {
    const file = await renderEngagementExport(report, { format: 'pdf', now: NOW })
    const text = await extractPdfText(file.data)
    for (const expected of [
      '6. Re-assessment comparison',
      'Zürich IMC baseline 2025, 2025-04-20',
      'D1 driver 1 short name Likely No (25) Likely Yes (75) +50 improved',
      'Did the improvements work?',
      'Staff the weekend on-call rota',
      'partly met',
      'not met',
      'driver excluded',
      'Outcomes: met 1, partly met 1, not met 1, driver excluded 1.',
      '7. Cohort benchmark',
      'sharing organizational model (centralized)',
      'Cohort size: 7 engagements of 1 organization(s)',
      "k = 5 engagements at least per statistic, k' = 3 distinct organizations",
      'suppressed: fewer than k = 5 engagements',
      'Total 70.0 45.0 52.5 61.3 above Q3',
      'D9 is excluded by tailoring in 2 cohort members.',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('prints both sections in the DOCX', async () => {
    const file = await renderEngagementExport(report, { format: 'docx', now: NOW })
    const text = await extractDocxText(file.data)
    for (const expected of [
      '6. Re-assessment comparison',
      'Did the improvements work?',
      'Write the triage runbook',
      'partly met',
      '7. Cohort benchmark',
      'suppressed: fewer than k = 5 engagements',
      'above Q3',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('writes each comparison to its own XLSX sheet', async () => {
    const file = await renderEngagementExport(report, { format: 'xlsx', now: NOW })
    const sheets = await readXlsxSheets(file.data)
    const reassessment = sheets.get('Re-assessment')
    expect(reassessment?.[0]).toEqual([
      'Driver',
      'Name',
      'Previous answer',
      'Previous value',
      'Previous excluded',
      'Current answer',
      'Current value',
      'Current excluded',
      'Delta',
      'Change',
    ])
    expect(reassessment?.[1]).toEqual([
      'D1',
      'driver 1 short name',
      'Likely No',
      25,
      false,
      'Likely Yes',
      75,
      false,
      50,
      'improved',
    ])
    const outcomes = sheets.get('Improvement outcomes')
    expect(outcomes?.slice(1).map((row) => row[6])).toEqual([
      'met',
      'partly met',
      'not met',
      'driver excluded',
    ])
    const benchmark = sheets.get('Cohort benchmark')
    const d2 = benchmark?.find((row) => row[1] === 'D2')
    expect(d2?.slice(10)).toEqual([undefined, true, 'fewer than k = 5 engagements'])
    const total = benchmark?.find((row) => row[0] === 'total')
    expect(total?.slice(3, 11)).toEqual([70, 7, 25, 45, 52.5, 61.25, 100, 'above Q3'])
  })

  it('omits each section with one line when it does not apply', async () => {
    const first = {
      ...buildReportFixture('First IMC assessment'),
      comparison: null,
      benchmark: buildSuppressedBenchmark(),
    }
    const pdf = await extractPdfText(
      (await renderEngagementExport(first, { format: 'pdf', now: NOW })).data,
    )
    expect(pdf).toContain(
      'No re-assessment comparison: this is a first assessment (no previous engagement).',
    )
    expect(pdf).toContain("No cohort benchmark: fewer than k' = 3 organizations.")
    expect(pdf).not.toContain('Did the improvements work?')
    const docx = await extractDocxText(
      (await renderEngagementExport(first, { format: 'docx', now: NOW })).data,
    )
    expect(docx).toContain("No cohort benchmark: fewer than k' = 3 organizations.")
    const sheets = await readXlsxSheets(
      (await renderEngagementExport(first, { format: 'xlsx', now: NOW })).data,
    )
    expect(sheets.get('Cohort benchmark')?.[1]?.[2]).toBe(
      "No cohort benchmark: fewer than k' = 3 organizations.",
    )
    // A report built without the comparisons query says so instead of inventing a cohort.
    const older = buildReportView(buildReportFixture(), NOW)
    expect(older.benchmark.omitted).toBe(
      'No cohort benchmark: the benchmark was not part of this export.',
    )
  })
})
