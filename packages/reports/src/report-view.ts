/**
 * The view model of the results deliverable: the SDK's `EngagementReport` turned into labelled,
 * ordered rows that the PDF, DOCX, CSV and XLSX renderers print the same way.
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import { localizeReportMethod } from './i18n/localize-report-method.js'
import { createReportFormatters, reportMessages } from './i18n/report-locale.js'
import type { ReportMessages } from './i18n/report-messages-en.js'
import { buildBenchmarkView, buildComparisonView } from './report-comparisons.js'
import { buildDriverViews, createMethodLabels } from './report-driver-views.js'
import { buildHandoutView } from './report-handout.js'
import type { EngagementReport } from './report-input.js'
import { toVocabularyId } from './report-input-enums.js'
import { type BuildReportViewOptions, describeMarking } from './report-marking.js'
import { describeMethodRules, markAlgorithm } from './report-provenance.js'
import { describeResultSentences } from './report-result-sentences.js'
import type { ReportView } from './report-view-types.js'

export type { DriverView, RationaleItemView } from './report-driver-views.js'
export type {
  BandView,
  ExclusionView,
  ReportView,
  ReviewedDocumentView,
  ReviewedFileView,
} from './report-view-types.js'

/** `2026-03-01T09:00:00.000Z` → `2026-03-01`. */
export function formatDate(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null
}

export { toVocabularyId }

