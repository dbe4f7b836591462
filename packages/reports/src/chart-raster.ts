/**
 * Rasterises the charts' SVG to PNG with resvg's WebAssembly build (no native binary) and the
 * report fonts, for the PDF and the DOCX.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { CHART_FONT_FAMILY, readReportFonts } from './fonts.js'

const require = createRequire(import.meta.url)

/** Loads resvg's WebAssembly module once per process (it refuses a second initialisation). */
const resvgReady: () => Promise<void> = (() => {
  let ready: Promise<void> | undefined
  return () => {
    ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
    return ready
  }
})()

/** An SVG document as PNG at `zoom` × its size (2 by default, for print quality). */
export async function rasterizeSvg(svg: string, zoom = 2): Promise<Uint8Array> {
  await resvgReady()
  const fonts = readReportFonts()
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      fontBuffers: [new Uint8Array(fonts.regular), new Uint8Array(fonts.bold)],
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
  })
  const png = resvg.render().asPng()
  resvg.free()
  return png
}
