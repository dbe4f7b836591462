/**
 * The worksheet fields the compiled read path answers from one JSON-building PostgreSQL statement
 * (docs/performance.md, "Compiled worksheet reads"): for each GraphQL object type, how each field
 * reads from its table. A field listed here must answer exactly what its Pothos resolver answers;
 * `tests/compiled-reads.test.ts` runs every listed field through both paths and compares, and
 * refuses a listed field that has field-level `authScopes` (redaction stays with the resolver
 * path: a selection that asks for such a field is not compiled).
 *
 * @packageDocumentation
 */

/** How one GraphQL field reads from the row of its type's table. */
export type CompiledField =
  /** The Relay global id of the row (`base64("<GraphQL type>:<id>")`). */
  | { kind: 'id' }
  /** A String, Int or Boolean column, answered as stored. */
  | { kind: 'column'; column: string }
  /** A `DateTime` column, answered as `Date#toISOString()` does. */
  | { kind: 'date'; column: string }
  /** A column holding an enum's internal value; the SQL maps it to the value's name. */
  | { kind: 'enum'; column: string }
  /**
   * A JSON array column of enum internal values; entries that are not values of the enum are
   * dropped, as the resolver drops them.
   */
  | { kind: 'enum-list'; column: string }
  /** A list of one column of another table (e.g. a data item's driver ids). */
  | { kind: 'values'; table: string; foreignKey: string; column: string; orderBy: string[] }
  /** A list of objects of another table, all of them, in order. */
  | { kind: 'rows'; type: string; foreignKey: string; orderBy: string[] }
  /**
   * The object another table's row points at through `column` of this row; with
   * `sameOrganization`, only when both rows belong to the same organization (the target type's
   * scope is membership of its organization, which the parent's already proved).
   */
  | { kind: 'row'; type: string; column: string; sameOrganization?: boolean }
  /**
   * A Relay connection over another table (`totalCount`, `edges { node }`): the first
   * `defaultSize` rows in order. Only compiled when the selection passes no arguments.
   */
  | { kind: 'connection'; type: string; foreignKey: string; orderBy: string[]; defaultSize: number }

/** The compiled fields of one GraphQL object type and the table its rows live in. */
export interface CompiledType {
  table: string
  fields: Readonly<Record<string, CompiledField>>
}

const column = (name: string): CompiledField => ({ kind: 'column', column: name })
const date = (name: string): CompiledField => ({ kind: 'date', column: name })
const enumColumn = (name: string): CompiledField => ({ kind: 'enum', column: name })
const PAGE = 100
const connection = (type: string, foreignKey: string, orderBy: string[]): CompiledField => ({
  kind: 'connection',
  type,
  foreignKey,
  orderBy,
  defaultSize: PAGE,
})
const BY_CREATION = ['createdAt', 'id']
const BY_ORDINAL = ['ordinal', 'id']

/**
 * What the compiled path reads, keyed by GraphQL type name: the engagement's own plain fields,
 * its team and its worksheets. Computed fields (`result`, `phases`, `method`,
 * `viewerCanWrite`, …) and redacted ones (`teamSnapshot`) are not here: the executor answers them.
 */
