/**
 * The stored worksheets' tables come from their declarations (`@immd/core/worksheets`): columns
 * and their order from `report`, headers from the locale by column key, and the provenance of
 * each column from the method field it fills, stated under "About this method version" of every
 * deliverable (CSV summary, XLSX, PDF).
 */
import { DECLARED_WORKSHEETS } from '@immd/core/worksheets'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { reportMessages } from '../src/i18n/report-locale.js'
import { REPORT_MESSAGES_EN } from '../src/i18n/report-messages-en.js'
import { renderEngagementExport } from '../src/render-export.js'
import { describeWorksheetColumns } from '../src/report-provenance.js'
import { buildReportView } from '../src/report-view.js'
import { buildWorksheetTables } from '../src/worksheet-tables.js'
import { buildReportFixture } from './report-fixture.js'

const NOW = new Date('2026-03-02T10:00:00Z')
const { read, design } = REPORT_MESSAGES_EN.markers

describe('worksheet tables from their declarations', () => {
  it('lay out every declared table in declared order, headers by column key, in every locale', () => {
    const report = buildReportFixture()
    for (const locale of ['en', 'de', 'fr'] as const) {
      const view = buildReportView(report, NOW, { locale })
      const tables = new Map(buildWorksheetTables(report, view).map((table) => [table.id, table]))
      const w = reportMessages(locale).worksheets
      const headersOf: Record<string, Readonly<Record<string, string>>> = {
        'data-items': w.dataItemsColumns,
        'scope-list': w.scopeColumns,
        'document-checklist': w.documentsColumns,
        'preparation-checklist': w.checklistColumns,
        improvements: w.improvementsColumns,
        lessons: w.lessonsColumns,
      }
      for (const worksheet of DECLARED_WORKSHEETS) {
        if (worksheet.report === undefined) continue
        const table = tables.get(worksheet.report.table as never)
        const keys = Object.keys(worksheet.report.columns)
        const headers = headersOf[worksheet.report.table] ?? {}
        expect(table?.columns, `${locale} ${worksheet.report.table}`).toEqual(
          keys.map((key) => headers[key]),
        )
        for (const row of table?.rows ?? []) expect(row).toHaveLength(keys.length)
      }
    }
  })

  it('states where each column comes from: the method field it fills, else the platform', () => {
    const { method } = buildReportFixture()
    const rule = describeWorksheetColumns(method)
    expect(rule.rule).toBe('Worksheet table columns')
    expect(rule.marker).toBe(design)
    // The data items' effect and text fill the IMMD Worksheet's rationale, read in the source.
    expect(rule.detail).toContain(
      `Data items: Effect, Text, Drivers ${read}; Source, Created ${design}.`,
    )
    // The Scope List's layout is a proposal of ours (the source gives its purpose, not its fields).
    expect(rule.detail).toContain(
      `Scope List: Position, Kind, Pseudonym, Unit, Role, Functions, Interviewed ${design}.`,
    )
    // A method whose worksheet marks a field as read moves that column, and only it.
    const readScope = {
      ...method,
      worksheets: method.worksheets.map((w) =>
        w.code === 'SCOPE_LIST'
          ? {
              ...w,
              fields: w.fields.map((f) =>
                f.code === 'role' ? { ...f, provenance: 'READ' as const } : f,
              ),
            }
          : w,
      ),
    }
    expect(describeWorksheetColumns(readScope).detail).toContain(
      `Scope List: Position, Kind, Pseudonym, Unit, Functions, Interviewed ${design}; Role ${read}.`,
    )
  })

  it('carries that statement into the CSV summary, the XLSX summary and the German report', async () => {
    const report = buildReportFixture()
    const csv = await renderEngagementExport(report, {
      format: 'csv',
      worksheet: 'summary',
      now: NOW,
    })
    const rows = Papa.parse<string[]>(csv.data.toString('utf8').replace(/^\uFEFF/, '')).data
    const row = rows.find((r) => r[0] === 'About this method version: Worksheet table columns')
    expect(row?.[1]).toMatch(
      /^\[platform default\] Data items: Effect, Text, Drivers \[SEI source\]/,
    )

    const xlsx = await renderEngagementExport(report, { format: 'xlsx', now: NOW })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    const summary: string[] = []
    workbook.worksheets[0]?.eachRow((r) => {
      summary.push(String(r.getCell(1).value))
    })
    expect(summary).toContain('About this method version: Worksheet table columns')

    const german = describeWorksheetColumns(report.method, reportMessages('de'))
    expect(german.rule).toBe('Spalten der Arbeitsblatt-Tabellen')
    expect(german.detail).toContain('Umfangsliste: Position, Art, Pseudonym')
  })
})
