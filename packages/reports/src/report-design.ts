/**
 * The one visual design of the deliverables: the palette and type scale the PDF, the DOCX, the
 * charts and the console's print view share (the console's `styles/base.css` holds the same
 * colours), so a sponsor sees the same document whichever format they open.
 *
 * @packageDocumentation
 */
import { BAND_IDS, BAND_COLOURS as CORE_BAND_COLOURS } from '@immd/core/band-colours'

/** Colours as `#rrggbb` (the DOCX needs them without the `#`: see {@link docxColor}). */
export const REPORT_COLOURS = {
  ink: '#1b1f24',
  muted: '#4a5360',
  line: '#c9d1da',
  accent: '#0b5cad',
  navy: '#13294b',
  tableHeader: '#e8eef5',
  final: '#1e6b34',
  provisional: '#8a5a00',
  withheld: '#a4161a',
  draft: '#a4161a',
} as const

/** Band colours, lowest band first, from core's `band-colours` (the one source, shared with the console). */
export const BAND_COLOURS: readonly string[] = BAND_IDS.map((id) => CORE_BAND_COLOURS[id])

/** Point sizes (PDF) and half-point sizes (DOCX = 2 × these). */
export const REPORT_TYPE = { body: 9.5, small: 8, h1: 15, h2: 11.5, title: 20 } as const

/** `#0b5cad` → `0b5cad` (docx wants bare hex). */
export function docxColor(colour: string): string {
  return colour.replace(/^#/, '')
}

/** The colour of a result status, for the status badge of the summary. */
export function statusColour(status: string): string {
  if (status === 'final') return REPORT_COLOURS.final
  if (status === 'provisional') return REPORT_COLOURS.provisional
  return REPORT_COLOURS.withheld
}

/** The colour of the band a value falls in (grey when there is no value). */
export function colourOfValue(
  value: number | null,
  bands: readonly { min: number; max: number }[],
): string {
  if (value === null) return REPORT_COLOURS.line
  const index = bands.findIndex((band) => value >= band.min && value < band.max + 1)
  return BAND_COLOURS[Math.max(0, index) % BAND_COLOURS.length] ?? REPORT_COLOURS.accent
}

/** A colour mixed with white (`share` of the colour kept), for light cell shading. */
export function tint(colour: string, share = 0.35): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(colour.slice(offset, offset + 2), 16)
    return Math.round(255 - (255 - value) * share)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(1)}${channel(3)}${channel(5)}`
}
