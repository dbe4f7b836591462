/**
 * The Phase 3 worksheets as stored: result snapshots, the Improvement Worksheet, result
 * communications and lessons learned (see `declare-worksheet.ts`).
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { ACCOUNT, BOOKKEEPING, CHILD, declareWorksheet } from './declare-worksheet.js'
import { addedLater, column, listIndex } from './transfer-columns.js'

/** Each computed result, current or replaced by a re-opening. */
export const resultSnapshots = declareWorksheet({
  model: 'ResultSnapshot',
  section: 'resultSnapshots',
  methodWorksheets: ['immd-worksheet'],
  columns: {
    activityId: column.text(),
    methodVersion: column.text(),
    total: column.total(),
    band: column.text(),
    successThreshold: column.optionalText(),
    differential: column.as(z.number().int().min(-100).max(100).nullable()),
    profile: column.json(),
    computedAt: column.defaultedDate(),
    /**
     * When and why a later re-opening replaced this result (optional for older documents:
     * current). Without them an imported history would present a replaced result as current.
     */
    supersededAt: addedLater(column.date(), null),
    supersededReason: addedLater(column.optionalText(), null),
  },
  notTransferred: {
    id: BOOKKEEPING.id,
    engagementId: CHILD.engagementId,
    computedById: ACCOUNT,
    dataVersion: 'the data version of the source database the result was computed from',
  },
})

/** The Improvement Worksheet. */
export const improvements = declareWorksheet({
  model: 'Improvement',
  section: 'improvements',
  methodWorksheets: ['improvement-worksheet'],
  columns: {
    driverId: column.text(),
    proposal: column.text(),
    priority: column.text(),
    dueDate: column.date(),
    status: column.text(),
    expectedAnswer: column.optionalText(),
    createdAt: column.defaultedDate(),
  },
  extra: {
    /** The owner's name (a platform user's name, or the free-text owner): people are not carried. */
    owner: column.optionalName().schema,
    /** Indexes into `dataItems` (a link table's rows). */
    dataItems: z.array(listIndex),
  },
  renamed: { ownerName: 'owner', ownerId: 'owner' },
  notTransferred: { ...CHILD },
  report: {
    table: 'improvements',
    columns: {
      driver: { from: 'driverId', field: 'driver-id' },
      improvement: { from: 'proposal', field: 'improvement' },
      priority: { from: 'priority', field: 'priority' },
      status: { from: 'status' },
      owner: { from: 'owner', field: 'owner' },
      due: { from: 'dueDate', field: 'target-date' },
      expectedAnswer: { from: 'expectedAnswer', field: 'expected-effect' },
    },
  },
})

/** Who was told the result, when and how. */
export const resultCommunications = declareWorksheet({
  model: 'ResultCommunication',
  section: 'communications',
  methodWorksheets: [],
  columns: {
    audience: column.text(),
    medium: column.optionalText(),
    communicatedAt: column.requiredDate(),
    notes: column.optionalText(),
    createdAt: column.defaultedDate(),
  },
  extra: {
    /** Index into `resultSnapshots`: the result communicated (a link: written by hand). */
    resultSnapshot: listIndex.nullable(),
  },
  renamed: { resultSnapshotId: 'resultSnapshot' },
  notTransferred: { id: BOOKKEEPING.id, engagementId: CHILD.engagementId, createdById: ACCOUNT },
})

/** Lessons learned from the engagement (post-assessment). */
export const lessonsLearned = declareWorksheet({
  model: 'LessonLearned',
  section: 'lessons',
  methodWorksheets: [],
  columns: {
    text: column.text(),
    category: column.optionalText(),
    processUpdate: column.optionalText(),
    appliedAt: column.date(),
    createdAt: column.defaultedDate(),
  },
  notTransferred: {
    id: BOOKKEEPING.id,
    engagementId: CHILD.engagementId,
    version: BOOKKEEPING.version,
    authorId: ACCOUNT,
  },
  report: {
    table: 'lessons',
    columns: {
      category: { from: 'category' },
      lesson: { from: 'text' },
      author: { from: 'authorId' },
      date: { from: 'createdAt' },
    },
  },
})
