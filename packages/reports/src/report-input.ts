/**
 * The input `@immd/reports` renders: the complete engagement report, declared here as the shapes
 * the renderers read, so this package does not depend on a client generated from the API (the
 * API itself renders reports). Whoever fetches a report (the SDK's `fetchEngagementReport`, the
 * API's download route) produces these shapes. `packages/cli/src/report-input-check.ts` checks at
 * compile time that the SDK's generated `EngagementReport` is assignable to
 * {@link EngagementReport}, so a schema or document change that breaks the renderers fails the
 * CLI's typecheck instead of a rendered report.
 *
 * @packageDocumentation
 */
import type { EngagementReportComparisons } from './report-input-comparisons.js'
import type {
  ActivityId,
  ActivityStatus,
  Answer,
  Band,
  ConfidenceLevel,
  DriverStatus,
  EngagementState,
  ExclusionOrigin,
  PhaseId,
  Provenance,
  ResultStatus,
  ScoringAlgorithm,
  WorksheetCode,
} from './report-input-enums.js'
import type {
  ReportChecklistItem,
  ReportDataItem,
  ReportDocument,
  ReportEvaluation,
  ReportImprovement,
  ReportLesson,
  ReportScopeEntry,
} from './report-input-worksheets.js'

export type * from './report-input-comparisons.js'
export type * from './report-input-enums.js'
export type * from './report-input-worksheets.js'

/** The engagement part of the report query: identity, method, phases, result, profile, sensitivity. */
export type EngagementReportCore = {
  id: string
  title: string
  state: EngagementState
  imcId: string | null
  methodVersion: string
  successThreshold: Band | null
  latestTotal: number | null
  latestBand: Band | null
  plannedStart: string | null
  plannedEnd: string | null
  actualStart: string | null
  actualEnd: string | null
  createdAt: string
  updatedAt: string
  teamSnapshot: unknown
  organization: { id: string; slug: string; name: string }
  team: { id: string; shortName: string } | null
  method: {
    version: string
    name: string
    description: string
    algorithm: ScoringAlgorithm
    basedOn: string | null
    answers: Array<{
      answer: Answer
      label: string
      value: number
      provenance: Provenance
      criteria: { text: string; provenance: Provenance } | null
    }>
    bands: Array<{
      band: Band
      label: string
      min: number
      max: number
      index: number
      meaning: string
      meaningSource: string | null
    }>
    drivers: Array<{
      id: string
      code: string
      number: number
      shortName: string
      weight: number
      question: { text: string; provenance: Provenance }
      prompts: Array<{ text: string; provenance: Provenance }>
    }>
    /** The method's worksheets with each field's provenance (read by the worksheet tables' rule). */
    worksheets: Array<{
      code: WorksheetCode
      fields: Array<{ code: string; provenance: Provenance }>
    }>
    scoringRules: {
      coverage: { minimumScoredShare: number; provenance: Provenance }
      confidence: {
        minItems: number
        thinSpreadSteps: number
        highItems: number
        highRaters: number
        highSpreadSteps: number
        highDocuments: number
        provenance: Provenance
      }
      ruleBased: {
        base: ScoringAlgorithm
        criticalDrivers: Array<string>
        provenance: Provenance
        caps: Array<{ answer: Answer; maxBand: Band }>
      }
    }
  }
  phases: Array<{
    id: string
    code: PhaseId
    name: string
    number: number
    activities: Array<{
      activityId: ActivityId
      name: string
      status: ActivityStatus
      startedAt: string | null
      completedAt: string | null
      outputs: Array<string>
    }>
  }>
  result: {
    algorithm: ScoringAlgorithm
    methodVersion: string
    total: number | null
    roundedTotal: number | null
    band: Band | null
    finalBand: Band | null
    computedBand: Band | null
    status: ResultStatus
    thinEvidence: Array<string>
    complete: boolean
    derivation: string
    derivationFormula: string | null
    missing: Array<string>
    statusReasons: Array<{
      code: string
      message: string
      count: number | null
      total: number | null
      minimum: number | null
      driverIds: Array<string>
    }>
    coverage: {
      methodDrivers: number
      scoredDrivers: number
      evaluatedDrivers: number
      minimumScoredDrivers: number
    }
    excluded: Array<{
      driverId: string
      reason: string
      decidedBy: string | null
      decidedAt: string | null
      origin: ExclusionOrigin
    }>
    cap: {
      from: Band
      to: Band
      message: string
      drivers: Array<{ driverId: string; answer: Answer }>
    } | null
    warnings: Array<{
      code: string
      driverId: string | null
      message: string
      count: number | null
      total: number | null
      answer: Answer | null
      effect: string | null
      driverIds: Array<string>
      capFrom: Band | null
      capTo: Band | null
    }>
    effectTally: { success: number; failure: number; neutral: number; unknown: number }
    answerTally: Array<{ answer: Answer; count: number }>
    drivers: Array<{
      driverId: string
      number: number
      answer: Answer | null
      value: number | null
      weight: number
      contribution: number
      status: DriverStatus
      tally: { success: number; failure: number; neutral: number; unknown: number }
      confidence: {
        level: ConfidenceLevel
        items: number
        raters: number
        spread: number | null
        documents: number
        reasons: Array<string>
        findings: Array<{ code: string; value: number; limit: number | null }>
      } | null
    }>
    profile: {
      current: Band | null
      threshold: Band | null
      differentialBands: number | null
      differentialPoints: number | null
      meetsThreshold: boolean | null
    }
    sensitivity: {
      candidates: Array<{
        driverId: string
        answer: Answer | null
        failureItems: number
        reasons: Array<string>
        message: string
      }>
      drivers: Array<{
        driverId: string
        number: number
        answer: Answer | null
        status: DriverStatus
        up: { answer: Answer; total: number; band: Band | null; bandChanged: boolean } | null
        down: { answer: Answer; total: number; band: Band | null; bandChanged: boolean } | null
      }>
      pathToThreshold: {
        reachable: boolean
        reason: string | null
        threshold: Band
        band: Band | null
        total: number | null
        moves: Array<{ driverId: string; from: Answer; to: Answer; gain: number }>
      } | null
    }
  }
}

/** One engagement, complete: what `@immd/reports` renders as PDF, DOCX, CSV, XLSX and JSON. */
export type EngagementReport = EngagementReportCore & {
  /**
   * Where the engagement sits in its cohort (organization scope, organizational model), or
   * undefined when the report was built without it (older callers, fixtures).
   */
  benchmark?: EngagementReportComparisons['benchmark'] | null
  /** The comparison with the previous engagement: null for a first assessment. */
  comparison?: EngagementReportComparisons['comparison'] | null
  /** The engagement this one re-assesses (title and end date for the comparison's heading). */
  previousEngagement?: EngagementReportComparisons['previousEngagement']
  evaluations: ReportEvaluation[]
  dataItems: ReportDataItem[]
  improvements: ReportImprovement[]
  lessons: ReportLesson[]
  scopeList: ReportScopeEntry[]
  documents: ReportDocument[]
  preparationChecklist: ReportChecklistItem[]
}
