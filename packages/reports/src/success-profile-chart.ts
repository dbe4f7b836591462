/**
 * The success profile (A5) as a chart: the five bands as coloured ranges on a 0–100 scale, the
 * current potential for success (total) and the success threshold (its band's lower bound) as bars.
 * Apache ECharts renders it server-side to SVG; resvg (WebAssembly build, no native binary)
 * rasterises it to PNG for the PDF and the DOCX.
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import * as echarts from 'echarts'
import { rasterizeSvg } from './chart-raster.js'
import { CHART_FONT_FAMILY } from './fonts.js'
import { BAND_COLOURS, REPORT_COLOURS } from './report-design.js'
import type { ReportView } from './report-view.js'

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
  const t = view.t.charts
  const total = view.total === null ? null : view.fmt.number(Number(formatScore(view.total)))
  const currentLabel =
    view.band ??
    (view.indicativeBand ? t.provisionalBand(view.indicativeBand) : t.noBandStatus(view.status))
  const categories = [t.successThreshold, t.currentPotential]
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: {
      text: t.profileTitle,
      subtext: t.profileSubtitle(
        `${currentLabel}${total === null ? '' : ` (${total})`}`,
        view.threshold ?? view.t.common.notSet,
      ),
      left: 'center',
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 16 },
      subtextStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 },
    },
    grid: { left: 140, right: 70, top: 80, bottom: 60 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 10,
      name: t.totalValue,
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'category', data: categories },
    series: [
      {
        type: 'bar',
        barWidth: 28,
        data: [
          { value: thresholdBand?.min ?? 0, itemStyle: { color: REPORT_COLOURS.muted } },
          { value: view.total ?? 0, itemStyle: { color: REPORT_COLOURS.navy } },
        ],
        label: {
          show: true,
          position: 'right',
          fontFamily: CHART_FONT_FAMILY,
          formatter: (params: { dataIndex: number }) =>
            params.dataIndex === 0
              ? (view.threshold ?? view.t.common.notSet)
              : total === null
                ? view.t.common.notScored
                : `${total} → ${currentLabel}`,
        },
        markArea: {
          silent: true,
          label: {
            position: 'top',
            fontFamily: CHART_FONT_FAMILY,
            fontSize: 11,
            color: '#333',
          },
          data: view.bands.map((band, index) => [
            {
              name: band.label,
              xAxis: band.min,
              itemStyle: { color: BAND_COLOURS[index % BAND_COLOURS.length], opacity: 0.25 },
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

/** The success profile chart as a PNG image (2× the SVG size for print quality). */
export async function renderSuccessProfilePng(
  view: ReportView,
  options: SuccessProfileChartOptions = {},
): Promise<Uint8Array> {
  return rasterizeSvg(renderSuccessProfileSvg(view, options))
}
