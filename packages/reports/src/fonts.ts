/**
 * The fonts every document uses: DejaVu Sans from the `dejavu-fonts-ttf` package, so PDF text and
 * the rendered chart cover arrows, multiplication signs and accented names the PDF standard fonts
 * lack, on any machine (no system fonts needed).
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** Absolute path of a DejaVu TrueType file, e.g. `DejaVuSans-Bold.ttf`. */
export function fontPath(file: string): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file)
}

/** The regular and bold faces as bytes. */
export function readReportFonts(): { regular: Buffer; bold: Buffer } {
  return {
    regular: readFileSync(fontPath('DejaVuSans.ttf')),
    bold: readFileSync(fontPath('DejaVuSans-Bold.ttf')),
  }
}

/** The family name the chart's SVG asks for. */
export const CHART_FONT_FAMILY = 'DejaVu Sans'
