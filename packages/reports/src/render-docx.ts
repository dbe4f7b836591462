/**
 * The "communicate results" deliverable (PAA1) as an editable Word document, built with `docx`:
 * real headings, paragraphs and tables (so assessors can edit it) plus the success profile chart
 * as an image.
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import {
  describeAboutMethod,
  describeCandidates,
  describeHandout,
  describeStatus,
  describeWarnings,
  heading,
  labelled,
  table,
} from './docx-parts.js'
import type { ReportView } from './report-view.js'
import { renderSuccessProfilePng } from './success-profile-chart.js'

/** Options of {@link renderReportDocx}. */
export interface RenderReportDocxOptions {
  /** A pre-rendered chart (PNG, 1600×640); rendered from the view when omitted. */
  chartPng?: Uint8Array
}

/** Renders the report as a DOCX file. */
export async function renderReportDocx(
  view: ReportView,
  options: RenderReportDocxOptions = {},
): Promise<Buffer> {
  const chart = options.chartPng ?? (await renderSuccessProfilePng(view))
  const headline = view.headline
  const cover = [
    new Paragraph({
      text: 'Incident Management Mission Diagnostic — Results',
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({
      text: view.title,
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({ text: view.organization, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: view.imcId ? `IMC ${view.imcId}` : '', alignment: AlignmentType.CENTER }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: headline, bold: true, size: 32 })],
    }),
    ...view.statusReasons.map(
      (reason) => new Paragraph({ text: reason, alignment: AlignmentType.CENTER }),
    ),
    new Paragraph({
      text: `Success threshold: ${view.threshold ?? 'not set'}`,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({
      text: `Method ${view.methodName} (${view.methodVersion}) · state ${view.state} · generated ${view.generatedAt.slice(0, 10)}`,
      alignment: AlignmentType.CENTER,
      pageBreakBefore: false,
    }),
  ]
  const { dates } = view
  const scope = [
    new Paragraph({
      text: '1. Scope and method',
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    labelled('Organization', view.organization),
    labelled('IMC', view.imcId ?? '—'),
    labelled('Teams assessed', view.teams.length > 0 ? view.teams.join(', ') : '—'),
    labelled(
      'Method version',
      `${view.methodName} (${view.methodVersion}), algorithm ${view.algorithmLabel}`,
    ),
    labelled('Scope list', `${view.scope.entries} entries, ${view.scope.interviewed} interviewed`),
    labelled('Documents', `${view.scope.documents} listed, ${view.scope.reviewed} reviewed`),
    labelled('Planned', `${dates.plannedStart ?? '—'} to ${dates.plannedEnd ?? '—'}`),
    labelled('Conducted', `${dates.actualStart ?? '—'} to ${dates.actualEnd ?? '—'}`),
  ]
  const profile = [
    heading('2. Success profile'),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: chart,
          transformation: { width: 600, height: 240 },
          altText: { title: 'Success profile', description: headline, name: 'success-profile' },
        }),
      ],
    }),
  ]
  const total = [
    heading('3. Total value and band'),
    ...describeStatus(view),
    ...(view.differentialBands === null
      ? []
      : [
          labelled(
            'Success differential',
            view.differentialBands > 0
              ? `${view.differentialBands} band(s) below the threshold (${formatScore(view.differentialPoints ?? 0)} points short)`
              : 'meets or exceeds the threshold',
          ),
        ]),
    table(
      ['Band', 'Total value', 'Meaning'],
      view.bands.map((b) => [
        b.label === view.band ? `► ${b.label}` : b.label,
        `${b.min}–${b.max}`,
        b.meaning,
      ]),
    ),
    new Paragraph({
      text: `Band meanings: ${[...new Set(view.bands.map((b) => b.meaningSource).filter(Boolean))].join('; ')}.`,
    }),
    ...describeWarnings(view),
  ]
  const drivers = [
    heading('4. Drivers'),
    ...view.drivers.flatMap((driver) => [
      heading(`${driver.id} ${driver.shortName}`, HeadingLevel.HEADING_2),
      new Paragraph({
        children: [
          new TextRun({ text: driver.question, italics: true }),
          new TextRun({ text: ` ${driver.questionMarker}` }),
        ],
      }),
      labelled(
        'Answer',
        `${driver.answer} · value ${driver.value ?? '—'}${driver.valueMarker ? ` ${driver.valueMarker}` : ''} · contribution ${driver.contribution.toFixed(1)}`,
      ),
      labelled('Confidence', driver.confidence),
      ...(driver.rationale ? [labelled('Rationale', driver.rationale)] : []),
      ...(driver.items.length > 0
        ? [
            table(
              ['Effect', 'Data item'],
              driver.items.map((item) => [item.code, item.text]),
            ),
          ]
        : [new Paragraph({ text: 'No data items.' })]),
    ]),
  ]
  const sensitivity = [
    heading('5. Sensitivity'),
    table(
      ['Driver', 'Answer', 'One step up', 'One step down'],
      view.sensitivity.map((row) => [row.driver, row.answer, row.up, row.down]),
    ),
    ...(view.pathToThreshold ? [new Paragraph({ text: view.pathToThreshold })] : []),
    ...describeCandidates(view),
  ]
  const improvements = [
    heading('6. Improvements'),
    view.improvements.length === 0
      ? new Paragraph({ text: 'No improvements recorded.' })
      : table(
          ['Driver', 'Improvement', 'Owner', 'Due', 'Priority', 'Status'],
          view.improvements.map((i) => [
            i.driverId,
            i.proposal,
            i.owner,
            i.dueDate ?? '—',
            i.priority,
            i.status,
          ]),
        ),
  ]
  const lessons = [
    heading('7. Lessons learned'),
    view.lessons.length === 0
      ? new Paragraph({ text: 'No lessons recorded.' })
      : table(
          ['Category', 'Lesson', 'Author', 'Date'],
          view.lessons.map((l) => [l.category, l.text, l.author, l.date]),
        ),
  ]
  const document = new Document({
    creator: 'IMMD platform',
    title: `IMMD results: ${view.title}`,
    description: `Incident Management Mission Diagnostic results (${view.methodVersion})`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        children: [
          ...cover,
          ...scope,
          ...profile,
          ...total,
          ...drivers,
          ...sensitivity,
          ...improvements,
          ...lessons,
          ...describeAboutMethod(view),
          ...describeHandout(view),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
