/**
 * Building blocks of the DOCX deliverable (headings, labelled lines, tables) and the sections that
 * say how far the result can be trusted: status, exclusions, warnings, candidates and "About this
 * method version".
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { ReportView } from './report-view.js'

/** A heading paragraph (level 1 by default). */
export const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) => new Paragraph({ text, heading: level })

/** `Label: value` with a bold label. */
export const labelled = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })

/** A full-width table with a bold header row. */
export function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  })
}

/** Status, reasons, final or indicative band, algorithm, cap, exclusions and thin evidence. */
export function describeStatus(view: ReportView): (Paragraph | Table)[] {
  return [
    labelled('Status', view.status),
    ...view.statusReasons.map((reason) => new Paragraph({ text: reason })),
    labelled('Total value', view.total === null ? 'not scored' : formatScore(view.total)),
    labelled('Band', view.band ?? 'no final band'),
    ...(view.indicativeBand ? [labelled('Indicative band (not final)', view.indicativeBand)] : []),
    labelled('Algorithm', view.algorithmLabel),
    ...(view.cap ? [labelled('Cap', view.cap)] : []),
    labelled('Derivation', view.derivation),
    view.excluded.length === 0
      ? labelled('Excluded drivers', 'none')
      : table(
          ['Excluded driver', 'Reason', 'Decided by', 'Date', 'Origin'],
          view.excluded.map((e) => [
            e.driverId,
            e.reason,
            e.decidedBy,
            e.decidedAt ?? '—',
            e.origin,
          ]),
        ),
    ...(view.thinEvidence ? [labelled('Confidence', view.thinEvidence)] : []),
  ]
}

/** Every warning of the result. */
export function describeWarnings(view: ReportView): Paragraph[] {
  return [
    heading('Warnings'),
    ...(view.warnings.length === 0
      ? [new Paragraph({ text: 'No warnings.' })]
      : view.warnings.map((warning) => new Paragraph({ text: `• ${warning}` }))),
  ]
}

/** The A6 next-step candidates, weakest first. */
export function describeCandidates(view: ReportView): Paragraph[] {
  return [
    labelled('Next-step candidates for A6 (weakest first)', view.candidates.length ? '' : 'none'),
    ...view.candidates.map((candidate) => new Paragraph({ text: `• ${candidate}` })),
  ]
}

/** "About this method version": each rule with its provenance marker. */
export function describeAboutMethod(view: ReportView): (Paragraph | Table)[] {
  return [
    heading('About this method version'),
    new Paragraph({
      text:
        `${view.methodName} (${view.methodVersion}). [SEI source]: read in an SEI/CERT source; ` +
        '[reconstructed]: our reconstruction, not SEI text; [platform default]: a rule of this platform.',
    }),
    table(
      ['Rule', 'Provenance', 'Detail'],
      view.methodRules.map((rule) => [rule.rule, rule.marker, rule.detail]),
    ),
  ]
}

/** The interview handout: each question with things to consider, then the answer criteria. */
export function describeHandout(view: ReportView): (Paragraph | Table)[] {
  return [
    heading('Interview handout'),
    ...view.handout.drivers.flatMap((driver) => [
      heading(`${driver.id} ${driver.shortName}`, HeadingLevel.HEADING_2),
      new Paragraph({ text: `${driver.question.text} ${driver.question.marker}` }),
      ...driver.prompts.map(
        (prompt) => new Paragraph({ text: `• ${prompt.text} ${prompt.marker}` }),
      ),
    ]),
    heading('Answer criteria', HeadingLevel.HEADING_2),
    table(
      ['Answer', 'Criteria', 'Provenance'],
      view.handout.answers.map((answer) => [
        answer.label,
        answer.criteria?.text ?? 'No criteria recorded.',
        answer.criteria?.marker ?? '',
      ]),
    ),
  ]
}
