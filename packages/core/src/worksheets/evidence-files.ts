/**
 * Evidence file versions as the transfer document lists them, under their document or data item
 * (see `declare-worksheet.ts`). Not a worksheet: a nested list of two of them.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { ACCOUNT, BOOKKEEPING, CHILD, declareWorksheet } from './declare-worksheet.js'
import { column } from './transfer-columns.js'

/**
 * One version of an evidence file. `contentBase64` carries the bytes when the export was asked to
 * include files (`includeFiles`); it is null for a deleted version and absent otherwise. An
 * import checks every carried file's size and SHA-256 before it writes anything.
 */
export const evidenceFiles = declareWorksheet({
  model: 'EvidenceFile',
  section: 'documents.files',
  methodWorksheets: [],
  columns: {
    version: column.as(z.number().int().min(1)),
    fileName: column.as(z.string().max(255)),
    mediaType: column.as(z.string().max(200)),
    sizeBytes: column.as(z.number().int().min(0)),
    sha256: column.as(z.string().regex(/^[0-9a-f]{64}$/)),
    tlp: column.as(z.string().max(20)),
    uploadedAt: column.requiredDate(),
    deletedAt: column.date(),
    deleteReason: column.as(z.string().max(2000).nullable()),
  },
  extra: {
    /** The bytes, base64: written by hand because only an export with `includeFiles` reads them. */
    contentBase64: z.string().nullable().optional(),
  },
  renamed: { content: 'contentBase64' },
  notTransferred: {
    id: BOOKKEEPING.id,
    engagementId: CHILD.engagementId,
    documentId: 'the file sits under its document (or data item: `dataItems.files`)',
    dataItemId: 'the file sits under its data item (or document: `documents.files`)',
    uploadedById: ACCOUNT,
    deletedById: ACCOUNT,
  },
})

/** A row's evidence files: every version, metadata always (optional for older documents). */
export const evidenceFileList = z.array(evidenceFiles.rowSchema).max(1000).optional()
