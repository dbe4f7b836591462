/**
 * What of an engagement's stored data the transfer document carries, model by model, and what
 * it leaves behind on purpose, with why. `tests/transfer-coverage.test.ts` compares this with the
 * Prisma data model and the document's schema: a column added to a worksheet that is neither
 * transferred (under its own name or a name listed here) nor listed as left behind fails the
 * test, so a new field cannot be dropped silently by export → import (issue #20).
 *
 * @packageDocumentation
 */

/** How one model's rows travel. */
export interface ModelTransfer {
  /**
   * Where its rows are in the document, as a path of `transferEngagementSchema` keys:
   * `''` for the engagement itself, `interviews.participants` for a nested list; a link table's
   * rows are a list of ids on their owner's rows (`dataItems` with `drivers`).
   */
  section: string
  /** Columns carried under another name (column → document key). */
  renamed?: Readonly<Record<string, string>>
  /** Columns left behind, each with why. */
  notTransferred: Readonly<Record<string, string>>
}

/** Ids and bookkeeping no model carries: rows refer to each other by list index, never by id. */
const BOOKKEEPING = {
  id: 'database key: rows refer to each other by their index in the document',
  version: 'optimistic-concurrency counter of this database',
  updatedAt: 'bookkeeping of this database',
} as const

/** The engagement's own key, on every child row. */
const CHILD = { ...BOOKKEEPING, engagementId: 'the row sits under its engagement' } as const

/** People of one instance do not exist in another: accounts travel as names, or not at all. */
const ACCOUNT = 'an account of the source instance (people are not carried over)'

/** Every model that holds an engagement's data, with how it travels. */
export const TRANSFERRED_MODELS: Readonly<Record<string, ModelTransfer>> = {
  Engagement: {
    section: '',
    notTransferred: {
      ...BOOKKEEPING,
      organizationId: 'the importing organization owns the copy',
      teamId: 're-linked on import to the team of the same short name (`teamSnapshot`)',
      methodId: 'resolved on import from `methodVersion`, or from the tailored `method` carried',
      previousEngagementId: 'the earlier engagement is not in the document',
      createdById: ACCOUNT,
      dataVersion: 'bookkeeping of this database',
      createdAt: 'the copy is created when it is imported',
      planNotes:
        'records who overrode the plan by account; the Scope List and Document Checklist it shaped travel',
    },
  },
  ActivityRecord: {
    section: 'activities',
    notTransferred: { ...CHILD, completedById: ACCOUNT },
  },
  ChecklistItem: {
    section: 'preparationChecklist',
    notTransferred: { ...CHILD, ownerId: ACCOUNT, createdAt: 'bookkeeping of this database' },
  },
  ScopeEntry: {
    section: 'scopeList',
    notTransferred: {
      id: BOOKKEEPING.id,
      engagementId: CHILD.engagementId,
      createdAt: 'bookkeeping of this database',
      updatedAt: BOOKKEEPING.updatedAt,
    },
  },
  InterviewSession: {
    section: 'interviews',
    notTransferred: CHILD,
  },
  InterviewParticipant: {
    section: 'interviews.participants',
    renamed: { scopeEntryId: 'scopeEntry' },
    notTransferred: { id: BOOKKEEPING.id, sessionId: 'the row sits under its interview' },
  },
  InterviewRating: {
    section: 'interviews.participants.ratings',
    notTransferred: {
      id: BOOKKEEPING.id,
      participantId: 'the row sits under its participant',
      createdAt: 'bookkeeping of this database',
    },
  },
  Document: {
    section: 'documents',
    notTransferred: { ...CHILD, reviewerId: ACCOUNT, createdAt: 'bookkeeping of this database' },
  },
  DataItem: {
    section: 'dataItems',
    renamed: { interviewSessionId: 'interview', documentId: 'document' },
    notTransferred: { ...CHILD, createdById: ACCOUNT },
  },
  DataItemDriver: {
    section: 'dataItems',
    renamed: { driverId: 'drivers' },
    notTransferred: { dataItemId: 'the driver ids sit under their data item' },
  },
  EvidenceFile: {
    section: 'documents.files',
    renamed: { content: 'contentBase64' },
    notTransferred: {
      id: BOOKKEEPING.id,
      engagementId: CHILD.engagementId,
      documentId: 'the file sits under its document (or data item: `dataItems.files`)',
      dataItemId: 'the file sits under its data item (or document: `documents.files`)',
      uploadedById: ACCOUNT,
      deletedById: ACCOUNT,
    },
  },
  DriverEvaluation: {
    section: 'evaluations',
    notTransferred: {
      ...CHILD,
      evaluatorId: ACCOUNT,
      createdAt: 'bookkeeping of this database',
      notApplicable:
        'retired: exclusions are tailoring decisions now (`exclusions`); an older document’s `true` still imports as one',
    },
  },
  DriverExclusion: {
    section: 'exclusions',
    renamed: { decidedById: 'decidedBy' },
    notTransferred: { id: BOOKKEEPING.id, engagementId: CHILD.engagementId },
  },
  ResultSnapshot: {
    section: 'resultSnapshots',
    notTransferred: {
      id: BOOKKEEPING.id,
      engagementId: CHILD.engagementId,
      computedById: ACCOUNT,
      dataVersion: 'the data version of the source database the result was computed from',
    },
  },
  ResultCommunication: {
    section: 'communications',
    renamed: { resultSnapshotId: 'resultSnapshot' },
    notTransferred: { id: BOOKKEEPING.id, engagementId: CHILD.engagementId, createdById: ACCOUNT },
  },
  Improvement: {
    section: 'improvements',
    renamed: { ownerName: 'owner', ownerId: 'owner' },
    notTransferred: { ...CHILD },
  },
  ImprovementDataItem: {
    section: 'improvements',
    renamed: { dataItemId: 'dataItems' },
    notTransferred: { improvementId: 'the data item indexes sit under their improvement' },
  },
  LessonLearned: {
    section: 'lessons',
    notTransferred: {
      id: BOOKKEEPING.id,
      engagementId: CHILD.engagementId,
      version: BOOKKEEPING.version,
      authorId: ACCOUNT,
    },
  },
}

/** Models under an engagement that the transfer leaves behind entirely, with why. */
export const NOT_TRANSFERRED_MODELS: Readonly<Record<string, string>> = {
  EngagementMember:
    'the engagement team is accounts of the source instance; the importer becomes its lead assessor',
  RespondentLink:
    'links are credentials of the source instance (a token hash, an expiry); issue new ones after import',
}
