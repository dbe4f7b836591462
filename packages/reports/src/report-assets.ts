/**
 * The images a report needs, rendered once and shared by its sections and both formats.
 *
 * @packageDocumentation
 */
import { renderComparisonCharts } from './comparison-charts.js'
import { measureDriverChart, renderDriverChartPng } from './driver-chart.js'
import type { ReportAssets } from './report-section.js'
import type { ReportView } from './report-view.js'
import { renderSuccessProfilePng } from './success-profile-chart.js'

/** Size of the summary's success profile chart in SVG pixels (a short, wide strip). */
const PROFILE = { width: 800, height: 210 } as const

/** Renders the success profile and driver charts of a view, and the comparison charts it needs. */
export async function renderReportAssets(view: ReportView): Promise<ReportAssets> {
  const [profile, drivers, comparisons] = await Promise.all([
    renderSuccessProfilePng(view, PROFILE),
    renderDriverChartPng(view),
    renderComparisonCharts(view),
  ])
  return {
    ...comparisons,
    profileChart: { png: profile, ...PROFILE },
    driverChart: { png: drivers, ...measureDriverChart(view) },
  }
}
