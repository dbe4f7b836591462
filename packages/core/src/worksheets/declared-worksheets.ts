/**
 * Every declared worksheet, in the transfer document's order (see `declare-worksheet.ts`).
 *
 * @packageDocumentation
 */
import {
  dataItems,
  documents,
  driverEvaluations,
  driverExclusions,
  interviewSessions,
} from './conduct.js'
import { evidenceFiles } from './evidence-files.js'
import { activityRecords, checklistItems, scopeEntries } from './preparation.js'
import { improvements, lessonsLearned, resultCommunications, resultSnapshots } from './results.js'

/** The declared worksheets (and the evidence files nested under two of them). */
export const DECLARED_WORKSHEETS = [
  activityRecords,
  checklistItems,
  scopeEntries,
  interviewSessions,
  documents,
  dataItems,
  driverEvaluations,
  driverExclusions,
  resultSnapshots,
  improvements,
  resultCommunications,
  lessonsLearned,
  evidenceFiles,
] as const
