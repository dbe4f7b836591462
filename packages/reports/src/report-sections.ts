/**
 * The sponsor report's sections, in print order: the one-page executive summary, the driver
 * table, the detail per driver, sensitivity, improvements, lessons learned, the re-assessment
 * comparison (did the earlier improvements work?), the cohort benchmark, the method notes, the documents reviewed with their hashes and
 * the interview handout. A renderer takes any list of {@link ReportSection}s, so further sections
 * are added here or passed by the caller.
 *
 * @packageDocumentation
 */
import type { ReportSection } from './report-section.js'
import { benchmarkSection } from './sections/benchmark.js'
import { documentsReviewedSection } from './sections/documents-reviewed.js'
import { driverDetailSection } from './sections/driver-detail.js'
import { driverTableSection } from './sections/driver-table.js'
import { executiveSummarySection } from './sections/executive-summary.js'
import { improvementsSection } from './sections/improvements.js'
import { interviewHandoutSection } from './sections/interview-handout.js'
import { lessonsSection } from './sections/lessons.js'
import { methodNotesSection } from './sections/method-notes.js'
import { reassessmentSection } from './sections/reassessment.js'
import { sensitivitySection } from './sections/sensitivity.js'

/** The sections of the sponsor report, in order. */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = [
  executiveSummarySection,
  driverTableSection,
  driverDetailSection,
  sensitivitySection,
  improvementsSection,
  lessonsSection,
  reassessmentSection,
  benchmarkSection,
  methodNotesSection,
  documentsReviewedSection,
  interviewHandoutSection,
]
