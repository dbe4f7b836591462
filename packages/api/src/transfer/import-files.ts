/**
 * Evidence files carried by a transfer document (`engagementExport(includeFiles: true)`): every
 * version is decoded and checked (size cap, declared size, SHA-256, accepted type sniffed from the
 * content) before the import writes anything, so a bad file refuses the whole import with a typed
 * error naming it and nothing is half-written. Documents exported without files keep their
 * documents and data items; no file rows are created from metadata alone.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import type { ApiTransaction } from '../database.js'
import { ValidationError, type ValidationIssue } from '../errors.js'
import type { EvidenceOptions } from '../evidence/evidence-options.js'
import { sniffMediaType } from '../evidence/sniff-media-type.js'
import type { TransferDocument, TransferEvidenceFile } from './transfer-format.js'

/** A file version ready to insert. */
export interface PreparedFile {
  metadata: Omit<TransferEvidenceFile, 'contentBase64'>
  content: Uint8Array<ArrayBuffer> | null
  mediaType: string
}

/** Prepared files per owner index. */
export interface PreparedFiles {
  documents: Map<number, PreparedFile[]>
  dataItems: Map<number, PreparedFile[]>
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function prepareFile(
  file: TransferEvidenceFile,
  path: string,
  options: EvidenceOptions,
  issues: ValidationIssue[],
): PreparedFile | null {
  const { contentBase64, ...metadata } = file
  const refuse = (message: string) => {
    issues.push({ path, message: `${file.fileName} (version ${file.version}): ${message}` })
    return null
  }
  if (contentBase64 === null || contentBase64 === undefined) {
    if (file.deletedAt) return { metadata, content: null, mediaType: file.mediaType }
    return refuse('the document says files are included, but this version has no content.')
  }
  if (file.deletedAt) return refuse('a deleted version cannot carry content.')
  if (!BASE64.test(contentBase64) || contentBase64.length % 4 !== 0) {
    return refuse('contentBase64 is not valid base64.')
  }
  // Decoded size from the text, before decoding a forged giant.
  const decodedSize = (contentBase64.length / 4) * 3 - (contentBase64.match(/=+$/)?.[0].length ?? 0)
  if (decodedSize > options.maxBytes) {
    return refuse(`${decodedSize} bytes is over the ${options.maxBytes}-byte limit.`)
  }
  const content = new Uint8Array(Buffer.from(contentBase64, 'base64'))
  if (content.byteLength === 0) return refuse('the file is empty.')
  if (content.byteLength !== file.sizeBytes) {
    return refuse(`its content is ${content.byteLength} bytes, not the ${file.sizeBytes} declared.`)
  }
  const sha256 = createHash('sha256').update(content).digest('hex')
  if (sha256 !== file.sha256) {
    return refuse(`its content's SHA-256 is ${sha256}, not the ${file.sha256} declared.`)
  }
  const mediaType = sniffMediaType(content)
  if (!options.allowedTypes.includes(mediaType)) {
    return refuse(`its content is ${mediaType}, which this instance does not accept.`)
  }
  return { metadata, content, mediaType }
}

/**
 * Checks every carried file of the document; throws one ValidationError listing each refused file
 * (path and name). Returns nothing to insert when the document does not include files.
 */
export function prepareTransferFiles(
  document: TransferDocument,
  options: EvidenceOptions,
): PreparedFiles {
  const prepared: PreparedFiles = { documents: new Map(), dataItems: new Map() }
  if (document.evidenceFiles?.included !== true) return prepared
  const issues: ValidationIssue[] = []
  const owners = [
    ['documents', document.engagement.documents, prepared.documents],
    ['dataItems', document.engagement.dataItems, prepared.dataItems],
  ] as const
  for (const [list, rows, target] of owners) {
    rows.forEach((row, index) => {
      const files = (row.files ?? []).flatMap((file, position) => {
        const path = `document.engagement.${list}.${index}.files.${position}`
        return prepareFile(file, path, options, issues) ?? []
      })
      if (files.length > 0) target.set(index, files)
    })
  }
  if (issues.length > 0) throw new ValidationError(issues)
  return prepared
}

/** Inserts the prepared files of one owner (every version, deleted ones without content). */
export async function insertTransferFiles(
  tx: ApiTransaction,
  engagementId: string,
  owner: { documentId: string } | { dataItemId: string },
  files: readonly PreparedFile[] | undefined,
): Promise<void> {
  if (!files?.length) return
  await tx.evidenceFile.createMany({
    data: files.map(({ metadata, content, mediaType }) => ({
      engagementId,
      ...owner,
      version: metadata.version,
      fileName: metadata.fileName,
      mediaType,
      sizeBytes: metadata.sizeBytes,
      sha256: metadata.sha256,
      tlp: metadata.tlp,
      content,
      uploadedAt: new Date(metadata.uploadedAt),
      deletedAt: metadata.deletedAt ? new Date(metadata.deletedAt) : null,
      deleteReason: metadata.deleteReason,
    })),
  })
}
