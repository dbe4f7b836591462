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

const HEADER = ['Driver', 'Answer', 'One step up', 'One step down']
const INTRO = 'What one step up or down on each answered driver would do to the total and band:'
const CANDIDATES = 'Next-step candidates for A6 (weakest first)'

const listRows = (view: ReportView) =>
  view.sensitivity.map((row) => [row.driver, row.answer, row.up, row.down])

/** The sensitivity section. */
export const sensitivitySection: ReportSection = {
  id: 'sensitivity',
  title: 'Sensitivity',
  writePdf(doc, view) {
    writeText(doc, INTRO)
    doc.moveDown(0.3)
    if (view.sensitivity.length > 0) writeTable(doc, HEADER, listRows(view))
    if (view.pathToThreshold) writeText(doc, view.pathToThreshold)
    doc.moveDown(0.3)
    writeLabelled(doc, CANDIDATES, view.candidates.length === 0 ? 'none' : '')
    writeBullets(doc, view.candidates)
  },
  buildDocx(view) {
    return [
      new Paragraph({ text: INTRO }),
      ...(view.sensitivity.length > 0 ? [table(HEADER, listRows(view))] : []),
      ...(view.pathToThreshold ? [new Paragraph({ text: view.pathToThreshold })] : []),
      labelled(CANDIDATES, view.candidates.length === 0 ? 'none' : ''),
      ...view.candidates.map(bullet),
    ]
  },
}
