/**
 * The view model of the results deliverable: the SDK's `EngagementReport` turned into labelled,
 * ordered rows that the PDF, DOCX, CSV and XLSX renderers print the same way.
 *
 * @packageDocumentation
 */
import type { EngagementReport } from '@immd/sdk/engagement-report'

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
  question: string
  /** The answer's label, `Not answered` or `Not applicable`. */
  answer: string
  value: number | null
  weight: number
  contribution: number
  rationale: string | null
  items: RationaleItemView[]
  tally: { success: number; failure: number; neutral: number; unknown: number }
}

/** A band of the method, for the profile chart and the band table. */
export interface BandView {
  id: string
  label: string
  min: number
  max: number
  meaning: string
}

/** What every renderer prints. */
export interface ReportView {
  title: string
  organization: string
  imcId: string | null
  state: string
  methodVersion: string
  methodName: string
  algorithm: string
  generatedAt: string
  teams: string[]
  scope: { entries: number; interviewed: number; documents: number; reviewed: number }
  dates: {
    plannedStart: string | null
    plannedEnd: string | null
    actualStart: string | null
    actualEnd: string | null
  }
  total: number | null
  roundedTotal: number | null
  band: string | null
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

/** `2026-03-01T09:00:00.000Z` → `2026-03-01`. */
export function formatDate(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null
}

/** Turns a report into its view model. `now` is injectable for reproducible files. */
export function buildReportView(report: EngagementReport, now = new Date()): ReportView {
  const { method, result } = report
  const answerLabel = (answer: string | null) =>
    answer === null ? null : (method.answers.find((a) => a.answer === answer)?.label ?? answer)
  const bandLabel = (band: string | null | undefined) =>
    band ? (method.bands.find((b) => b.band === band)?.label ?? band) : null
  const evaluations = new Map(report.evaluations.map((e) => [e.driverId, e]))
  const drivers = method.drivers.map((driver): DriverView => {
    const score = result.drivers.find((d) => d.driverId === driver.id)
    const evaluation = evaluations.get(driver.id)
    const answer =
      score?.status === 'EXCLUDED'
        ? 'Excluded by tailoring'
        : (answerLabel(score?.answer ?? null) ?? 'Not answered')
    return {
      id: driver.id,
      number: driver.number,
      shortName: driver.shortName,
      question: driver.question.text,
      answer,
      value: score?.value ?? null,
      weight: score?.weight ?? 0,
      contribution: score?.contribution ?? 0,
      rationale: evaluation?.rationale ?? null,
      items: report.dataItems
        .filter((item) => item.drivers.includes(driver.id))
        .map((item) => ({ code: item.effectCode, text: item.text })),
      tally: score?.tally ?? { success: 0, failure: 0, neutral: 0, unknown: 0 },
    }
  })
  const move = (
    m: { answer: string; total: number; band: string | null; bandChanged: boolean } | null,
  ) =>
    m
      ? `${answerLabel(m.answer)}: ${m.total.toFixed(1)} (${bandLabel(m.band) ?? '—'})${m.bandChanged ? ' band changes' : ''}`
      : '—'
  const path = result.sensitivity.pathToThreshold
  const records = Array.isArray(report.teamSnapshot) ? (report.teamSnapshot as unknown[]) : []
  return {
    title: report.title,
    organization: report.organization.name,
    imcId: report.imcId,
    state: report.state.toLowerCase().replaceAll('_', '-'),
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
    dates: {
      plannedStart: formatDate(report.plannedStart),
      plannedEnd: formatDate(report.plannedEnd),
      actualStart: formatDate(report.actualStart),
      actualEnd: formatDate(report.actualEnd),
    },
    total: result.total,
    roundedTotal: result.roundedTotal,
    band: bandLabel(result.band),
    threshold: bandLabel(result.profile.threshold ?? report.successThreshold),
    derivation: result.derivation,
    complete: result.complete,
    missing: result.missing,
    bands: [...method.bands]
      .sort((a, b) => a.index - b.index)
      .map((b) => ({ id: b.band, label: b.label, min: b.min, max: b.max, meaning: b.meaning })),
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
          ? `The threshold (${bandLabel(path.threshold)}) is met.`
          : `Reaching ${bandLabel(path.threshold)} needs ${path.moves.length} one-step upgrade(s): ${path.moves
              .map(
                (m) =>
                  `${m.driverId} ${answerLabel(m.from)} → ${answerLabel(m.to)} (+${m.gain.toFixed(1)})`,
              )
              .join('; ')}.`
        : `${bandLabel(path.threshold)} cannot be reached by upgrading answers (${path.reason ?? 'out of reach'}).`
      : null,
    improvements: report.improvements.map((improvement) => ({
      driverId: improvement.driverId,
      proposal: improvement.proposal,
      priority: improvement.priority,
      status: improvement.status,
      owner: improvement.ownerName ?? improvement.owner?.name ?? '—',
      dueDate: formatDate(improvement.dueDate),
      expectedAnswer: answerLabel(
        improvement.expectedAnswer?.toUpperCase().replaceAll('-', '_') ?? null,
      ),
    })),
    lessons: report.lessons.map((lesson) => ({
      category: lesson.category ?? '—',
      text: lesson.text,
      date: formatDate(lesson.createdAt) ?? '',
      author: lesson.author?.name ?? '—',
    })),
    warnings: result.warnings.map((warning) => warning.message),
  }
}
