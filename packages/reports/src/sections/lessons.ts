/**
 * Lessons learned (PAA2): each lesson with its category, author and date.
 *
 * @packageDocumentation
 */
import { note, table } from '../docx-parts.js'
import { writeTable, writeText } from '../pdf-layout.js'
import type { ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

const HEADER = ['Category', 'Lesson', 'Author', 'Date']
const NONE = 'No lessons recorded.'

const listRows = (view: ReportView) =>
  view.lessons.map((l) => [l.category, l.text, l.author, l.date])

/** The lessons learned section. */
export const lessonsSection: ReportSection = {
  id: 'lessons',
  title: 'Lessons learned',
  writePdf(doc, view) {
    if (view.lessons.length === 0) writeText(doc, NONE)
    else writeTable(doc, HEADER, listRows(view))
  },
  buildDocx(view) {
    return view.lessons.length === 0 ? [note(NONE)] : [table(HEADER, listRows(view))]
  },
}
