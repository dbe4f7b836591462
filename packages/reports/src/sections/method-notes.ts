/**
 * Method notes: how far the result can be trusted and where its texts come from. Status and its
 * reasons, total, band and derivation with the band table, coverage, exclusions (who and why),
 * confidence, warnings, scope, and "About this method version" with provenance markers.
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import { HeadingLevel, Paragraph } from 'docx'
import { bullet, heading, labelled, note, table } from '../docx-parts.js'
import { writeBullets, writeHeading, writeLabelled, writeTable, writeText } from '../pdf-layout.js'
import { BAND_COLOURS, tint } from '../report-design.js'
import type { DocxBlock, ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

/** Label/value lines of the result's status, in print order. */
function listStatusLines(view: ReportView): [string, string][] {
  const t = view.t.methodNotes
  const score = (value: number) => view.fmt.number(Number(formatScore(value)))
  return [
    [
      t.status,
      view.t.status[view.status as keyof ReportView['t']['status']] ?? view.status.toUpperCase(),
    ],
    ...view.statusReasons.map((reason): [string, string] => [t.why, reason]),
    [t.totalValue, view.total === null ? view.t.common.notScored : score(view.total)],
    [t.band, view.band ?? t.noFinalBand],
    ...(view.indicativeBand ? [[t.indicativeBand, view.indicativeBand] as [string, string]] : []),
    [t.threshold, view.threshold ?? view.t.common.notSet],
    ...(view.differentialBands === null
      ? []
      : [
          [
            t.differential,
            view.differentialBands > 0
              ? t.bandsShort(view.differentialBands, score(view.differentialPoints ?? 0))
              : view.status === 'final'
                ? t.meetsOrExceeds
                : t.wouldMeet,
          ] as [string, string],
        ]),
    [t.algorithm, view.algorithmLabel],
    ...(view.cap ? [[t.cap, view.cap] as [string, string]] : []),
    [t.derivation, view.derivation],
    ...(view.complete ? [] : [[t.notAnsweredYet, view.missing.join(', ')] as [string, string]]),
  ]
}

/** Coverage, exclusions with who and why, and confidence. */
function listCoverageLines(view: ReportView): [string, string][] {
  const t = view.t.methodNotes
  return [
    [t.coverage, view.coverage],
    [
      t.excluded,
      view.excluded.length === 0
        ? view.t.common.none
        : view.excluded
            .map((e) =>
              t.excludedEntry(e.driverId, e.reason, e.decidedBy, e.decidedAt ?? '', e.origin),
            )
            .join('; '),
    ],
    [t.confidence, view.thinEvidence ?? t.noThinEvidence],
  ]
}

const bandRows = (view: ReportView) =>
  view.bands.map((b) => [
    b.label === view.band ? `► ${b.label}` : b.label,
    `${b.min}–${b.max}`,
    b.meaning,
  ])
const bandFill = (_row: number, column: number, row = _row) =>
  column === 0 ? tint(BAND_COLOURS[row % BAND_COLOURS.length] ?? '#ffffff') : undefined
const bandSources = (view: ReportView) => {
  const sources = [...new Set(view.bands.map((band) => band.meaningSource).filter(Boolean))]
  return sources.length > 0 ? view.t.methodNotes.bandSources(sources.join('; ')) : null
}

const scopeLines = (view: ReportView): [string, string][] => {
  const t = view.t.methodNotes
  return [
    [t.organization, view.organization],
    [t.imc, view.imcId ?? '—'],
    [t.teams, view.teams.length > 0 ? view.teams.join(', ') : '—'],
    [
      t.methodVersion,
      t.methodVersionValue(view.methodName, view.methodVersion, view.algorithmLabel),
    ],
    [t.scopeList, t.scopeListValue(view.scope.entries, view.scope.interviewed)],
    [t.documents, t.documentsValue(view.scope.documents, view.scope.reviewed)],
    [t.planned, t.period(view.dates.plannedStart ?? '—', view.dates.plannedEnd ?? '—')],
    [t.conducted, t.period(view.dates.actualStart ?? '—', view.dates.actualEnd ?? '—')],
    [t.marking, `${view.marking.tlp}${view.marking.draft ? ` · ${view.t.page.draftUntil}` : ''}`],
  ]
}

/** The method notes section. */
export const methodNotesSection: ReportSection = {
  id: 'method-notes',
  title: (t) => t.sections.methodNotes,
  newPage: true,
  writePdf(doc, view) {
    const t = view.t.methodNotes
    writeHeading(doc, t.statusHeading, 2)
    for (const [label, value] of listStatusLines(view)) writeLabelled(doc, label, value)
    doc.moveDown(0.4)
    writeTable(doc, t.bandHeader, bandRows(view), { cellFill: (r, c) => bandFill(r, c) })
    const sources = bandSources(view)
    if (sources) writeText(doc, sources, { muted: true })
    writeHeading(doc, t.coverageHeading, 2)
    for (const [label, value] of listCoverageLines(view)) writeLabelled(doc, label, value)
    writeHeading(doc, t.warnings, 2, 30)
    if (view.warnings.length === 0) writeText(doc, t.noWarnings)
    writeBullets(doc, view.warnings)
    writeHeading(doc, t.scopeHeading, 2)
    for (const [label, value] of scopeLines(view)) writeLabelled(doc, label, value)
    writeHeading(doc, t.aboutHeading, 2)
    writeText(doc, `${view.methodName} (${view.methodVersion}). ${view.t.provenanceKey}`)
    doc.moveDown(0.3)
    for (const rule of view.methodRules)
      writeLabelled(doc, `${rule.rule} ${rule.marker}`, rule.detail)
  },
  buildDocx(view) {
    const t = view.t.methodNotes
    const lines = (pairs: [string, string][]) =>
      pairs.map(([label, value]) => labelled(label, value))
    const sources = bandSources(view)
    const blocks: DocxBlock[] = [
      heading(t.statusHeading, HeadingLevel.HEADING_2),
      ...lines(listStatusLines(view)),
      table([...t.bandHeader], bandRows(view), { cellFill: (r, c) => bandFill(r, c) }),
      ...(sources ? [note(sources)] : []),
      heading(t.coverageHeading, HeadingLevel.HEADING_2),
      ...lines(listCoverageLines(view)),
      ...(view.excluded.length === 0
        ? []
        : [
            table(
              [...t.excludedHeader],
              view.excluded.map((e) => [
                e.driverId,
                e.reason,
                e.decidedBy,
                e.decidedAt ?? '—',
                e.origin,
              ]),
            ),
          ]),
      heading(t.warnings, HeadingLevel.HEADING_2),
      ...(view.warnings.length === 0
        ? [new Paragraph({ text: t.noWarnings })]
        : view.warnings.map(bullet)),
      heading(t.scopeHeading, HeadingLevel.HEADING_2),
      ...lines(scopeLines(view)),
      heading(t.aboutHeading, HeadingLevel.HEADING_2),
      new Paragraph({
        text: `${view.methodName} (${view.methodVersion}). ${view.t.provenanceKey}`,
      }),
      table(
        [...t.rulesHeader],
        view.methodRules.map((rule) => [rule.rule, rule.marker, rule.detail]),
      ),
    ]
    return blocks
  },
}
