/**
 * The driver rows of the results deliverable (the IMMD Worksheet table and the detail per
 * driver), and the method's labels every part of the view names answers, bands and drivers
 * with. Split from `report-view.ts`, which assembles the rest of the view.
 *
 * @packageDocumentation
 */
import type { LocalizedReportMethod } from './i18n/localize-report-method.js'
import type { ReportMessages } from './i18n/report-messages-en.js'
import type { EngagementReport } from './report-input.js'
import { markProvenance } from './report-provenance.js'
import { writeConfidenceReasons } from './write-result-sentences.js'

/** One rationale data item under a driver. */
export interface RationaleItemView {
  /** `+`, `-`, `0` or `?`. */
  code: string
  text: string
}

/** One driver row of the IMMD Worksheet. */
export interface DriverView {
  id: string
  number: number
  shortName: string
  /** The question, followed by its provenance marker when it is not read in a source. */
  question: string
  /** `[SEI source]`, `[reconstructed]` or `[platform default]`. */
  questionMarker: string
  /** The answer's label, `Not answered` or `Excluded by tailoring`. */
  answer: string
  value: number | null
  /** The value's provenance marker (answer values are reconstructed). */
  valueMarker: string
  /** `High`, `Medium`, `Low (thin evidence)` with its reasons, or `—`. */
  confidence: string
  /** The level alone (`High`, `Medium`, `Low (thin evidence)`), or `—`. */
  confidenceLevel: string
  weight: number
  contribution: number
  rationale: string | null
  items: RationaleItemView[]
  tally: { success: number; failure: number; neutral: number; unknown: number }
}

/** How the view names answers, bands and drivers: the localized method's labels. */
export interface MethodLabels {
  answerLabel: (answer: string | null | undefined) => string | null
  bandLabel: (band: string | null | undefined) => string | null
  driverName: (code: string, fallback: string) => string
}

/** The labels of `method`, each looked up in a map built once (not searched per call). */
export function createMethodLabels(method: LocalizedReportMethod['method']): MethodLabels {
  const answers = new Map(method.answers.map((a) => [a.answer, a.label]))
  const bands = new Map(method.bands.map((b) => [b.band, b.label]))
  const drivers = new Map(method.drivers.map((d) => [d.code, d.shortName]))
  return {
    answerLabel: (answer) => (answer ? (answers.get(answer as never) ?? answer) : null),
    bandLabel: (band) => (band ? (bands.get(band as never) ?? band) : null),
    driverName: (code, fallback) => drivers.get(code) ?? fallback,
  }
}

/** What {@link buildDriverViews} reads. */
export interface BuildDriverViewsOptions {
  report: EngagementReport
  localized: LocalizedReportMethod
  t: ReportMessages
  answerLabel: MethodLabels['answerLabel']
  /** English keeps the API's confidence sentences as they are. */
  english: boolean
}

/**
 * One row per driver of the method, in the method's order: the answer (or why there is none),
 * its value and provenance, the confidence with its findings in the report's language, the
 * rationale and the data items that bear on it (grouped once, not filtered per driver).
 */
export function buildDriverViews(options: BuildDriverViewsOptions): DriverView[] {
  const { report, localized, t, answerLabel, english } = options
  const { method } = localized
  const confidenceLevel = (level: string) =>
    t.view.confidence[level as keyof typeof t.view.confidence] ?? level
  const evaluations = new Map(report.evaluations.map((e) => [e.driverId, e]))
  const scores = new Map(report.result.drivers.map((d) => [d.driverId, d]))
  const answerOptions = new Map(method.answers.map((a) => [a.answer, a]))
  // Each driver's items, grouped once (an item can bear on several drivers).
  const itemsByDriver = new Map<string, RationaleItemView[]>()
  for (const item of report.dataItems) {
    for (const code of item.drivers) {
      const list = itemsByDriver.get(code) ?? []
      list.push({ code: item.effectCode, text: item.text })
      itemsByDriver.set(code, list)
    }
  }
  return method.drivers.map((driver): DriverView => {
    const score = scores.get(driver.code)
    const evaluation = evaluations.get(driver.code)
    const answer =
      score?.status === 'EXCLUDED'
        ? t.view.excludedByTailoring
        : (answerLabel(score?.answer ?? null) ?? t.view.notAnswered)
    const option = score?.answer ? answerOptions.get(score.answer) : undefined
    const confidence = score?.confidence
    return {
      id: driver.code,
      number: driver.number,
      shortName: driver.shortName,
      question: driver.question.text,
      questionMarker: `${markProvenance(driver.question.provenance, t)}${localized.translatedQuestions.has(driver.code) ? ` ${t.markers.translation}` : ''}`,
      answer,
      value: score?.value ?? null,
      valueMarker: option ? markProvenance(option.provenance, t) : '',
      confidence: confidence
        ? t.view.confidenceLine(
            confidenceLevel(confidence.level),
            writeConfidenceReasons(confidence, t, english).join('; '),
          )
        : '—',
      confidenceLevel: confidence ? confidenceLevel(confidence.level) : '—',
      weight: score?.weight ?? 0,
      contribution: score?.contribution ?? 0,
      rationale: evaluation?.rationale ?? null,
      items: itemsByDriver.get(driver.code) ?? [],
      tally: score?.tally ?? { success: 0, failure: 0, neutral: 0, unknown: 0 },
    }
  })
}
