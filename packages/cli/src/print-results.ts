/**
 * Human-readable output of each command (the `--json` output is the result object itself).
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import type { ReportView } from '@immd/reports/report-view'
import type { EngagementListItemFragment } from '@immd/sdk/generated/graphql'
import type { ExportResult } from './commands/export.js'
import type { ImportResult } from './commands/import.js'
import type { ScoreResult } from './commands/score.js'
import { formatProblem } from './format-problem.js'

type Write = (line: string) => void

/** Pads cells into aligned columns. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? []
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  )
}

export function printImport(result: ImportResult, write: Write): void {
  for (const problem of result.problems) write(formatProblem(problem, result))
  const s = result.summary
  const target = result.organization ? ` into ${result.organization}` : ''
  for (const warning of result.planningWarnings) {
    write(`planning warning (IMC ${warning.imcId}) ${warning.code}: ${warning.message}`)
  }
  if (result.interrupted) {
    write(`Import interrupted${target}: ${result.interrupted.message}`)
  } else if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length
    write(`${errors} error(s) in ${result.recordCount} record(s): nothing was imported${target}.`)
  } else if (result.dryRun) {
    write(`Dry run${target}: nothing was written.`)
  }
  write(
    `Summary: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ` +
      `${s.engagementsCreated} draft engagement(s) ${result.dryRun ? 'would be ' : ''}created, ${s.engagementsExisting} IMC(s) already assessed` +
      (result.chunks.total > 1 && !result.dryRun
        ? `; ${result.chunks.committed} of ${result.chunks.total} request(s) committed.`
        : '.'),
  )
}

export function printEngagements(engagements: EngagementListItemFragment[], write: Write): void {
  if (engagements.length === 0) {
    write('No engagements.')
    return
  }
  const rows = engagements.map((e) => [
    e.title,
    e.imcId ?? '—',
    e.state.toLowerCase().replaceAll('_', '-'),
    e.latestBand?.toLowerCase() ?? '—',
    e.latestTotal === null ? '—' : formatScore(e.latestTotal),
    e.successThreshold?.toLowerCase() ?? '—',
    e.id,
  ])
  for (const line of columns([
    ['TITLE', 'IMC', 'STATE', 'BAND', 'TOTAL', 'THRESHOLD', 'ID'],
    ...rows,
  ]))
    write(line)
  write(`${engagements.length} engagement(s)`)
}

export function printEngagement(id: string, view: ReportView, write: Write): void {
  write(`${view.title}  (${id})`)
  write(
    `Organization ${view.organization} · IMC ${view.imcId ?? '—'} · state ${view.state} · method ${view.methodVersion}`,
  )
  write(
    `Potential for success: ${view.band ?? 'not scored'}${view.total === null ? '' : ` (${formatScore(view.total)})`} · threshold ${view.threshold ?? 'not set'}`,
  )
  write(`Derivation: ${view.derivation}`)
  const rows = view.drivers.map((d) => [
    d.id,
    d.shortName.slice(0, 48),
    d.answer,
    d.value === null ? '—' : String(d.value),
    String(d.items.length),
  ])
  for (const line of columns([['DRIVER', 'NAME', 'ANSWER', 'VALUE', 'ITEMS'], ...rows])) write(line)
  if (view.pathToThreshold) write(view.pathToThreshold)
  write(
    `${view.improvements.length} improvement(s), ${view.lessons.length} lesson(s), ${view.scope.entries} scope entries, ${view.scope.documents} documents`,
  )
}

export function printScore(result: ScoreResult, write: Write): void {
  const { score, sensitivity } = result
  for (const error of score.errors) write(`error ${error.path}: ${error.message}`)
  // A provisional band is indicative only; it is never printed as if it were the result.
  const band = score.finalBand ?? (score.band ? `${score.band} (${score.status}, not final)` : '—')
  write(
    `Total: ${score.total === null ? 'not scored' : formatScore(score.total)} · band ${band} · ${score.complete ? 'complete' : `missing ${score.missing.join(', ')}`}`,
  )
  write(`Status: ${score.status} (${score.algorithm})`)
  for (const reason of score.statusReasons) write(`  ${reason.message}`)
  for (const e of score.excluded) {
    write(`Excluded ${e.driverId}: ${e.reason}${e.decidedBy ? ` (by ${e.decidedBy})` : ''}`)
  }
  if (score.cap) write(score.cap.message)
  write(`Derivation: ${score.derivation}`)
  if (score.profile.threshold) {
    write(
      `Threshold ${score.profile.threshold}: ${score.profile.meetsThreshold ? 'met' : `${score.profile.differentialBands} band(s) short`}`,
    )
  }
  const path = sensitivity.pathToThreshold
  if (path?.reachable && path.moves.length > 0) {
    write(
      `Fewest upgrades to the threshold: ${path.moves.map((m) => `${m.driverId} ${m.from}→${m.to}`).join(', ')}`,
    )
  }
  if (sensitivity.candidates.length > 0) {
    write(`Next-step candidates (A6): ${sensitivity.candidates.map((c) => c.driverId).join(', ')}`)
  }
  for (const warning of score.warnings) write(`warning ${warning.code}: ${warning.message}`)
}

export function printExport(result: ExportResult, write: Write): void {
  write(`Wrote ${result.out} (${result.format}, ${result.bytes} bytes)`)
}
