/**
 * Human-readable output of each command (the `--json` output is the result object itself), in the
 * language of the `Translate` passed (`messages/translate.ts`); English by default.
 *
 * @packageDocumentation
 */

import type { Locale } from '@immd/core/locale'
import { localizeMethod } from '@immd/core/localization'
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import { formatScore } from '@immd/core/rounding'
import type { ReportView } from '@immd/reports/report-view'
import type { EngagementListItemFragment } from '@immd/sdk/generated/graphql'
import type { ExportResult } from './commands/export.js'
import type { ImportResult } from './commands/import.js'
import type { ScoreResult } from './commands/score.js'
import { formatProblem } from './format-problem.js'
import { createTranslator, type Translate } from './messages/translate.js'
import { describeScoreSentences } from './score-sentences.js'

type Write = (line: string) => void

const ENGLISH = createTranslator('en')

/** Pads cells into aligned columns. */
function columns(rows: (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? []
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  )
}

/** Prints an import: problems, planning warnings, the outcome and the summary. */
export function printImport(result: ImportResult, write: Write, t: Translate = ENGLISH): void {
  for (const problem of result.problems) write(formatProblem(problem, result, t))
  const s = result.summary
  const organization = result.organization
  for (const warning of result.planningWarnings) write(t('import.planningWarning', warning))
  if (result.interrupted) {
    write(t('import.interrupted', { organization, message: result.interrupted.message }))
  } else if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length
    write(t('import.invalid', { errors, records: result.recordCount, organization }))
  } else if (result.dryRun) {
    write(t('import.dryRun', { organization }))
  }
  write(
    t('import.summary', {
      ...s,
      dryRun: result.dryRun,
      chunks: result.chunks.total > 1 && !result.dryRun ? result.chunks : null,
    }),
  )
}

/** Prints the engagements as a table. */
export function printEngagements(
  engagements: EngagementListItemFragment[],
  write: Write,
  t: Translate = ENGLISH,
): void {
  if (engagements.length === 0) {
    write(t('engagements.none'))
    return
  }
  const rows = engagements.map((e) => [
    e.title,
    e.imcId ?? '—',
    e.state.toLowerCase().replaceAll('_', '-'),
    // The band with the coverage it rests on, e.g. "high (7/10)" after three exclusions.
    e.latestBand === null
      ? '—'
      : e.latestScoredDrivers === null || e.latestMethodDrivers === null
        ? e.latestBand.toLowerCase()
        : `${e.latestBand.toLowerCase()} (${e.latestScoredDrivers}/${e.latestMethodDrivers})`,
    e.latestTotal === null ? '—' : formatScore(e.latestTotal),
    e.successThreshold?.toLowerCase() ?? '—',
    e.id,
  ])
  for (const line of columns([t('engagements.columns'), ...rows])) write(line)
  write(t('engagements.count', { count: engagements.length }))
}

/** Prints one engagement: result, derivation, drivers and follow-up. */
export function printEngagement(
  id: string,
  view: ReportView,
  write: Write,
  t: Translate = ENGLISH,
  locale: Locale = 'en',
): void {
  write(`${view.title}  (${id})`)
  write(
    t('engagement.meta', {
      organization: view.organization,
      imcId: view.imcId ?? '—',
      state: view.state,
      method: view.methodVersion,
    }),
  )
  write(
    t('engagement.potential', {
      band: view.band,
      total: view.total === null ? null : formatScore(view.total),
      threshold: view.threshold,
    }),
  )
  write(t('derivation', { derivation: view.derivation }))
  const names = builtInShortNames(locale)
  const rows = view.drivers.map((d) => [
    d.id,
    (names.get(`${d.id}\u0000${d.shortName}`) ?? d.shortName).slice(0, 48),
    d.answer,
    d.value === null ? '—' : String(d.value),
    String(d.items.length),
  ])
  for (const line of columns([t('engagement.columns'), ...rows])) write(line)
  if (view.pathToThreshold) write(view.pathToThreshold)
  write(
    t('engagement.followUp', {
      improvements: view.improvements.length,
      lessons: view.lessons.length,
      entries: view.scope.entries,
      documents: view.scope.documents,
    }),
  )
}

/** Prints an offline score: errors, total and band, status, exclusions, threshold and warnings. */
export function printScore(
  result: ScoreResult,
  write: Write,
  t: Translate = ENGLISH,
  locale: Locale = 'en',
): void {
  const { score, sensitivity } = result
  const sentences = describeScoreSentences(score, locale)
  const method = localizeMethod(IMMD_1_0, locale)
  const answerLabel = new Map<string, string>(
    method.answers.map((answer) => [answer.id, answer.label]),
  )
  for (const error of score.errors) {
    const allowed =
      error.code === 'unknown-threshold'
        ? method.bands.map((band) => band.label).join(', ')
        : method.answers.map((answer) => answer.label).join(', ')
    write(t('score.error', { ...error, allowed }))
  }
  // A provisional band is indicative only; it is never printed as if it were the result.
  const band =
    score.finalBand ??
    (score.band ? t('score.provisionalBand', { band: score.band, status: score.status }) : '—')
  write(
    t('score.total', {
      total: score.total === null ? null : formatScore(score.total),
      band,
      complete: score.complete,
      missing: score.missing,
    }),
  )
  write(t('score.status', { status: score.status, algorithm: score.algorithm }))
  for (const reason of sentences.statusReasons) write(`  ${reason}`)
  for (const e of score.excluded) {
    write(
      t('score.excluded', {
        driverId: e.driverId,
        reason: e.reason,
        decidedBy: e.decidedBy ?? null,
      }),
    )
  }
  if (sentences.cap) write(sentences.cap)
  write(t('derivation', { derivation: sentences.derivation }))
  if (score.profile.threshold) {
    write(
      t('score.threshold', {
        threshold: score.profile.threshold,
        met: Boolean(score.profile.meetsThreshold),
        short: score.profile.differentialBands ?? 0,
      }),
    )
  }
  const path = sensitivity.pathToThreshold
  if (path?.reachable && path.moves.length > 0) {
    const label = (answer: string) => answerLabel.get(answer) ?? answer
    const moves = path.moves.map((m) => `${m.driverId} ${label(m.from)}→${label(m.to)}`).join(', ')
    write(t('score.path', { moves }))
  }
  if (sensitivity.candidates.length > 0) {
    write(
      t('score.candidates', { drivers: sensitivity.candidates.map((c) => c.driverId).join(', ') }),
    )
  }
  score.warnings.forEach((warning, index) => {
    write(t('score.warning', { code: warning.code, message: sentences.warnings[index] ?? '' }))
  })
}

/** Prints where an export was written. */
export function printExport(result: ExportResult, write: Write, t: Translate = ENGLISH): void {
  write(t('export.wrote', { out: result.out, format: result.format, bytes: result.bytes }))
}

/**
 * `D3\u0000<English short name>` → the short name in `locale`, for the built-in drivers. A view
 * holds names in English; a tailored name (not the built-in text) is printed as it is.
 */
function builtInShortNames(locale: Locale): Map<string, string> {
  const localized = localizeMethod(IMMD_1_0, locale)
  return new Map(
    IMMD_1_0.drivers.map((d, i) => [
      `${d.id}\u0000${d.shortName}`,
      localized.drivers[i]?.shortName ?? d.shortName,
    ]),
  )
}
