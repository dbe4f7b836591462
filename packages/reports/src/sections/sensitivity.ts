/**
 * Sensitivity: what one step up or down on each answered driver does to the total and band, the
 * path to the threshold, and the A6 next-step candidates.
 *
 * @packageDocumentation
 */
import { Paragraph } from 'docx'
import { bullet, labelled, table } from '../docx-parts.js'
import { writeBullets, writeLabelled, writeTable, writeText } from '../pdf-layout.js'
import type { ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

const listRows = (view: ReportView) =>
  view.sensitivity.map((row) => [row.driver, row.answer, row.up, row.down])

/** The sensitivity section. */
export const sensitivitySection: ReportSection = {
  id: 'sensitivity',
  title: (t) => t.sections.sensitivity,
  writePdf(doc, view) {
    const t = view.t.sensitivity
    writeText(doc, t.intro)
    doc.moveDown(0.3)
    if (view.sensitivity.length > 0) writeTable(doc, t.header, listRows(view))
    if (view.pathToThreshold) writeText(doc, view.pathToThreshold)
    doc.moveDown(0.3)
    writeLabelled(doc, t.candidates, view.candidates.length === 0 ? view.t.common.none : '')
    writeBullets(doc, view.candidates)
  },
  buildDocx(view) {
    const t = view.t.sensitivity
    return [
      new Paragraph({ text: t.intro }),
      ...(view.sensitivity.length > 0 ? [table([...t.header], listRows(view))] : []),
      ...(view.pathToThreshold ? [new Paragraph({ text: view.pathToThreshold })] : []),
      labelled(t.candidates, view.candidates.length === 0 ? view.t.common.none : ''),
      ...view.candidates.map(bullet),
    ]
  },
}
