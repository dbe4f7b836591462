/**
 * The driver chart of the deliverables: one bar per driver, labelled with its number and name,
 * its value (0–100) coloured by the band it falls in, its answer beside the bar and the total as
 * a dashed line. ECharts renders it server-side to SVG; {@link rasterizeSvg} makes the PNG.
 *
 * @packageDocumentation
 */
import { formatScore } from '@immd/core/rounding'
import * as echarts from 'echarts'
import { rasterizeSvg } from './chart-raster.js'
import { CHART_FONT_FAMILY } from './fonts.js'
import { colourOfValue, REPORT_COLOURS } from './report-design.js'
import type { ReportView } from './report-view.js'

/** Options of {@link renderDriverChartSvg}. */
export interface DriverChartOptions {
  width?: number
}

/**
 * Width of a driver label in SVG pixels: ECharts measures text with its own metrics server-side,
 * and DejaVu Sans renders wider, so the label gets less than the 300 px of the grid's left side.
 */
const LABEL_WIDTH = 240

/** Height of one driver's row in the chart, in SVG pixels. */
const ROW_HEIGHT = 26

/** The size the chart renders at for a view (rows grow with the number of drivers). */
export function measureDriverChart(
  view: ReportView,
  options: DriverChartOptions = {},
): { width: number; height: number } {
  return { width: options.width ?? 800, height: 62 + ROW_HEIGHT * view.drivers.length }
}

/** The driver chart as an SVG document. */
export function renderDriverChartSvg(view: ReportView, options: DriverChartOptions = {}): string {
  const { width, height } = measureDriverChart(view, options)
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  const drivers = [...view.drivers].reverse()
  const font = { fontFamily: CHART_FONT_FAMILY, fontSize: 12, color: REPORT_COLOURS.ink }
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    grid: { left: 300, right: 130, top: 24, bottom: 34 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: font,
      name: view.t.charts.driverValue,
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: font,
    },
    yAxis: {
      type: 'category',
      data: drivers.map((driver) => `${driver.id} ${driver.shortName}`),
      axisLabel: { ...font, width: LABEL_WIDTH, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barWidth: 14,
        data: drivers.map((driver) => ({
          value: driver.value ?? 0,
          itemStyle: { color: colourOfValue(driver.value, view.bands) },
          label: {
            show: true,
            position: 'right',
            ...font,
            // Readable where the total's dashed line crosses it.
            backgroundColor: '#ffffff',
            padding: [1, 3],
            formatter:
              driver.value === null
                ? driver.answer
                : `${driver.answer} (${view.fmt.number(driver.value)})`,
          },
        })),
        markLine:
          view.total === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                label: {
                  ...font,
                  formatter: view.t.charts.total(view.fmt.number(Number(formatScore(view.total)))),
                  position: 'end',
                },
                lineStyle: { color: REPORT_COLOURS.navy, type: 'dashed', width: 2 },
                data: [{ xAxis: view.total }],
              },
      },
    ],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

/** The driver chart as a PNG image (2× the SVG size). */
export function renderDriverChartPng(
  view: ReportView,
  options: DriverChartOptions = {},
): Promise<Uint8Array> {
  return rasterizeSvg(renderDriverChartSvg(view, options))
}
