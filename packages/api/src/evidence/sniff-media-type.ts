/**
 * The media type of a file from its bytes, never from what the client declares: magic numbers for
 * PDF, images and ZIP containers (an Office Open XML or OpenDocument file is told apart by the
 * names of its parts), and text when the bytes are valid UTF-8 without control characters.
 *
 * @packageDocumentation
 */

/** Media types the sniffer recognises (anything else is `application/octet-stream`). */
export const SNIFFED_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
  text: 'text/plain',
  unknown: 'application/octet-stream',
} as const

/** The file-name extensions each sniffed type may carry (a mismatch is a mislabelled file). */
export const EXTENSIONS: Record<string, readonly string[]> = {
  [SNIFFED_TYPES.pdf]: ['pdf'],
  [SNIFFED_TYPES.png]: ['png'],
  [SNIFFED_TYPES.jpeg]: ['jpg', 'jpeg'],
  [SNIFFED_TYPES.gif]: ['gif'],
  [SNIFFED_TYPES.webp]: ['webp'],
  [SNIFFED_TYPES.docx]: ['docx'],
  [SNIFFED_TYPES.xlsx]: ['xlsx'],
  [SNIFFED_TYPES.pptx]: ['pptx'],
  [SNIFFED_TYPES.odt]: ['odt'],
  [SNIFFED_TYPES.ods]: ['ods'],
  [SNIFFED_TYPES.zip]: ['zip'],
  [SNIFFED_TYPES.text]: ['txt', 'text', 'csv', 'md', 'log', 'json', 'xml', 'yaml', 'yml'],
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/** Whether a ZIP's bytes name a part (local file headers carry the names in clear). */
const names = (bytes: Uint8Array, name: string) => Buffer.from(bytes).includes(name, 0, 'latin1')

function sniffZip(bytes: Uint8Array): string {
  if (names(bytes, 'word/document.xml')) return SNIFFED_TYPES.docx
  if (names(bytes, 'xl/workbook.xml')) return SNIFFED_TYPES.xlsx
  if (names(bytes, 'ppt/presentation.xml')) return SNIFFED_TYPES.pptx
  if (names(bytes, 'application/vnd.oasis.opendocument.text')) return SNIFFED_TYPES.odt
  if (names(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return SNIFFED_TYPES.ods
  return SNIFFED_TYPES.zip
}

/** Valid UTF-8 with no control characters but tab, line feed, carriage return and form feed. */
function isText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return false
  }
  return bytes.every(
    (byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c,
  )
}

/** The media type of `bytes` (the whole file). */
export function sniffMediaType(bytes: Uint8Array): string {
  if (startsWith(bytes, ascii('%PDF-'))) return SNIFFED_TYPES.pdf
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return SNIFFED_TYPES.png
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return SNIFFED_TYPES.jpeg
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) {
    return SNIFFED_TYPES.gif
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    return SNIFFED_TYPES.webp
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes)
  if (bytes.length > 0 && isText(bytes)) return SNIFFED_TYPES.text
  return SNIFFED_TYPES.unknown
}

/** The lower-cased extension of a file name, or null. */
export function extensionOf(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)
  return match ? (match[1] as string).toLowerCase() : null
}
