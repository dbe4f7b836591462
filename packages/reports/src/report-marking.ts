/**
 * How a report is marked on every page: its Traffic Light Protocol label and whether it is still a
 * draft (results not communicated yet).
 *
 * @packageDocumentation
 */
import type { ReportLocale } from './i18n/report-locale.js'

/** The Traffic Light Protocol 2.0 labels a report can carry. */
export type ReportTlp = 'TLP:CLEAR' | 'TLP:GREEN' | 'TLP:AMBER' | 'TLP:AMBER+STRICT' | 'TLP:RED'

/** How the report is marked on every page. */
export interface ReportMarking {
  /** The TLP label in the header and footer. */
  tlp: ReportTlp
  /** True until the results are communicated (PAA1): the pages carry a DRAFT watermark. */
  draft: boolean
}

/** Options of `buildReportView` (in `report-view.ts`). */
export interface BuildReportViewOptions {
  /** The report's language (default `en`): headings, labels, dates and numbers. */
  locale?: ReportLocale
  /**
   * The TLP label printed on every page. Default `TLP:AMBER`: a diagnostic of an organization's
   * incident management is for that organization and those it chooses to share it with.
   */
  tlp?: ReportTlp
}

/** Engagement states in which the results have been communicated (no draft watermark). */
const COMMUNICATED_STATES = new Set(['communicated', 'next-steps', 'closed'])

/** The marking of a report of an engagement in `state` (e.g. `evaluating`, `communicated`). */
export function describeMarking(
  state: string,
  options: BuildReportViewOptions = {},
): ReportMarking {
  return { tlp: options.tlp ?? 'TLP:AMBER', draft: !COMMUNICATED_STATES.has(state) }
}
