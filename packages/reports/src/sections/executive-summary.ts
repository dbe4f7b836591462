/**
 * The one-page executive summary that opens the report: title block, status and headline, the
 * success profile chart (current potential against the threshold), the driver chart with driver
 * names, the three strongest and weakest drivers with one line of evidence each, and the
 * recommended next steps.
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx'
import { bullet, DOCX_CONTENT_WIDTH, heading, note, table } from '../docx-parts.js'
import {
  contentWidth,
  PAGE_MARGINS,
  writeBullets,
  writeHeading,
  writeTable,
} from '../pdf-layout.js'
import { docxColor, REPORT_COLOURS, REPORT_TYPE, statusColour } from '../report-design.js'
import type { ReportSection } from '../report-section.js'
import { buildExecutiveSummary, type SummaryDriver } from '../report-summary.js'
import type { ReportView } from '../report-view.js'

/** `Results for the sponsor · Zürich Example AG · IMC zrh-imc · immd-1.0 · 2026-05-01`. */
function describeSubtitle(view: ReportView): string {
  return [
    view.organization,
    view.imcId ? `IMC ${view.imcId}` : null,
    `method ${view.methodVersion}`,
    `state ${view.state}`,
    `generated ${view.generatedAt.slice(0, 10)}`,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** `Current potential: High (70.0) · Threshold: High · meets the threshold`. */
function describePosition(view: ReportView): string {
  const current =
    view.band ??
    (view.indicativeBand ? `${view.indicativeBand} (indicative, not final)` : 'no band')
  const total = view.total === null ? '' : ` (${formatScore(view.total)})`
  const differential =
    view.differentialBands === null
      ? ''
      : view.differentialBands > 0
        ? ` · ${view.differentialBands} band(s) below the threshold`
        : view.status === 'final'
          ? ' · meets the threshold'
          : ' · would meet the threshold'
  return `Current potential: ${current}${total} · Success threshold: ${view.threshold ?? 'not set'}${differential}`
}

const describeDriver = (driver: SummaryDriver) =>
  `${driver.id} ${driver.shortName} — ${driver.answer} (${driver.value})\n${driver.evidence}`

function pairDrivers(view: ReportView): string[][] {
  const { strongest, weakest } = buildExecutiveSummary(view)
  const rows = Math.max(strongest.length, weakest.length, 1)
  return Array.from({ length: rows }, (_, i) => [
    strongest[i] ? describeDriver(strongest[i]) : i === 0 ? 'No driver scored yet.' : '',
    weakest[i] ? describeDriver(weakest[i]) : i === 0 ? 'No other driver scored yet.' : '',
  ])
}

function writePdf(
  doc: PDFKit.PDFDocument,
  view: ReportView,
  assets: Parameters<ReportSection['writePdf']>[2],
): void {
  const width = contentWidth(doc)
  const left = PAGE_MARGINS.left
  doc.y = PAGE_MARGINS.top
  doc.font('bold').fontSize(REPORT_TYPE.small).fillColor(REPORT_COLOURS.muted)
  doc.text('Incident Management Mission Diagnostic · Executive summary', left, doc.y, { width })
  doc
    .moveDown(0.2)
    .fontSize(REPORT_TYPE.title)
    .fillColor(REPORT_COLOURS.navy)
    .text(view.title, { width })
  doc.font('body').fontSize(REPORT_TYPE.body).fillColor(REPORT_COLOURS.muted)
  doc.text(describeSubtitle(view), { width })
  doc.moveDown(0.6)
  // Status badge, then the headline beside it.
  const badge = view.status.toUpperCase()
  doc.font('bold').fontSize(REPORT_TYPE.body)
  const badgeWidth = doc.widthOfString(badge) + 14
  const top = doc.y
  doc.roundedRect(left, top, badgeWidth, 17, 3).fill(statusColour(view.status))
  doc.fillColor('#ffffff').text(badge, left + 7, top + 4, { lineBreak: false })
  doc.font('bold').fontSize(12).fillColor(REPORT_COLOURS.ink)
  doc.text(view.headline, left + badgeWidth + 8, top + 2, { width: width - badgeWidth - 8 })
  doc.x = left
  doc.y = Math.max(doc.y, top + 20)
  doc.moveDown(0.2)
  doc.font('body').fontSize(REPORT_TYPE.body).fillColor(REPORT_COLOURS.muted)
  for (const reason of view.statusReasons) doc.text(reason, { width })
  doc.fillColor(REPORT_COLOURS.ink).text(describePosition(view), { width })
  doc.moveDown(0.4)
  const profileHeight = (width * assets.profileChart.height) / assets.profileChart.width
  doc.image(Buffer.from(assets.profileChart.png), left, doc.y, { width })
  doc.y += profileHeight + 2
  writeHeading(doc, 'Drivers at a glance', 2, 0)
  const driverHeight = (width * assets.driverChart.height) / assets.driverChart.width
  doc.image(Buffer.from(assets.driverChart.png), left, doc.y, { width })
  doc.y += driverHeight + 4
  writeTable(doc, ['Three strongest drivers', 'Three weakest drivers'], pairDrivers(view), {
    widths: [width / 2, width / 2],
    fontSize: REPORT_TYPE.small + 0.5,
  })
  writeHeading(doc, 'Recommended next steps', 2, 30)
  writeBullets(doc, buildExecutiveSummary(view).nextSteps)
}

function buildDocx(view: ReportView, assets: Parameters<ReportSection['buildDocx']>[1]) {
  const imageWidth = 620
  const image = (
    chart: { png: Uint8Array; width: number; height: number },
    name: string,
    description: string,
  ) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: {
            width: imageWidth,
            height: Math.round((imageWidth * chart.height) / chart.width),
          },
          altText: { title: name, description, name },
        }),
      ],
    })
  return [
    new Paragraph({
      children: [
        new TextRun({
          text: 'Incident Management Mission Diagnostic · Executive summary',
          bold: true,
          size: REPORT_TYPE.small * 2,
          color: docxColor(REPORT_COLOURS.muted),
        }),
      ],
    }),
    new Paragraph({ text: view.title, heading: HeadingLevel.TITLE }),
    note(describeSubtitle(view)),
    new Paragraph({
      children: [
        new TextRun({
          text: ` ${view.status.toUpperCase()} `,
          bold: true,
          color: 'ffffff',
          shading: { type: 'clear', color: 'auto', fill: docxColor(statusColour(view.status)) },
        }),
        new TextRun({ text: `  ${view.headline}`, bold: true, size: 24 }),
      ],
    }),
    ...view.statusReasons.map(note),
    new Paragraph({ text: describePosition(view) }),
    image(assets.profileChart, 'Success profile', describePosition(view)),
    heading('Drivers at a glance', HeadingLevel.HEADING_2),
    image(assets.driverChart, 'Driver chart', 'Each driver’s value, answer and the total'),
    table(['Three strongest drivers', 'Three weakest drivers'], pairDrivers(view), {
      widths: [DOCX_CONTENT_WIDTH / 2, DOCX_CONTENT_WIDTH / 2],
    }),
    heading('Recommended next steps', HeadingLevel.HEADING_2),
    ...buildExecutiveSummary(view).nextSteps.map(bullet),
  ]
}

/** The executive summary (first page, not numbered). */
export const executiveSummarySection: ReportSection = {
  id: 'executive-summary',
  title: 'Executive summary',
  numbered: false,
  showTitle: false,
  writePdf,
  buildDocx,
}
