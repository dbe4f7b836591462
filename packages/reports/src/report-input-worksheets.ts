/**
 * The worksheet rows of the report's declared input (`report-input.ts`): each worksheet as the
 * report query's fragment selects it, complete (every page walked).
 *
 * @packageDocumentation
 */
import type {
  ActivityId,
  Answer,
  Band,
  Effect,
  EngagementState,
  ImcFunction,
  ImprovementPriority,
  ImprovementStatus,
  ScopeEntryKind,
} from './report-input-enums.js'

/** One row of the driver evaluation worksheet. */
export type ReportEvaluation = {
  id: string
  driverId: string
  answer: Answer | null
  notApplicable: boolean
  rationale: string | null
  evaluatedAt: string | null
  evaluator: { name: string } | null
}

/** One data item (rationale) of the engagement. */
export type ReportDataItem = {
  id: string
  text: string
  effect: Effect
  effectCode: string
  sourceKind: string
  drivers: Array<string>
  createdAt: string
}

/** One row of the improvement worksheet. */
export type ReportImprovement = {
  id: string
  driverId: string
  proposal: string
  priority: ImprovementPriority
  status: ImprovementStatus
  ownerName: string | null
  dueDate: string | null
  expectedAnswer: Answer | null
  owner: { name: string } | null
}

/** One lesson learned. */
export type ReportLesson = {
  id: string
  text: string
  category: string | null
  createdAt: string
  author: { name: string } | null
}

/** One entry of the scope list (pseudonymous unless restricted content was asked for). */
export type ReportScopeEntry = {
  id: string
  kind: ScopeEntryKind
  pseudonym: string
  unit: string | null
  role: string | null
  functions: Array<ImcFunction>
  interviewed: boolean
  position: number
}

/** One document of the document list. */
export type ReportDocument = {
  id: string
  title: string
  kind: string | null
  owner: string | null
  requestedAt: string | null
  receivedAt: string | null
  reviewedAt: string | null
  position: number
  files: {
    edges: Array<{
      node: {
        fileName: string | null
        version: number
        sha256: string | null
        sizeBytes: number
        deletedAt: string | null
      }
    }>
  }
}

/** One item of the preparation checklist. */
export type ReportChecklistItem = {
  id: string
  activityId: ActivityId
  text: string
  done: boolean
  doneAt: string | null
  dueDate: string | null
  position: number
  owner: { name: string } | null
}

/** One engagement of a portfolio list (`engagements` connection or a row of the streamed export). */
export type EngagementListItem = {
  id: string
  title: string
  state: EngagementState
  imcId: string | null
  methodVersion: string
  successThreshold: Band | null
  latestTotal: number | null
  latestBand: Band | null
  /** Coverage of the latest result: drivers in its scored set, of the method's drivers. */
  latestScoredDrivers: number | null
  latestMethodDrivers: number | null
  plannedStart: string | null
  plannedEnd: string | null
  createdAt: string
  updatedAt: string
  organization: { id: string; slug: string; name: string }
  team: { id: string; shortName: string } | null
}
