/**
 * Improvements (A6): each agreed or proposed improvement with its driver, owner, due date,
 * priority, status and expected answer.
 *
 * @packageDocumentation
 */
import { note, table } from '../docx-parts.js'
import { writeTable, writeText } from '../pdf-layout.js'
import type { ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

const HEADER = ['Driver', 'Improvement', 'Owner · due', 'Priority', 'Status', 'Expected answer']
const NONE = 'No improvements recorded.'

const listRows = (view: ReportView) =>
  view.improvements.map((i) => [
    i.driverId,
    i.proposal,
    `Owner ${i.owner} · due ${i.dueDate ?? '—'}`,
    i.priority,
    i.status,
    i.expectedAnswer ?? '—',
  ])

/** The improvements section. */
export const improvementsSection: ReportSection = {
  id: 'improvements',
  title: 'Improvements',
  writePdf(doc, view) {
    if (view.improvements.length === 0) writeText(doc, NONE)
    else writeTable(doc, HEADER, listRows(view))
  },
  buildDocx(view) {
    return view.improvements.length === 0 ? [note(NONE)] : [table(HEADER, listRows(view))]
  },
}
