/**
 * The "communicate results" deliverable (PAA1) as PDF, drawn with pdfkit: cover, scope and method
 * version, success profile chart, status, total and band (a band only when final) with its
 * derivation, exclusions and warnings, every driver with answer, value, confidence, rationale items
 * and provenance markers, sensitivity with A6 candidates, improvements, lessons learned, and "About
 * this method version".
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import PDFDocument from 'pdfkit'
import { readReportFonts } from './fonts.js'
import type { ReportView } from './report-view.js'
import { renderSuccessProfilePng } from './success-profile-chart.js'

const MARGIN = 56

/** Options of {@link renderReportPdf}. */
export interface RenderReportPdfOptions {
  /** A pre-rendered chart (PNG); rendered from the view when omitted. */
  chartPng?: Uint8Array
}

/** Renders the report as a PDF file. */
export async function renderReportPdf(
  view: ReportView,
  options: RenderReportPdfOptions = {},
): Promise<Buffer> {
  const chart = options.chartPng ?? (await renderSuccessProfilePng(view))
  const fonts = readReportFonts()
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `IMMD results: ${view.title}`,
      Author: view.organization,
      Subject: `Incident Management Mission Diagnostic (${view.methodVersion})`,
      Keywords: 'IMMD, incident management, mission diagnostic',
    },
  })
  doc.registerFont('body', fonts.regular)
  doc.registerFont('bold', fonts.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  writeCover(doc, view)
  doc.addPage()
  writeScope(doc, view)
  heading(doc, '2. Success profile')
  doc.image(Buffer.from(chart), { fit: [doc.page.width - 2 * MARGIN, 220], align: 'center' })
  doc.moveDown(0.5)
  writeTotal(doc, view)
  writeWarnings(doc, view)
  writeDrivers(doc, view)
  writeSensitivity(doc, view)
  writeImprovements(doc, view)
  writeLessons(doc, view)
  writeAboutMethod(doc, view)
  writeHandout(doc, view)
  doc.end()
  return done
}

type Doc = PDFKit.PDFDocument

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage()
  doc.moveDown(0.8).font('bold').fontSize(15).fillColor('#1f4e79').text(text)
  doc.moveDown(0.3).font('body').fontSize(10).fillColor('#000000')
}

function line(doc: Doc, label: string, value: string): void {
  doc.font('bold').fontSize(10).text(`${label}: `, { continued: true })
  doc.font('body').text(value)
}

function writeCover(doc: Doc, view: ReportView): void {
  doc.moveDown(6).font('bold').fontSize(12).fillColor('#555555')
  doc.text('Incident Management Mission Diagnostic — Results', { align: 'center' })
  doc.moveDown(1).fontSize(24).fillColor('#1f4e79').text(view.title, { align: 'center' })
  doc.moveDown(0.5).font('body').fontSize(14).fillColor('#000000')
  doc.text(view.organization, { align: 'center' })
  if (view.imcId) doc.text(`IMC ${view.imcId}`, { align: 'center' })
  doc.moveDown(3).font('bold').fontSize(18)
  doc.text(view.headline, { align: 'center' })
  doc.moveDown(0.3).font('body').fontSize(11)
  for (const reason of view.statusReasons) doc.text(reason, { align: 'center' })
  doc.moveDown(0.5).font('body').fontSize(12)
  doc.text(`Success threshold: ${view.threshold ?? 'not set'}`, { align: 'center' })
  doc.moveDown(8).fontSize(10).fillColor('#555555')
  doc.text(`Method ${view.methodName} (${view.methodVersion}) · state ${view.state}`, {
    align: 'center',
  })
  doc.text(`Generated ${view.generatedAt.slice(0, 10)}`, { align: 'center' })
  doc.fillColor('#000000')
}

function writeScope(doc: Doc, view: ReportView): void {
  heading(doc, '1. Scope and method')
  line(doc, 'Organization', view.organization)
  line(doc, 'IMC', view.imcId ?? '—')
  line(doc, 'Teams assessed', view.teams.length > 0 ? view.teams.join(', ') : '—')
  line(
    doc,
    'Method version',
    `${view.methodName} (${view.methodVersion}), algorithm ${view.algorithmLabel}`,
  )
  line(doc, 'Scope list', `${view.scope.entries} entries, ${view.scope.interviewed} interviewed`)
  line(doc, 'Documents', `${view.scope.documents} listed, ${view.scope.reviewed} reviewed`)
  const { dates } = view
  line(doc, 'Planned', `${dates.plannedStart ?? '—'} to ${dates.plannedEnd ?? '—'}`)
  line(doc, 'Conducted', `${dates.actualStart ?? '—'} to ${dates.actualEnd ?? '—'}`)
}

