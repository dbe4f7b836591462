/**
 * Limits of evidence uploads: the largest file (default 25 MiB) and the media types accepted (as
 * sniffed from the content). `IMMD_EVIDENCE_MAX_BYTES` and `IMMD_EVIDENCE_TYPES` (comma-separated
 * media types) override them.
 *
 * @packageDocumentation
 */
import { SNIFFED_TYPES } from './sniff-media-type.js'

/** Settings of the evidence routes. */
export interface EvidenceOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number
  /** Media types accepted, as sniffed from the bytes. */
  allowedTypes: readonly string[]
}

/** 25 MiB and the document, image, office and text types an engagement reviews. */
export const DEFAULT_EVIDENCE_OPTIONS: EvidenceOptions = {
  maxBytes: 25 * 1024 * 1024,
  allowedTypes: [
    SNIFFED_TYPES.pdf,
    SNIFFED_TYPES.png,
    SNIFFED_TYPES.jpeg,
    SNIFFED_TYPES.gif,
    SNIFFED_TYPES.webp,
    SNIFFED_TYPES.docx,
    SNIFFED_TYPES.xlsx,
    SNIFFED_TYPES.pptx,
    SNIFFED_TYPES.odt,
    SNIFFED_TYPES.ods,
    SNIFFED_TYPES.text,
  ],
}

/** Fills the unset settings with the defaults. */
export function resolveEvidenceOptions(input: Partial<EvidenceOptions> = {}): EvidenceOptions {
  return { ...DEFAULT_EVIDENCE_OPTIONS, ...input }
}

/** Reads `IMMD_EVIDENCE_MAX_BYTES` and `IMMD_EVIDENCE_TYPES`; unset ones keep their default. */
export function readEvidenceEnv(env: NodeJS.ProcessEnv = process.env): Partial<EvidenceOptions> {
  const options: Partial<EvidenceOptions> = {}
  const max = env.IMMD_EVIDENCE_MAX_BYTES?.trim()
  if (max) {
    const value = Number(max)
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`IMMD_EVIDENCE_MAX_BYTES must be a positive integer, not "${max}"`)
    }
    options.maxBytes = value
  }
  const types = env.IMMD_EVIDENCE_TYPES?.split(',')
    .map((type) => type.trim().toLowerCase())
    .filter(Boolean)
  if (types?.length) options.allowedTypes = types
  return options
}
