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
  return [
    ['Status', view.status.toUpperCase()],
    ...view.statusReasons.map((reason): [string, string] => ['Why', reason]),
    ['Total value', view.total === null ? 'not scored' : formatScore(view.total)],
    ['Band', view.band ?? 'no final band'],
    ...(view.indicativeBand
      ? [['Indicative band (not final)', view.indicativeBand] as [string, string]]
      : []),
    ['Success threshold', view.threshold ?? 'not set'],
    ...(view.differentialBands === null
      ? []
      : [
          [
            'Success differential',
            view.differentialBands > 0
              ? `${view.differentialBands} band(s) below the threshold (${formatScore(view.differentialPoints ?? 0)} points short)`
              : view.status === 'final'
                ? 'meets or exceeds the threshold'
                : 'would meet or exceed the threshold (indicative: the result is not final)',
          ] as [string, string],
        ]),
    ['Algorithm', view.algorithmLabel],
    ...(view.cap ? [['Cap', view.cap] as [string, string]] : []),
    ['Derivation', view.derivation],
    ...(view.complete ? [] : [['Not answered yet', view.missing.join(', ')] as [string, string]]),
  ]
}

/** Coverage, exclusions with who and why, and confidence. */
function listCoverageLines(view: ReportView): [string, string][] {
  return [
    ['Coverage', view.coverage],
    [
      'Excluded drivers',
      view.excluded.length === 0
        ? 'none'
        : view.excluded
            .map(
              (e) =>
                `${e.driverId}: ${e.reason} (decided by ${e.decidedBy}${e.decidedAt ? `, ${e.decidedAt}` : ''}; ${e.origin})`,
            )
            .join('; '),
    ],
    ['Confidence', view.thinEvidence ?? 'no driver rests on thin evidence'],
  ]
}

const BAND_HEADER = ['Band', 'Total value', 'Meaning']
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
  return sources.length > 0 ? `Band meanings: ${sources.join('; ')}.` : null
}

const scopeLines = (view: ReportView): [string, string][] => [
  ['Organization', view.organization],
  ['IMC', view.imcId ?? '—'],
  ['Teams assessed', view.teams.length > 0 ? view.teams.join(', ') : '—'],
  [
    'Method version',
    `${view.methodName} (${view.methodVersion}), algorithm ${view.algorithmLabel}`,
  ],
  ['Scope list', `${view.scope.entries} entries, ${view.scope.interviewed} interviewed`],
  ['Documents', `${view.scope.documents} listed, ${view.scope.reviewed} reviewed`],
  ['Planned', `${view.dates.plannedStart ?? '—'} to ${view.dates.plannedEnd ?? '—'}`],
  ['Conducted', `${view.dates.actualStart ?? '—'} to ${view.dates.actualEnd ?? '—'}`],
  [
    'Marking',
    `${view.marking.tlp}${view.marking.draft ? ' · DRAFT until the results are communicated' : ''}`,
  ],
]

const PROVENANCE_KEY =
  '[SEI source]: read in an SEI/CERT source; [reconstructed]: our reconstruction, not SEI text; ' +
  '[platform default]: a rule of this platform.'

/** The method notes section. */
export const methodNotesSection: ReportSection = {
  id: 'method-notes',
  title: 'Method notes',
  newPage: true,
  writePdf(doc, view) {
    writeHeading(doc, 'Status, total value and band', 2)
    for (const [label, value] of listStatusLines(view)) writeLabelled(doc, label, value)
    doc.moveDown(0.4)
    writeTable(doc, BAND_HEADER, bandRows(view), { cellFill: (r, c) => bandFill(r, c) })
    const sources = bandSources(view)
    if (sources) writeText(doc, sources, { muted: true })
    writeHeading(doc, 'Coverage, exclusions and confidence', 2)
    for (const [label, value] of listCoverageLines(view)) writeLabelled(doc, label, value)
    writeHeading(doc, 'Warnings', 2, 30)
    if (view.warnings.length === 0) writeText(doc, 'No warnings.')
    writeBullets(doc, view.warnings)
    writeHeading(doc, 'Scope and method', 2)
    for (const [label, value] of scopeLines(view)) writeLabelled(doc, label, value)
    writeHeading(doc, 'About this method version', 2)
    writeText(doc, `${view.methodName} (${view.methodVersion}). ${PROVENANCE_KEY}`)
    doc.moveDown(0.3)
    for (const rule of view.methodRules)
      writeLabelled(doc, `${rule.rule} ${rule.marker}`, rule.detail)
  },
  buildDocx(view) {
    const lines = (pairs: [string, string][]) =>
      pairs.map(([label, value]) => labelled(label, value))
    const sources = bandSources(view)
    const blocks: DocxBlock[] = [
      heading('Status, total value and band', HeadingLevel.HEADING_2),
      ...lines(listStatusLines(view)),
      table(BAND_HEADER, bandRows(view), { cellFill: (r, c) => bandFill(r, c) }),
      ...(sources ? [note(sources)] : []),
      heading('Coverage, exclusions and confidence', HeadingLevel.HEADING_2),
      ...lines(listCoverageLines(view)),
      ...(view.excluded.length === 0
        ? []
        : [
            table(
              ['Excluded driver', 'Reason', 'Decided by', 'Date', 'Origin'],
              view.excluded.map((e) => [
                e.driverId,
                e.reason,
                e.decidedBy,
                e.decidedAt ?? '—',
                e.origin,
              ]),
            ),
          ]),
      heading('Warnings', HeadingLevel.HEADING_2),
      ...(view.warnings.length === 0
        ? [new Paragraph({ text: 'No warnings.' })]
        : view.warnings.map(bullet)),
      heading('Scope and method', HeadingLevel.HEADING_2),
      ...lines(scopeLines(view)),
      heading('About this method version', HeadingLevel.HEADING_2),
      new Paragraph({ text: `${view.methodName} (${view.methodVersion}). ${PROVENANCE_KEY}` }),
      table(
        ['Rule', 'Provenance', 'Detail'],
        view.methodRules.map((rule) => [rule.rule, rule.marker, rule.detail]),
      ),
    ]
    return blocks
  },
}
