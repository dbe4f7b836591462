/**
 * Issue #20: a stored column of an engagement's data is either carried by the transfer document
 * or listed, with why, as left behind (`src/transfer/transfer-coverage.ts`). Adding a worksheet
 * field without either fails here, before an export → import round trip could drop it silently.
 */
import { IMMD_1_0 } from '@immd/core'
import { DECLARED_WORKSHEETS } from '@immd/core/worksheets'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { getDatamodel } from '../src/generated/pothos-types.js'
import { NOT_TRANSFERRED_MODELS, TRANSFERRED_MODELS } from '../src/transfer/transfer-coverage.js'
import { transferEngagementSchema } from '../src/transfer/transfer-format.js'

interface Field {
  name: string
  kind: string
  type: string
  isList: boolean
}
const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Field[] }>

/** Scalar and enum columns of a model (relations left out). */
const columnsOf = (model: string) =>
  (models[model]?.fields ?? [])
    .filter((field) => field.kind !== 'object')
    .map((field) => field.name)

/** The models holding an engagement's rows: its child lists, and theirs. */
function engagementModels(): string[] {
  const found = new Set<string>()
  const visit = (model: string) => {
    for (const field of models[model]?.fields ?? []) {
      if (field.kind !== 'object' || !field.isList || field.type === 'Engagement') continue
      if (found.has(field.type)) continue
      found.add(field.type)
      visit(field.type)
    }
  }
  visit('Engagement')
  return ['Engagement', ...[...found].sort()]
}

/** Strips optional, nullable and default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { unwrap?: () => z.ZodType }
  while (typeof current.unwrap === 'function') current = current.unwrap() as typeof current
  return current
}

/** The keys of the document's rows at `section` (a path of object keys through lists). */
function documentKeys(section: string): string[] {
  let schema: z.ZodType = transferEngagementSchema
  for (const key of section ? section.split('.') : []) {
    const object = unwrap(schema) as z.ZodObject
    const next = object.shape[key]
    if (!next) throw new Error(`the document has no \`${key}\` in \`${section}\``)
    const inner = unwrap(next as z.ZodType) as z.ZodType & { element?: z.ZodType }
    schema = inner.element ?? inner
  }
  return Object.keys((unwrap(schema) as z.ZodObject).shape)
}

describe('what the transfer document carries of an engagement', () => {
  it('accounts for every model that holds engagement data', () => {
    const accounted = new Set([
      ...Object.keys(TRANSFERRED_MODELS),
      ...Object.keys(NOT_TRANSFERRED_MODELS),
    ])
    expect(engagementModels().filter((model) => !accounted.has(model))).toEqual([])
    // And lists no model that is not there (a renamed or removed model).
    expect([...accounted].filter((model) => !models[model])).toEqual([])
  })

  it.each(Object.entries(TRANSFERRED_MODELS))(
    '%s: every column is carried or listed as left behind, with why',
    (model, transfer) => {
      const keys = new Set(documentKeys(transfer.section))
      const renamed = transfer.renamed ?? {}
      const dropped = columnsOf(model).filter(
        (column) => !keys.has(renamed[column] ?? column) && !(column in transfer.notTransferred),
      )
      expect(dropped, `${model} columns neither transferred nor listed`).toEqual([])
      for (const [column, target] of Object.entries(renamed)) {
        expect(keys.has(target), `${model}.${column} → ${target}`).toBe(true)
      }
      const stale = [...Object.keys(transfer.notTransferred), ...Object.keys(renamed)].filter(
        (column) => !columnsOf(model).includes(column),
      )
      expect(stale, `${model}: listed columns that do not exist`).toEqual([])
      for (const why of Object.values(transfer.notTransferred))
        expect(why.length).toBeGreaterThan(10)
    },
  )

  it('fails for a column nobody accounted for (the check itself works)', () => {
    const transfer = TRANSFERRED_MODELS.InterviewSession
    if (!transfer) throw new Error('InterviewSession is transferred')
    const keys = new Set(documentKeys(transfer.section))
    const columns = [...columnsOf('InterviewSession'), 'mood']
    const dropped = columns.filter(
      (column) => !keys.has(column) && !(column in transfer.notTransferred),
    )
    expect(dropped).toEqual(['mood'])
  })
})

describe('the worksheet declarations', () => {
  it('each stores a worksheet of the method, or says it stores none', () => {
    const known = new Set<string>(IMMD_1_0.worksheets.map((worksheet) => worksheet.id))
    for (const declared of DECLARED_WORKSHEETS) {
      for (const id of declared.methodWorksheets) {
        expect(known.has(id), `${declared.model} names worksheet ${id}`).toBe(true)
      }
    }
  })

  it('store every worksheet of the method except the Handout, which is only printed', () => {
    const stored = new Set(DECLARED_WORKSHEETS.flatMap((declared) => declared.methodWorksheets))
    const unstored = IMMD_1_0.worksheets.filter((worksheet) => !stored.has(worksheet.id))
    expect(unstored.map((worksheet) => worksheet.id)).toEqual(['handout'])
  })

  it('are the document sections their rows are read from', () => {
    for (const declared of DECLARED_WORKSHEETS) {
      const keys = documentKeys(declared.section)
      for (const column of Object.keys(declared.columns)) {
        expect(keys, `${declared.model}.${column} in ${declared.section}`).toContain(column)
      }
    }
  })
})
