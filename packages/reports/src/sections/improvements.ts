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

const listRows = (view: ReportView) =>
  view.improvements.map((i) => [
    i.driverId,
    i.proposal,
    view.t.summary.ownerDue(i.owner, i.dueDate ?? '—'),
    i.priority,
    i.status,
    i.expectedAnswer ?? '—',
  ])

/** The improvements section. */
export const improvementsSection: ReportSection = {
  id: 'improvements',
  title: (t) => t.sections.improvements,
  writePdf(doc, view) {
    const t = view.t.improvements
    if (view.improvements.length === 0) writeText(doc, t.none)
    else writeTable(doc, t.header, listRows(view))
  },
  buildDocx(view) {
    const t = view.t.improvements
    return view.improvements.length === 0 ? [note(t.none)] : [table([...t.header], listRows(view))]
  },
}
