/**
 * The stored worksheets' declarations (`src/worksheets/`) agree with themselves and with the
 * method: every report column shows a part of its own worksheet, every method field it claims
 * belongs to a worksheet the declaration names, and report tables and transfer sections are
 * each declared once.
 */
import { describe, expect, it } from 'vitest'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { DECLARED_WORKSHEETS } from '../src/worksheets.js'

const methodFields = new Map(
  IMMD_1_0.worksheets.map((w) => [w.id, new Set(w.fields.map((f) => f.id))]),
)

describe('worksheet declarations', () => {
  it('name only worksheets of the method', () => {
    for (const worksheet of DECLARED_WORKSHEETS) {
      for (const id of worksheet.methodWorksheets) expect(methodFields.has(id), id).toBe(true)
    }
  })

  it('take every report column from a part of the same worksheet', () => {
    const withReports = DECLARED_WORKSHEETS.filter((w) => w.report !== undefined)
    expect(withReports.map((w) => w.report?.table)).toEqual([
      'preparation-checklist',
      'scope-list',
      'document-checklist',
      'data-items',
      'improvements',
      'lessons',
    ])
    for (const worksheet of withReports) {
      const parts = new Set([
        ...Object.keys(worksheet.columns),
        ...Object.keys(worksheet.extra ?? {}),
        ...Object.keys(worksheet.renamed ?? {}),
        ...Object.keys(worksheet.notTransferred),
      ])
      const fields = new Set(
        worksheet.methodWorksheets.flatMap((id) => [...(methodFields.get(id) ?? [])]),
      )
      const columns = Object.entries(worksheet.report?.columns ?? {})
      expect(columns.length, worksheet.model).toBeGreaterThan(0)
      for (const [key, source] of columns) {
        expect(parts.has(source.from), `${worksheet.model}.${key} from ${source.from}`).toBe(true)
        if (source.field !== undefined) {
          expect(fields.has(source.field), `${worksheet.model}.${key} field ${source.field}`).toBe(
            true,
          )
        }
      }
    }
  })

  it('declare each model and transfer section once', () => {
    const models = DECLARED_WORKSHEETS.map((w) => w.model)
    const sections = DECLARED_WORKSHEETS.map((w) => w.section)
    expect(new Set(models).size).toBe(models.length)
    expect(new Set(sections).size).toBe(sections.length)
  })

  it('build each row schema from its columns and hand-written parts', () => {
    for (const worksheet of DECLARED_WORKSHEETS) {
      expect(Object.keys(worksheet.rowSchema.shape).sort()).toEqual(
        [...Object.keys(worksheet.columns), ...Object.keys(worksheet.extra ?? {})].sort(),
      )
    }
  })
})
