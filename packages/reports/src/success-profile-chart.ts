/**
 * The success profile (A5) as a chart: the five bands as coloured ranges on a 0–100 scale, the
 * current potential for success (total) and the success threshold (its band's lower bound) as bars.
 * Apache ECharts renders it server-side to SVG; resvg (WebAssembly build, no native binary)
 * rasterises it to PNG for the PDF and the DOCX.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { getBandColourAt } from '@immd/core/band-colours'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import * as echarts from 'echarts'
import { CHART_FONT_FAMILY, readReportFonts } from './fonts.js'
import type { ReportView } from './report-view.js'

const require = createRequire(import.meta.url)

/** Options of {@link renderSuccessProfileSvg}. */
export interface SuccessProfileChartOptions {
  width?: number
  height?: number
}

/** The success profile chart as an SVG document. */
export function renderSuccessProfileSvg(
  view: ReportView,
  options: SuccessProfileChartOptions = {},
): string {
  const width = options.width ?? 800
  const height = options.height ?? 320
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  const thresholdBand = view.bands.find((band) => band.label === view.threshold)
  // Only a final band is named as the current one; a provisional band is labelled indicative.
  const currentLabel =
    view.band ??
    (view.indicativeBand
      ? `${view.indicativeBand} (provisional, not final)`
      : `no band (${view.status})`)
  const categories = ['Success threshold', 'Current potential']
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: {
      text: 'IMC success profile',
      subtext: `Current: ${currentLabel}${view.total === null ? '' : ` (${view.total.toFixed(1)})`} · Threshold: ${view.threshold ?? 'not set'}`,
      left: 'center',
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 16 },
      subtextStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 },
    },
    grid: { left: 140, right: 30, top: 80, bottom: 60 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 10,
      name: 'Total value',
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'category', data: categories },
    series: [
      {
        type: 'bar',
        barWidth: 28,
        data: [
          { value: thresholdBand?.min ?? 0, itemStyle: { color: '#34495e' } },
          { value: view.total ?? 0, itemStyle: { color: '#1f4e79' } },
        ],
        label: {
          show: true,
          position: 'right',
          fontFamily: CHART_FONT_FAMILY,
          formatter: (params: { dataIndex: number }) =>
            params.dataIndex === 0
              ? (view.threshold ?? 'not set')
              : view.total === null
                ? 'not scored'
                : `${view.total.toFixed(1)} → ${currentLabel}`,
        },
        markArea: {
          silent: true,
          label: {
            position: 'insideTop',
            fontFamily: CHART_FONT_FAMILY,
            fontSize: 11,
            color: '#333',
          },
          data: view.bands.map((band, index) => [
            {
              name: band.label,
              xAxis: band.min,
              itemStyle: { color: getBandColourAt(index), opacity: 0.25 },
            },
            { xAxis: Math.min(100, band.max + 1) },
          ]),
        },
      },
    ],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

/** Loads resvg's WebAssembly module once per process (it refuses a second initialisation). */
const resvgReady: () => Promise<void> = (() => {
  let ready: Promise<void> | undefined
  return () => {
    ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
    return ready
  }
})()

/** The success profile chart as a PNG image (2× the SVG size for print quality). */
export async function renderSuccessProfilePng(
  view: ReportView,
  options: SuccessProfileChartOptions = {},
): Promise<Uint8Array> {
  await resvgReady()
  const fonts = readReportFonts()
  const resvg = new Resvg(renderSuccessProfileSvg(view, options), {
    fitTo: { mode: 'zoom', value: 2 },
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