export const COMPILED_TYPES: Readonly<Record<string, CompiledType>> = {
  Engagement: {
    table: 'Engagement',
    fields: {
      id: { kind: 'id' },
      title: column('title'),
      state: enumColumn('state'),
      successThreshold: enumColumn('successThreshold'),
      latestTotal: column('latestTotal'),
      latestBand: enumColumn('latestBand'),
      latestScoredDrivers: column('latestScoredDrivers'),
      latestMethodDrivers: column('latestMethodDrivers'),
      sponsorName: column('sponsorName'),
      sponsorshipRecordedAt: date('sponsorshipRecordedAt'),
      methodVersion: column('methodVersion'),
      imcId: column('imcId'),
      plannedStart: date('plannedStart'),
      plannedEnd: date('plannedEnd'),
      actualStart: date('actualStart'),
      actualEnd: date('actualEnd'),
      version: column('version'),
      createdAt: date('createdAt'),
      updatedAt: date('updatedAt'),
      team: { kind: 'row', type: 'Team', column: 'teamId', sameOrganization: true },
      preparationChecklist: connection('ChecklistItem', 'engagementId', BY_ORDINAL),
      scopeList: connection('ScopeEntry', 'engagementId', BY_ORDINAL),
      interviews: connection('Interview', 'engagementId', ['heldAt', 'id']),
      documents: connection('Document', 'engagementId', BY_ORDINAL),
      dataItems: connection('DataItem', 'engagementId', BY_CREATION),
      evaluations: connection('DriverEvaluation', 'engagementId', BY_CREATION),
      improvements: connection('Improvement', 'engagementId', BY_CREATION),
      lessons: connection('Lesson', 'engagementId', BY_CREATION),
    },
  },
  Team: {
    table: 'Team',
    fields: {
      id: { kind: 'id' },
      shortName: column('shortName'),
      officialName: column('officialName'),
      imcId: column('imcId'),
      model: column('model'),
    },
  },
  ChecklistItem: {
    table: 'ChecklistItem',
    fields: {
      id: { kind: 'id' },
      activityId: enumColumn('activityId'),
      position: column('ordinal'),
      text: column('text'),
      dueDate: date('dueDate'),
      done: column('done'),
      doneAt: date('doneAt'),
      notes: column('notes'),
      version: column('version'),
      updatedAt: date('updatedAt'),
    },
  },
  ScopeEntry: {
    table: 'ScopeEntry',
    fields: {
      id: { kind: 'id' },
      kind: enumColumn('kind'),
      pseudonym: column('pseudonym'),
      unit: column('unit'),
      scopePosition: column('scopePosition'),
      team: column('team'),
      role: column('role'),
      functions: { kind: 'enum-list', column: 'functions' },
      position: column('ordinal'),
      interviewed: column('interviewed'),
      updatedAt: date('updatedAt'),
    },
  },
  Interview: {
    table: 'InterviewSession',
    fields: {
      id: { kind: 'id' },
      title: column('title'),
      heldAt: date('heldAt'),
      notesTlp: enumColumn('notesTlp'),
      updatedAt: date('updatedAt'),
      version: column('version'),
      participants: {
        kind: 'rows',
        type: 'InterviewParticipant',
        foreignKey: 'sessionId',
        orderBy: ['id'],
      },
      dataItems: connection('DataItem', 'interviewSessionId', BY_CREATION),
    },
  },
  InterviewParticipant: {
    table: 'InterviewParticipant',
    fields: {
      scopeEntry: { kind: 'row', type: 'ScopeEntry', column: 'scopeEntryId' },
      ratings: {
        kind: 'rows',
        type: 'InterviewRating',
        foreignKey: 'participantId',
        orderBy: ['driverId', 'id'],
      },
    },
  },
  InterviewRating: {
    table: 'InterviewRating',
    fields: {
      driverId: column('driverId'),
      answer: enumColumn('answer'),
      note: column('note'),
      selfReported: column('selfReported'),
    },
  },
  Document: {
    table: 'Document',
    fields: {
      id: { kind: 'id' },
      title: column('title'),
      kind: column('kind'),
      owner: column('owner'),
      origin: column('origin'),
      position: column('ordinal'),
      requestedAt: date('requestedAt'),
      receivedAt: date('receivedAt'),
      reviewedAt: date('reviewedAt'),
      notes: column('notes'),
      version: column('version'),
      updatedAt: date('updatedAt'),
      dataItems: connection('DataItem', 'documentId', BY_CREATION),
    },
  },
  DataItem: {
    table: 'DataItem',
    fields: {
      id: { kind: 'id' },
      text: column('text'),
      effect: enumColumn('effect'),
      effectCode: column('effect'),
      selfReported: column('selfReported'),
      sourceKind: column('sourceKind'),
      drivers: {
        kind: 'values',
        table: 'DataItemDriver',
        foreignKey: 'dataItemId',
        column: 'driverId',
        orderBy: ['driverId'],
      },
      version: column('version'),
      createdAt: date('createdAt'),
      updatedAt: date('updatedAt'),
    },
  },
  DriverEvaluation: {
    table: 'DriverEvaluation',
    fields: {
      id: { kind: 'id' },
      driverId: column('driverId'),
      answer: enumColumn('answer'),
      notApplicable: column('notApplicable'),
      rationale: column('rationale'),
      evaluatedAt: date('evaluatedAt'),
      version: column('version'),
      updatedAt: date('updatedAt'),
    },
  },
  Improvement: {
    table: 'Improvement',
    fields: {
      id: { kind: 'id' },
      driverId: column('driverId'),
      proposal: column('proposal'),
      priority: enumColumn('priority'),
      ownerName: column('ownerName'),
      dueDate: date('dueDate'),
      status: enumColumn('status'),
      expectedAnswer: enumColumn('expectedAnswer'),
      version: column('version'),
      updatedAt: date('updatedAt'),
    },
  },
  Lesson: {
    table: 'LessonLearned',
    fields: {
      id: { kind: 'id' },
      text: column('text'),
      category: column('category'),
      processUpdate: column('processUpdate'),
      appliedAt: date('appliedAt'),
      createdAt: date('createdAt'),
      version: column('version'),
    },
  },
}
