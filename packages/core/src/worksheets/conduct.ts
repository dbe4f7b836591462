/**
 * The Phase 2 worksheets as stored: interviews (the Questionnaire's answers), the Document
 * Checklist, the IMMD Worksheet's data items and driver evaluations, and the tailoring's driver
 * exclusions (see `declare-worksheet.ts`).
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { ACCOUNT, BOOKKEEPING, CHILD, declareWorksheet } from './declare-worksheet.js'
import { evidenceFileList } from './evidence-files.js'
import { addedLater, column, listIndex } from './transfer-columns.js'

/** One answer of a participant (a nested list of a nested list: written by hand). */
const ratingSchema = z.object({
  driverId: z.string(),
  answer: z.string(),
  note: z.string().nullable(),
  /** Given through a respondent link (optional for documents written before #16). */
  selfReported: z.boolean().optional(),
})

/** Interview sessions, with who took part and their answers to the Questionnaire. */
export const interviewSessions = declareWorksheet({
  model: 'InterviewSession',
  section: 'interviews',
  methodWorksheets: ['questionnaire'],
  columns: {
    title: column.name(),
    heldAt: column.date(),
    notes: column.optionalText(),
    notesTlp: column.text(),
    createdAt: column.defaultedDate(),
  },
  extra: {
    /** Participants refer to the Scope List by index, so they are written by hand. */
    participants: z.array(z.object({ scopeEntry: listIndex, ratings: z.array(ratingSchema) })),
  },
  notTransferred: CHILD,
})

/** The IMMD Document Checklist. */
export const documents = declareWorksheet({
  model: 'Document',
  section: 'documents',
  methodWorksheets: ['document-checklist'],
  columns: {
    title: column.name(),
    kind: column.optionalText(),
    owner: column.optionalText(),
    origin: column.text(),
    ordinal: column.ordinal(),
    requestedAt: column.date(),
    receivedAt: column.date(),
    reviewedAt: column.date(),
    notes: column.optionalText(),
  },
  extra: {
    /**
     * The document's evidence files, every version: metadata always, the bytes only when the
     * export included files (see the document's `evidenceFiles`). The hashes let a reader check
     * files moved by other means.
     */
    files: evidenceFileList,
  },
  notTransferred: { ...CHILD, reviewerId: ACCOUNT, createdAt: 'bookkeeping of this database' },
  report: {
    table: 'document-checklist',
    columns: {
      position: { from: 'ordinal' },
      title: { from: 'title', field: 'title' },
      kind: { from: 'kind', field: 'type' },
      owner: { from: 'owner', field: 'owner' },
      requested: { from: 'requestedAt', field: 'requested' },
      received: { from: 'receivedAt', field: 'received' },
      reviewed: { from: 'reviewedAt', field: 'reviewed' },
      files: { from: 'files' },
    },
  },
})

/** The IMMD Worksheet's rationale data items. */
export const dataItems = declareWorksheet({
  model: 'DataItem',
  section: 'dataItems',
  methodWorksheets: ['immd-worksheet'],
  columns: {
    text: column.text(),
    effect: column.oneOf(['+', '-', '0', '?']),
    sourceKind: column.oneOf(['interview', 'document']),
    /** Written from a respondent's own answers (optional for older documents: false). */
    selfReported: addedLater(column.boolean(), false),
    createdAt: column.defaultedDate(),
  },
  extra: {
    /** Index into `interviews`, for interview items (a link: written by hand). */
    interview: listIndex.nullable(),
    /** Index into `documents`, for document items (a link: written by hand). */
    document: listIndex.nullable(),
    /** The drivers it bears on (a link table's rows, as driver ids). */
    drivers: z.array(z.string()),
    /** The data item's evidence files, like a document's (optional for older documents). */
    files: evidenceFileList,
  },
  renamed: { interviewSessionId: 'interview', documentId: 'document' },
  notTransferred: { ...CHILD, createdById: ACCOUNT },
  report: {
    table: 'data-items',
    columns: {
      effect: { from: 'effect', field: 'rationale' },
      text: { from: 'text', field: 'rationale' },
      source: { from: 'sourceKind', field: 'data-item-sources' },
      drivers: { from: 'drivers', field: 'rationale' },
      created: { from: 'createdAt' },
    },
  },
})

/** The IMMD Worksheet's driver answers. */
export const driverEvaluations = declareWorksheet({
  model: 'DriverEvaluation',
  section: 'evaluations',
  methodWorksheets: ['immd-worksheet'],
  columns: {
    driverId: column.text(),
    answer: column.optionalText(),
    rationale: column.optionalText(),
    evaluatedAt: column.date(),
  },
  extra: {
    /**
     * Retired: documents written before exclusions became tailoring decisions may carry `true`;
     * import turns it into a `migrated` exclusion. Export no longer writes it.
     */
    notApplicable: z.boolean().optional(),
  },
  notTransferred: {
    ...CHILD,
    evaluatorId: ACCOUNT,
    createdAt: 'bookkeeping of this database',
    notApplicable:
      'retired: exclusions are tailoring decisions now (`exclusions`); an older document’s `true` still imports as one',
  },
})

/** Drivers excluded by tailoring. */
export const driverExclusions = declareWorksheet({
  model: 'DriverExclusion',
  section: 'exclusions',
  methodWorksheets: [],
  columns: {
    driverId: column.text(),
    reason: column.as(z.string().trim().min(1)),
    decidedAt: column.defaultedDate(),
    origin: column.oneOf(['tailoring', 'migrated']),
  },
  extra: {
    /** The decider's name: people are not carried over. */
    decidedBy: column.optionalName().schema,
  },
  renamed: { decidedById: 'decidedBy' },
  notTransferred: { id: BOOKKEEPING.id, engagementId: CHILD.engagementId },
})
