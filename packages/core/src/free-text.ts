/**
 * Free-text names and titles written through the API (mutation arguments and imported documents)
 * pass one check (issue #23, item 10):
 *
 * - a NUL character is refused with a `ValidationError` naming the field: no legitimate title
 *   contains one, PostgreSQL cannot store it in text, and C-based readers of exports (CSV, PDF)
 *   cut the value there, so silently dropping it would hide an attack or a corrupt file;
 * - bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 *   stripped: they reorder what a reader sees ("Trojan Source", CVE-2021-42574) and mean nothing
 *   in a one-line name, while refusing them would reject text pasted from right-to-left editors
 *   that insert them on their own. Right-to-left letters themselves are kept.
 *
 * @packageDocumentation
 */
import { z } from 'zod'

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** Removes bidirectional embedding, override and isolate controls from a string. */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '')
}

/** A string that has no NUL, with bidi controls stripped (not trimmed, not bounded). */
export const cleanText = z
  .string()
  .refine((value) => !value.includes('\u0000'), 'must not contain a NUL character')
  .transform(stripBidiControls)

/**
 * A one-line name or title: no NUL, bidi controls stripped, trimmed, 1 to `max` characters.
 * The parsed value is the cleaned one.
 */
export function nameSchema(max: number) {
  return cleanText.pipe(z.string().trim().min(1).max(max))
}
