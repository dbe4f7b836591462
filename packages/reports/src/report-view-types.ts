/**
 * The shapes of the report's view model (`buildReportView` in `report-view.ts` builds them), which
 * the PDF, DOCX, CSV and XLSX renderers print.
 *
 * @packageDocumentation
 */
import type { ReportFormatters, ReportLocale } from './i18n/report-locale.js'
import type { ReportMessages } from './i18n/report-messages-en.js'
import type { BenchmarkView, ComparisonView } from './report-comparisons.js'
import type { DriverView } from './report-driver-views.js'
import type { HandoutView } from './report-handout.js'
import type { ReportMarking } from './report-marking.js'
import type { MethodRuleView } from './report-provenance.js'

/** A band of the method, for the profile chart and the band table. */
export interface BandView {
  id: string
  label: string
  min: number
  max: number
  meaning: string
  /** The source whose meaning the description carries. */
  meaningSource: string | null
}

/** A driver taken out of the scored set, with who decided and why. */
export interface ExclusionView {
  driverId: string
  reason: string
  decidedBy: string
  decidedAt: string | null
  origin: string
}

/** What every renderer prints. */
export interface ReportView {
  /** The report's language. */
  locale: ReportLocale
  /** The catalogue of {@link locale}: every heading, label and table header the renderers print. */
  t: ReportMessages
  /** Dates and numbers as a reader of {@link locale} writes them. */
  fmt: ReportFormatters
  /** The cohort benchmark (issue #15), or the line saying why it is left out. */
  benchmark: BenchmarkView
  /** The re-assessment comparison (issue #15), or the line saying why it is left out. */
  comparison: ComparisonView
  title: string
  marking: ReportMarking
  organization: string
  imcId: string | null
  state: string
  methodVersion: string
  methodName: string
  algorithm: string
  generatedAt: string
  teams: string[]
  scope: { entries: number; interviewed: number; documents: number; reviewed: number }
  /** The reviewed documents with their live evidence files (newest version first). */
  reviewedDocuments: ReviewedDocumentView[]
  dates: {
    plannedStart: string | null
    plannedEnd: string | null
    actualStart: string | null
    actualEnd: string | null
  }
  total: number | null
  roundedTotal: number | null
  /** The band label only when the result is final; `null` otherwise (never a provisional headline). */
  band: string | null
  /** `final`, `provisional`, `withheld` or `invalid`. */
  status: string
  /** The headline: the final band, or why there is none. */
  headline: string
  /** Why the result is not final. */
  statusReasons: string[]
  /** The indicative band of a provisional result (printed as indicative only). */
  indicativeBand: string | null
  /** The algorithm with its provenance marker, e.g. `mean [reconstructed]`. */
  algorithmLabel: string
  /** Why a rule-based cap applied, or null. */
  cap: string | null
  excluded: ExclusionView[]
  /** `8 of 10 drivers in the scored set (minimum 8), 8 evaluated`. */
  coverage: string
  /** `3 of 10 drivers rest on thin evidence: D2, D5, D9`, or null. */
  thinEvidence: string | null
  /** A6 next-step candidates, best first. */
  candidates: string[]
  /** "About this method version". */
  methodRules: MethodRuleView[]
  /** The interview handout: questions, things to consider and answer criteria, with provenance. */
  handout: HandoutView
  threshold: string | null
  derivation: string
  complete: boolean
  missing: string[]
  bands: BandView[]
  differentialBands: number | null
  differentialPoints: number | null
  meetsThreshold: boolean | null
  drivers: DriverView[]
  sensitivity: { driver: string; answer: string; up: string; down: string }[]
  pathToThreshold: string | null
  improvements: {
    driverId: string
    proposal: string
    priority: string
    status: string
    owner: string
    dueDate: string | null
    expectedAnswer: string | null
  }[]
  lessons: { category: string; text: string; date: string; author: string }[]
  warnings: string[]
}

/** One evidence file of a reviewed document; name and hash are null when TLP hides them from the reader. */
export interface ReviewedFileView {
  fileName: string | null
  version: number
  sha256: string | null
  sizeBytes: number
}

/** A reviewed document and its live evidence files (up to the three newest versions). */
export interface ReviewedDocumentView {
  title: string
  reviewedAt: string | null
  files: ReviewedFileView[]
}
