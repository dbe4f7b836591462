/**
 * The Phase 1 worksheets as stored: the activity records, the IMMD Preparation Checklist and the
 * IMMD Scope List (see `declare-worksheet.ts`).
 *
 * @packageDocumentation
 */
import { ACCOUNT, BOOKKEEPING, CHILD, declareWorksheet } from './declare-worksheet.js'
import { column } from './transfer-columns.js'

/** Each activity of the engagement's plan, with its status and outputs. */
export const activityRecords = declareWorksheet({
  model: 'ActivityRecord',
  section: 'activities',
  methodWorksheets: [],
  columns: {
    activityId: column.text(),
    phase: column.text(),
    ordinal: column.ordinal(),
    status: column.oneOf(['not-started', 'in-progress', 'completed', 'skipped']),
    startedAt: column.date(),
    completedAt: column.date(),
    outputs: column.json([]),
    notes: column.optionalText(),
  },
  notTransferred: { ...CHILD, completedById: ACCOUNT },
})

/** The IMMD Preparation Checklist. */
export const checklistItems = declareWorksheet({
  model: 'ChecklistItem',
  section: 'preparationChecklist',
  methodWorksheets: ['preparation-checklist'],
  columns: {
    activityId: column.text(),
    ordinal: column.ordinal(),
    text: column.text(),
    dueDate: column.date(),
    done: column.boolean(),
    doneAt: column.date(),
    notes: column.optionalText(),
  },
  notTransferred: { ...CHILD, ownerId: ACCOUNT, createdAt: 'bookkeeping of this database' },
  report: {
    table: 'preparation-checklist',
    columns: {
      position: { from: 'ordinal' },
      activity: { from: 'activityId', field: 'activity' },
      item: { from: 'text', field: 'item' },
      owner: { from: 'ownerId', field: 'owner' },
      due: { from: 'dueDate', field: 'due-date' },
      done: { from: 'done', field: 'done' },
      doneAt: { from: 'doneAt' },
    },
  },
})

/** The IMMD Scope List: who is interviewed. */
export const scopeEntries = declareWorksheet({
  model: 'ScopeEntry',
  section: 'scopeList',
  methodWorksheets: ['scope-list'],
  columns: {
    kind: column.text(),
    name: column.optionalName(),
    pseudonym: column.name(),
    unit: column.optionalText(),
    role: column.optionalText(),
    scopePosition: column.optionalText(),
    team: column.optionalText(),
    functions: column.json([]),
    contact: column.optionalText(),
    ordinal: column.ordinal(),
    interviewed: column.boolean(),
  },
  notTransferred: {
    id: BOOKKEEPING.id,
    engagementId: CHILD.engagementId,
    createdAt: 'bookkeeping of this database',
    updatedAt: BOOKKEEPING.updatedAt,
  },
  report: {
    table: 'scope-list',
    columns: {
      position: { from: 'ordinal' },
      kind: { from: 'kind' },
      pseudonym: { from: 'pseudonym', field: 'person' },
      unit: { from: 'unit', field: 'group' },
      role: { from: 'role', field: 'role' },
      functions: { from: 'functions', field: 'imc-functions' },
      interviewed: { from: 'interviewed', field: 'interviewed' },
    },
  },
})
