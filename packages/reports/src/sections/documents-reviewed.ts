/**
 * Documents reviewed: each reviewed document (A2) with its live evidence files, so a reader can
 * check that the file they hold is the one the assessors read (file name, version, full SHA-256,
 * size). A document without a file says so. Name and hash stay hidden when the API hid them from
 * the reader (TLP:AMBER/RED outside the engagement team).
 *
 * @packageDocumentation
 */
import { Paragraph } from 'docx'
import { table } from '../docx-parts.js'
import { writeTable, writeText } from '../pdf-layout.js'
import type { DocxBlock, ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

const HEADER = ['Document', 'Reviewed', 'File', 'Version', 'SHA-256', 'Size']
const HIDDEN = 'hidden (TLP)'

/** One row per file; a document without files gets one row saying so. */
export function listDocumentRows(view: ReportView): string[][] {
  return view.reviewedDocuments.flatMap((document) =>
    document.files.length === 0
      ? [[document.title, document.reviewedAt ?? '—', 'no file attached', '—', '—', '—']]
      : document.files.map((file) => [
          document.title,
          document.reviewedAt ?? '—',
          file.fileName ?? HIDDEN,
          `v${file.version}`,
          file.sha256 ?? HIDDEN,
          `${file.sizeBytes} bytes`,
        ]),
  )
}

const EMPTY = 'No document has been reviewed.'
const INTRO =
  'Each reviewed document with its current evidence file(s). The SHA-256 identifies the exact content the assessors read.'

/** The documents-reviewed section. */
export const documentsReviewedSection: ReportSection = {
  id: 'documents-reviewed',
  title: 'Documents reviewed',
  writePdf(doc, view) {
    if (view.reviewedDocuments.length === 0) return writeText(doc, EMPTY)
    writeText(doc, INTRO, { muted: true })
    writeTable(doc, HEADER, listDocumentRows(view))
  },
  buildDocx(view) {
    if (view.reviewedDocuments.length === 0) return [new Paragraph({ text: EMPTY })]
    const blocks: DocxBlock[] = [
      new Paragraph({ text: INTRO }),
      table(HEADER, listDocumentRows(view)),
    ]
    return blocks
  },
}