/** Turns a report into its view model. `now` is injectable for reproducible files. */
export function buildReportView(
  report: EngagementReport,
  now = new Date(),
  options: BuildReportViewOptions = {},
): ReportView {
  const { result } = report
  const locale = options.locale ?? 'en'
  const t = reportMessages(locale)
  const localized = localizeReportMethod(report.method, locale)
  const { method } = localized
  const fmt = createReportFormatters(locale)
  const formatDate = fmt.date
  const { answerLabel, bandLabel, driverName } = createMethodLabels(method)
  const score = (value: number) => fmt.number(Number(formatScore(value)))
  // The API's sentences about the result, written again from their codes in the report's language.
  const sentences = describeResultSentences(
    result,
    t,
    {
      answer: answerLabel,
      band: bandLabel,
      driverName,
    },
    locale === 'en',
  )
  const drivers = buildDriverViews({ report, localized, t, answerLabel, english: locale === 'en' })
  const move = (
    m: { answer: string; total: number; band: string | null; bandChanged: boolean } | null,
  ) =>
    m
      ? `${answerLabel(m.answer)}: ${score(m.total)} (${bandLabel(m.band) ?? '—'})${m.bandChanged ? ` ${t.view.bandChanges}` : ''}`
      : '—'
  const path = result.sensitivity.pathToThreshold
  const records = Array.isArray(report.teamSnapshot) ? (report.teamSnapshot as unknown[]) : []
  const state = report.state.toLowerCase().replaceAll('_', '-')
  return {
    locale,
    t,
    fmt,
    benchmark: buildBenchmarkView(report.benchmark, t, driverName),
    comparison: buildComparisonView(
      report.comparison,
      driverName,
      report.previousEngagement ?? null,
      answerLabel,
      t,
      fmt,
    ),
    title: report.title,
    marking: describeMarking(state, options),
    organization: report.organization.name,
    imcId: report.imcId,
    state,
    methodVersion: report.methodVersion,
    methodName: method.name,
    algorithm: result.algorithm.toLowerCase().replaceAll('_', '-'),
    generatedAt: now.toISOString(),
    teams: records
      .map((record) => (record as Record<string, unknown>)['short-team-name'])
      .filter((name): name is string => typeof name === 'string'),
    scope: {
      entries: report.scopeList.length,
      interviewed: report.scopeList.filter((entry) => entry.interviewed).length,
      documents: report.documents.length,
      reviewed: report.documents.filter((document) => document.reviewedAt).length,
    },
    reviewedDocuments: report.documents
      .filter((document) => document.reviewedAt)
      .map((document) => ({
        title: document.title,
        reviewedAt: formatDate(document.reviewedAt),
        files: (document.files?.edges ?? [])
          .map((edge) => edge.node)
          .filter((file) => !file.deletedAt)
          .map((file) => ({
            fileName: file.fileName ?? null,
            version: file.version,
            sha256: file.sha256 ?? null,
            sizeBytes: file.sizeBytes,
          })),
      })),
    dates: {
      plannedStart: formatDate(report.plannedStart),
      plannedEnd: formatDate(report.plannedEnd),
      actualStart: formatDate(report.actualStart),
      actualEnd: formatDate(report.actualEnd),
    },
    total: result.total,
    roundedTotal: result.roundedTotal,
    band: bandLabel(result.finalBand),
    status: result.status.toLowerCase(),
    headline: describeHeadline(result, bandLabel, t, score),
    statusReasons: sentences.statusReasons,
    indicativeBand: result.status === 'PROVISIONAL' ? bandLabel(result.band) : null,
    algorithmLabel: `${result.algorithm.toLowerCase().replaceAll('_', '-')} ${markAlgorithm(result.algorithm, t)}`,
    cap: sentences.cap,
    excluded: result.excluded.map((e) => ({
      driverId: e.driverId,
      reason: e.reason,
      decidedBy: e.decidedBy ?? (e.origin === 'MIGRATED' ? t.view.migrated : '—'),
      decidedAt: formatDate(e.decidedAt),
      origin: e.origin.toLowerCase(),
    })),
    coverage: t.view.coverage(
      result.coverage.scoredDrivers,
      result.coverage.methodDrivers,
      result.coverage.minimumScoredDrivers,
      result.coverage.evaluatedDrivers,
    ),
    thinEvidence:
      result.thinEvidence.length > 0
        ? t.view.thinEvidence(
            result.thinEvidence.length,
            result.coverage.scoredDrivers,
            result.thinEvidence.join(', '),
          )
        : null,
    candidates: sentences.candidates,
    methodRules: describeMethodRules(method, result.algorithm, t, localized.translationSource),
    handout: buildHandoutView(method, t, localized),
    threshold: bandLabel(result.profile.threshold ?? report.successThreshold),
    derivation: sentences.derivation,
    complete: result.complete,
    missing: result.missing,
    bands: [...method.bands]
      .sort((a, b) => a.index - b.index)
      .map((b) => ({
        id: b.band,
        label: b.label,
        min: b.min,
        max: b.max,
        meaning: b.meaning,
        meaningSource: b.meaningSource ?? null,
      })),
    differentialBands: result.profile.differentialBands,
    differentialPoints: result.profile.differentialPoints,
    meetsThreshold: result.profile.meetsThreshold,
    drivers,
    sensitivity: result.sensitivity.drivers
      .filter((d) => d.status === 'ANSWERED')
      .map((d) => ({
        driver: d.driverId,
        answer: answerLabel(d.answer) ?? '—',
        up: move(d.up),
        down: move(d.down),
      })),
    pathToThreshold: path
      ? path.reachable
        ? path.moves.length === 0
          ? t.view.thresholdMet(bandLabel(path.threshold) ?? '—')
          : t.view.pathToThreshold(
              bandLabel(path.threshold) ?? '—',
              path.moves.length,
              path.moves
                .map(
                  (m) =>
                    `${m.driverId} ${answerLabel(m.from)} → ${answerLabel(m.to)} (+${score(m.gain)})`,
                )
                .join('; '),
            )
        : t.view.unreachable(bandLabel(path.threshold) ?? '—', path.reason ?? t.view.outOfReach)
      : null,
    improvements: report.improvements.map((improvement) => ({
      driverId: improvement.driverId,
      proposal: improvement.proposal,
      priority: toVocabularyId(improvement.priority),
      status: toVocabularyId(improvement.status),
      owner: improvement.ownerName ?? improvement.owner?.name ?? '—',
      dueDate: formatDate(improvement.dueDate),
      expectedAnswer: answerLabel(improvement.expectedAnswer ?? null),
    })),
    lessons: report.lessons.map((lesson) => ({
      category: lesson.category ?? '—',
      text: lesson.text,
      date: formatDate(lesson.createdAt) ?? '',
      author: lesson.author?.name ?? '—',
    })),
    warnings: sentences.warnings,
  }
}

/**
 * The headline of the deliverable: the band only when the result is final. A provisional result
 * names its indicative band as such; a withheld or invalid one says why there is no band.
 */
function describeHeadline(
  result: EngagementReport['result'],
  bandLabel: (band: string | null | undefined) => string | null,
  t: ReportMessages,
  score: (value: number) => string,
): string {
  const total = result.total === null ? '' : score(result.total)
  switch (result.status) {
    case 'FINAL':
      return t.view.headlineFinal(bandLabel(result.finalBand)?.toUpperCase() ?? '—', total)
    case 'PROVISIONAL':
      return result.band === null
        ? t.view.headlineNoDriver
        : t.view.headlineProvisional(bandLabel(result.band) ?? '—', total)
    case 'WITHHELD':
      return t.view.headlineWithheld
    default:
      return t.view.headlineInvalid
  }
}
