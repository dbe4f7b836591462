/**
 * Lessons learned (PAA2): each lesson with its category, author and date.
 *
 * @packageDocumentation
 */
import { note, table } from '../docx-parts.js'
import { writeTable, writeText } from '../pdf-layout.js'
import type { ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

const listRows = (view: ReportView) =>
  view.lessons.map((l) => [l.category, l.text, l.author, l.date])

/** The lessons learned section. */
export const lessonsSection: ReportSection = {
  id: 'lessons',
  title: (t) => t.sections.lessons,
  writePdf(doc, view) {
    const t = view.t.lessons
    if (view.lessons.length === 0) writeText(doc, t.none)
    else writeTable(doc, t.header, listRows(view))
  },
  buildDocx(view) {
    const t = view.t.lessons
    return view.lessons.length === 0 ? [note(t.none)] : [table([...t.header], listRows(view))]
  },
}
