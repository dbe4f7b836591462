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
  const t = view.t.summary
  return [
    view.organization,
    view.imcId ? t.imc(view.imcId) : null,
    t.method(view.methodVersion),
    t.state(view.t.states[view.state as keyof ReportView['t']['states']] ?? view.state),
    t.generated(view.fmt.date(view.generatedAt) ?? ''),
  ]
    .filter(Boolean)
    .join(' · ')
}

/** `Current potential: High (70.0) · Threshold: High · meets the threshold`. */
function describePosition(view: ReportView): string {
  const t = view.t.summary
  const current =
    view.band ?? (view.indicativeBand ? t.indicative(view.indicativeBand) : view.t.common.noBand)
  const total = view.total === null ? '' : ` (${view.fmt.number(Number(formatScore(view.total)))})`
  const differential =
    view.differentialBands === null
      ? ''
      : view.differentialBands > 0
        ? t.bandsBelow(view.differentialBands)
        : view.status === 'final'
          ? t.meets
          : t.wouldMeet
  return t.position(`${current}${total}`, view.threshold ?? view.t.common.notSet, differential)
}

const describeDriver = (view: ReportView, driver: SummaryDriver) =>
  `${driver.id} ${driver.shortName} — ${driver.answer} (${view.fmt.number(driver.value)})\n${driver.evidence}`

function pairDrivers(view: ReportView): string[][] {
  const t = view.t.summary
  const { strongest, weakest } = buildExecutiveSummary(view)
  const rows = Math.max(strongest.length, weakest.length, 1)
  return Array.from({ length: rows }, (_, i) => [
    strongest[i] ? describeDriver(view, strongest[i]) : i === 0 ? t.noDriverScored : '',
    weakest[i] ? describeDriver(view, weakest[i]) : i === 0 ? t.noOtherDriverScored : '',
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
  doc.text(view.t.summary.kicker, left, doc.y, { width })
  doc
    .moveDown(0.2)
    .fontSize(REPORT_TYPE.title)
    .fillColor(REPORT_COLOURS.navy)
    .text(view.title, { width })
  doc.font('body').fontSize(REPORT_TYPE.body).fillColor(REPORT_COLOURS.muted)
  doc.text(describeSubtitle(view), { width })
  doc.moveDown(0.6)
  // Status badge, then the headline beside it.
  const badge =
    view.t.status[view.status as keyof ReportView['t']['status']] ?? view.status.toUpperCase()
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
  writeHeading(doc, view.t.summary.driversAtAGlance, 2, 0)
  const driverHeight = (width * assets.driverChart.height) / assets.driverChart.width
  doc.image(Buffer.from(assets.driverChart.png), left, doc.y, { width })
  doc.y += driverHeight + 4
  writeTable(doc, [view.t.summary.strongest, view.t.summary.weakest], pairDrivers(view), {
    widths: [width / 2, width / 2],
    fontSize: REPORT_TYPE.small + 0.5,
  })
  writeHeading(doc, view.t.summary.nextSteps, 2, 30)
  writeBullets(doc, buildExecutiveSummary(view).nextSteps)
}

function buildDocx(view: ReportView, assets: Parameters<ReportSection['buildDocx']>[1]) {
  const t = view.t.summary
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
          text: t.kicker,
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
          text: ` ${view.t.status[view.status as keyof ReportView['t']['status']] ?? view.status.toUpperCase()} `,
          bold: true,
          color: 'ffffff',
          shading: { type: 'clear', color: 'auto', fill: docxColor(statusColour(view.status)) },
        }),
        new TextRun({ text: `  ${view.headline}`, bold: true, size: 24 }),
      ],
    }),
    ...view.statusReasons.map(note),
    new Paragraph({ text: describePosition(view) }),
    image(assets.profileChart, t.profileChartName, describePosition(view)),
    heading(t.driversAtAGlance, HeadingLevel.HEADING_2),
    image(assets.driverChart, t.driverChartName, t.driverChartDescription),
    table([t.strongest, t.weakest], pairDrivers(view), {
      widths: [DOCX_CONTENT_WIDTH / 2, DOCX_CONTENT_WIDTH / 2],
    }),
    heading(t.nextSteps, HeadingLevel.HEADING_2),
    ...buildExecutiveSummary(view).nextSteps.map(bullet),
  ]
}

/** The executive summary (first page, not numbered). */
export const executiveSummarySection: ReportSection = {
  id: 'executive-summary',
  title: (t) => t.summary.title,
  numbered: false,
  showTitle: false,
  writePdf,
  buildDocx,
}
