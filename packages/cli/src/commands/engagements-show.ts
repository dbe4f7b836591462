/**
 * `immd engagements show <engagement>`: one engagement's result, drivers and follow-up, from the
 * SDK's complete engagement report.
 *
 * @packageDocumentation
 */
import type { ReportView } from '@immd/reports/report-view'
import { buildReportView } from '@immd/reports/report-view'
import type { ImmdClient } from '@immd/sdk/client'
import { fetchEngagementReport } from '@immd/sdk/engagement-report'
import { resolveEngagement } from '../connect.js'
import { CliError, EXIT } from '../exit-codes.js'
import { message } from '../messages/translate.js'

/** Options of {@link showEngagement}. */
export interface ShowEngagementOptions {
  client: ImmdClient
  engagement: string
}

/** The engagement's id and its report view. */
export interface ShowEngagementResult {
  id: string
  view: ReportView
}

/** Fetches and summarises one engagement. */
export async function showEngagement(
  options: ShowEngagementOptions,
): Promise<ShowEngagementResult> {
  const { id } = await resolveEngagement(options.client, options.engagement)
  const report = await fetchEngagementReport(options.client, id)
  if (!report)
    throw CliError.of(
      message('engagement.notFound', { reference: options.engagement }),
      EXIT.NOT_FOUND,
    )
  return { id, view: buildReportView(report) }
}
