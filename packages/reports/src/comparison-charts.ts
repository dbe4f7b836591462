/**
 * The charts of the two comparison sections (issue #15), rendered like the driver chart (ECharts
 * server-side SVG, then {@link rasterizeSvg}): the cohort benchmark (per driver and the total, the
 * cohort's Q1–Q3 range as a bar, its median as a tick and the engagement's value as a diamond; a
 * withheld statistic is labelled as suppressed) and the re-assessment (previous and current
 * value per driver side by side).
 *
 * @packageDocumentation
 */
import * as echarts from 'echarts'
import { rasterizeSvg } from './chart-raster.js'
import { CHART_FONT_FAMILY } from './fonts.js'
import type { BenchmarkRowView } from './report-comparisons.js'
import { REPORT_COLOURS } from './report-design.js'
import type { ReportView } from './report-view.js'

/**
 * Width of a driver label in SVG pixels: ECharts measures text with its own metrics server-side,
 * and DejaVu Sans renders wider, so the label gets less than the 300 px of the grid's left side.
 */
const LABEL_WIDTH = 240

/** Height of one row in SVG pixels. */
const ROW_HEIGHT = 26
const WIDTH = 800

/** A rendered chart: PNG (2×) and its size in SVG pixels. */
export interface RenderedChart {
  png: Uint8Array
  width: number
  height: number
}

const font = { fontFamily: CHART_FONT_FAMILY, fontSize: 12, color: REPORT_COLOURS.ink }

function renderSvg(option: echarts.EChartsCoreOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height })
  chart.setOption({ animation: false, backgroundColor: '#ffffff', ...option })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

/** The benchmark chart's rows, total last (drawn at the top in reverse order). */
function benchmarkRows(view: ReportView): BenchmarkRowView[] {
  const { total, drivers } = view.benchmark
  return [...drivers, ...(total ? [total] : [])]
}

/** The cohort benchmark chart as SVG. */
export function renderBenchmarkChartSvg(view: ReportView): { svg: string; height: number } {
  const t = view.t.charts
  const rows = [...benchmarkRows(view)].reverse()
  const height = 90 + ROW_HEIGHT * rows.length
  const svg = renderSvg(
    {
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      legend: {
        top: 4,
        itemGap: 24,
        textStyle: font,
        data: [t.cohortRange, t.cohortMedian, t.thisEngagement],
      },
      grid: { left: 300, right: 110, top: 40, bottom: 34 },
      xAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: font },
      yAxis: {
        type: 'category',
        data: rows.map((row) => row.label),
        axisLabel: { ...font, width: LABEL_WIDTH, overflow: 'truncate' },
        axisTick: { show: false },
      },
      series: [
        {
          // Invisible base up to Q1, so the visible bar spans Q1–Q3.
          type: 'bar',
          stack: 'range',
          silent: true,
          barWidth: 12,
          itemStyle: { color: 'transparent' },
          data: rows.map((row) => row.summary?.q1 ?? 0),
        },
        {
          name: t.cohortRange,
          type: 'bar',
          stack: 'range',
          barWidth: 12,
          itemStyle: { color: '#b9cde5' },
          data: rows.map((row) => (row.summary ? row.summary.q3 - row.summary.q1 : 0)),
          label: {
            show: true,
            position: 'right',
            ...font,
            fontSize: 11,
            color: REPORT_COLOURS.muted,
            // A withheld statistic says so where its bar would be.
            formatter: (params: { dataIndex: number }) =>
              rows[params.dataIndex]?.suppressed ? t.suppressed : '',
          },
        },
        {
          name: t.cohortMedian,
          type: 'scatter',
          symbol: 'rect',
          symbolSize: [3, 18],
          itemStyle: { color: REPORT_COLOURS.navy },
          data: rows
            .map((row, index) => (row.summary ? [row.summary.median, index] : null))
            .filter(Boolean),
        },
        {
          name: t.thisEngagement,
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 13,
          itemStyle: { color: '#d9822b' },
          data: rows
            .map((row, index) => (row.value === null ? null : [row.value, index]))
            .filter(Boolean),
        },
      ],
    },
    height,
  )
  return { svg, height }
}

/** The re-assessment chart as SVG: previous and current value per driver. */
export function renderComparisonChartSvg(view: ReportView): { svg: string; height: number } {
  const t = view.t.charts
  const drivers = [...view.comparison.drivers].reverse()
  const height = 80 + ROW_HEIGHT * 1.4 * drivers.length
  const bar = (name: string, color: string, values: (number | null)[]) => ({
    name,
    type: 'bar',
    barWidth: 9,
    itemStyle: { color },
    data: values.map((value) => value ?? 0),
  })
  const svg = renderSvg(
    {
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      legend: { top: 4, textStyle: font, data: [t.previous, t.current] },
      grid: { left: 300, right: 60, top: 40, bottom: 34 },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 25,
        axisLabel: font,
        name: t.driverValue,
        nameLocation: 'middle',
        nameGap: 22,
        nameTextStyle: font,
      },
      yAxis: {
        type: 'category',
        data: drivers.map((d) => `${d.driverId} ${d.shortName}`),
        axisLabel: { ...font, width: LABEL_WIDTH, overflow: 'truncate' },
        axisTick: { show: false },
      },
      series: [
        bar(
          t.previous,
          REPORT_COLOURS.line,
          drivers.map((d) => d.previousValue),
        ),
        bar(
          t.current,
          REPORT_COLOURS.accent,
          drivers.map((d) => d.currentValue),
        ),
      ],
    },
    height,
  )
  return { svg, height }
}

/** Both charts as PNG, each only when its section is shown. */
export async function renderComparisonCharts(
  view: ReportView,
): Promise<{ benchmarkChart: RenderedChart | null; comparisonChart: RenderedChart | null }> {
  const render = async (chart: { svg: string; height: number }) => ({
    png: await rasterizeSvg(chart.svg),
    width: WIDTH,
    height: chart.height,
  })
  const [benchmarkChart, comparisonChart] = await Promise.all([
    view.benchmark.omitted === null ? render(renderBenchmarkChartSvg(view)) : null,
    view.comparison.omitted === null && view.comparison.drivers.length > 0
      ? render(renderComparisonChartSvg(view))
      : null,
  ])
  return { benchmarkChart, comparisonChart }
}