function writeTotal(doc: Doc, view: ReportView): void {
  heading(doc, '3. Total value and band')
  line(doc, 'Status', view.status)
  for (const reason of view.statusReasons) doc.text(`   ${reason}`)
  line(doc, 'Total value', view.total === null ? 'not scored' : formatScore(view.total))
  line(doc, 'Band', view.band ?? 'no final band')
  if (view.indicativeBand) line(doc, 'Indicative band (not final)', view.indicativeBand)
  line(doc, 'Algorithm', view.algorithmLabel)
  if (view.cap) line(doc, 'Cap', view.cap)
  line(doc, 'Derivation', view.derivation)
  line(
    doc,
    'Excluded drivers',
    view.excluded.length === 0
      ? 'none'
      : view.excluded
          .map(
            (e) =>
              `${e.driverId}: ${e.reason} (decided by ${e.decidedBy}${e.decidedAt ? `, ${e.decidedAt}` : ''}; ${e.origin})`,
          )
          .join('; '),
  )
  if (view.thinEvidence) line(doc, 'Confidence', view.thinEvidence)
  if (view.differentialBands !== null) {
    const gap =
      view.differentialBands > 0
        ? `${view.differentialBands} band(s) below the threshold (${formatScore(view.differentialPoints ?? 0)} points short)`
        : 'meets or exceeds the threshold'
    line(doc, 'Success differential', gap)
  }
  if (!view.complete) line(doc, 'Not answered yet', view.missing.join(', '))
  doc.moveDown(0.5)
  for (const band of view.bands) {
    const marker = band.label === view.band ? '► ' : '   '
    doc.font(band.label === view.band ? 'bold' : 'body')
    doc.text(`${marker}${band.label} (${band.min}–${band.max}): ${band.meaning}`)
  }
  doc.font('body')
  const sources = [...new Set(view.bands.map((band) => band.meaningSource).filter(Boolean))]
  if (sources.length > 0) doc.fillColor('#555555').text(`Band meanings: ${sources.join('; ')}.`)
  doc.fillColor('#000000')
}

function writeWarnings(doc: Doc, view: ReportView): void {
  heading(doc, 'Warnings')
  if (view.warnings.length === 0) doc.text('No warnings.')
  for (const warning of view.warnings) doc.text(`• ${warning}`)
}

function writeAboutMethod(doc: Doc, view: ReportView): void {
  heading(doc, 'About this method version')
  doc.text(
    `${view.methodName} (${view.methodVersion}). [SEI source]: read in an SEI/CERT source; ` +
      '[reconstructed]: our reconstruction, not SEI text; [platform default]: a rule of this platform.',
  )
  doc.moveDown(0.3)
  for (const rule of view.methodRules) {
    doc.font('bold').text(`${rule.rule} ${rule.marker}: `, { continued: true })
    doc.font('body').text(rule.detail)
  }
}

function writeHandout(doc: Doc, view: ReportView): void {
  heading(doc, 'Interview handout')
  for (const driver of view.handout.drivers) {
    doc.moveDown(0.3).font('bold').text(`${driver.id} ${driver.shortName}`)
    doc.font('body').text(`${driver.question.text} ${driver.question.marker}`)
    for (const prompt of driver.prompts) doc.text(`   • ${prompt.text} ${prompt.marker}`)
  }
  doc.moveDown(0.3).font('bold').text('Answer criteria')
  for (const answer of view.handout.answers) {
    doc.font('bold').text(`${answer.label}: `, { continued: true })
    doc
      .font('body')
      .text(
        answer.criteria
          ? `${answer.criteria.text} ${answer.criteria.marker}`
          : 'No criteria recorded.',
      )
  }
}

function writeDrivers(doc: Doc, view: ReportView): void {
  heading(doc, '4. Drivers')
  for (const driver of view.drivers) {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage()
    doc.moveDown(0.4).font('bold').fontSize(11)
    doc.text(`${driver.id} ${driver.shortName}`)
    doc.font('body').fontSize(10).fillColor('#444444')
    doc.text(`${driver.question} ${driver.questionMarker}`).fillColor('#000000')
    line(
      doc,
      'Answer',
      `${driver.answer} · value ${driver.value ?? '—'}${driver.valueMarker ? ` ${driver.valueMarker}` : ''} · weight ${(driver.weight * 100).toFixed(1)}% · contribution ${driver.contribution.toFixed(1)}`,
    )
    line(doc, 'Confidence', driver.confidence)
    if (driver.rationale) line(doc, 'Rationale', driver.rationale)
    for (const item of driver.items) doc.text(`   ${item.code}  ${item.text}`)
    if (driver.items.length === 0)
      doc.fillColor('#777777').text('   no data items').fillColor('#000000')
  }
}

function writeSensitivity(doc: Doc, view: ReportView): void {
  heading(doc, '5. Sensitivity')
  doc.text('What one step up or down on each answered driver would do to the total and band:')
  doc.moveDown(0.3)
  for (const row of view.sensitivity) {
    doc.text(`${row.driver} (${row.answer}) · up ${row.up} · down ${row.down}`)
  }
  if (view.pathToThreshold) doc.moveDown(0.3).text(view.pathToThreshold)
  doc.moveDown(0.3).font('bold').text('Next-step candidates for A6 (weakest first):')
  doc.font('body')
  if (view.candidates.length === 0) doc.text('none')
  for (const candidate of view.candidates) doc.text(`• ${candidate}`)
}

function writeImprovements(doc: Doc, view: ReportView): void {
  heading(doc, '6. Improvements')
  if (view.improvements.length === 0) doc.text('No improvements recorded.')
  for (const improvement of view.improvements) {
    doc.moveDown(0.3).font('bold').text(`${improvement.driverId} · ${improvement.proposal}`)
    doc.font('body')
    doc.text(
      `Owner ${improvement.owner} · due ${improvement.dueDate ?? '—'} · priority ${improvement.priority} · status ${improvement.status}` +
        (improvement.expectedAnswer ? ` · expected answer ${improvement.expectedAnswer}` : ''),
    )
  }
}

function writeLessons(doc: Doc, view: ReportView): void {
  heading(doc, '7. Lessons learned')
  if (view.lessons.length === 0) doc.text('No lessons recorded.')
  for (const lesson of view.lessons) {
    doc.moveDown(0.2).text(`[${lesson.category}] ${lesson.text} (${lesson.author}, ${lesson.date})`)
  }
}
