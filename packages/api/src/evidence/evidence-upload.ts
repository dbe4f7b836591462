/**
 * Reads one `multipart/form-data` upload as it streams in: the `file` part is hashed (SHA-256) and
 * counted chunk by chunk, and reading stops at the first byte over the limit, so an oversized
 * upload costs at most the limit in memory and is never stored. An optional `tlp` field labels it.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import { Busboy } from '@fastify/busboy'
import { EvidenceError } from './evidence-errors.js'

/** What an upload carried. */
export interface ReceivedFile {
  fileName: string
  /** The part's declared content type (only compared with the sniffed one, never trusted). */
  declaredType: string | null
  content: Buffer
  sha256: string
  tlp: string | null
}

/** Room for the multipart envelope (boundaries, part headers, small fields) above the file. */
const ENVELOPE_BYTES = 64 * 1024

/** File names as stored: no path, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips from file names.
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 255)
  return cleaned || 'file'
}

/** Parses the request's multipart body; throws an {@link EvidenceError} on any refusal. */
export async function receiveUpload(request: Request, maxBytes: number): Promise<ReceivedFile> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;/i.test(type)) {
    throw new EvidenceError(
      'EVIDENCE_BAD_UPLOAD',
      'Upload the file as `multipart/form-data` with one part named `file`.',
    )
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) throw tooLarge(maxBytes)
  if (!request.body) throw new EvidenceError('EVIDENCE_EMPTY', 'The upload has no body.')
  const parser = Busboy({
    headers: { 'content-type': type },
    limits: { files: 1, fields: 5, fileSize: maxBytes, fieldSize: 1024, parts: 6 },
  })
  const reader = request.body.getReader()
  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false
    let file: Promise<Omit<ReceivedFile, 'tlp'>> | null = null
    let tlp: string | null = null
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      reader.cancel().catch(() => {})
      reject(error)
    }
    parser.on('field', (name, value) => {
      if (name === 'tlp') tlp = value.trim().toLowerCase()
    })
    parser.on('file', (name, stream, fileName, _encoding, mimeType) => {
      if (name !== 'file' || file) {
        stream.resume()
        return
      }
      file = new Promise((done, failed) => {
        const hash = createHash('sha256')
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => {
          hash.update(chunk)
          chunks.push(chunk)
        })
        stream.on('limit', () => failed(tooLarge(maxBytes)))
        stream.on('error', failed)
        stream.on('end', () =>
          done({
            fileName: cleanFileName(fileName ?? ''),
            declaredType: mimeType?.trim().toLowerCase() || null,
            content: Buffer.concat(chunks),
            sha256: hash.digest('hex'),
          }),
        )
      })
      file.catch(fail)
    })
    parser.on('error', () =>
      fail(new EvidenceError('EVIDENCE_BAD_UPLOAD', 'The multipart body is malformed.')),
    )
    parser.on('finish', () => {
      if (!file) {
        fail(new EvidenceError('EVIDENCE_BAD_UPLOAD', 'The upload has no part named `file`.'))
        return
      }
      file.then((received) => {
        if (settled) return
        settled = true
        resolve({ ...received, tlp })
      }, fail)
    })
    const pump = async () => {
      for (;;) {
        const { done, value } = await reader.read()
        if (settled) return
        if (done) {
          parser.end()
          return
        }
        if (!parser.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength)))
          await new Promise((drained) => parser.once('drain', drained))
      }
    }
    pump().catch(() =>
      fail(new EvidenceError('EVIDENCE_BAD_UPLOAD', 'The upload was interrupted.')),
    )
  })
}

function tooLarge(maxBytes: number): EvidenceError {
  return new EvidenceError(
    'EVIDENCE_TOO_LARGE',
    `The file is larger than the limit of ${maxBytes} bytes (${(maxBytes / 1024 / 1024).toFixed(1)} MiB); nothing was stored.`,
  )
}
