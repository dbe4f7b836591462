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

/** One row per file; a document without files gets one row saying so. */
export function listDocumentRows(view: ReportView): string[][] {
  const t = view.t.documents
  return view.reviewedDocuments.flatMap((document) =>
    document.files.length === 0
      ? [[document.title, document.reviewedAt ?? '—', t.noFile, '—', '—', '—']]
      : document.files.map((file) => [
          document.title,
          document.reviewedAt ?? '—',
          file.fileName ?? t.hidden,
          `v${file.version}`,
          file.sha256 ?? t.hidden,
          t.bytes(view.fmt.number(file.sizeBytes)),
        ]),
  )
}

/** The documents-reviewed section. */
export const documentsReviewedSection: ReportSection = {
  id: 'documents-reviewed',
  title: (t) => t.sections.documentsReviewed,
  writePdf(doc, view) {
    const t = view.t.documents
    if (view.reviewedDocuments.length === 0) return writeText(doc, t.empty)
    writeText(doc, t.intro, { muted: true })
    writeTable(doc, t.header, listDocumentRows(view))
  },
  buildDocx(view) {
    const t = view.t.documents
    if (view.reviewedDocuments.length === 0) return [new Paragraph({ text: t.empty })]
    const blocks: DocxBlock[] = [
      new Paragraph({ text: t.intro }),
      table([...t.header], listDocumentRows(view)),
    ]
    return blocks
  },
}
