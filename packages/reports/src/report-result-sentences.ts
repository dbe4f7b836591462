/**
 * The API result's sentences in the report's language, through the shared writer
 * (`write-result-sentences.ts`); the GraphQL result already has the writer's shape.
 *
 * @packageDocumentation
 */

import type { ReportMessages } from './i18n/report-messages-en.js'
import type { EngagementReport } from './report-input.js'
import { type SentenceLabels, writeResultSentences } from './write-result-sentences.js'

export type { SentenceLabels } from './write-result-sentences.js'

/** Every sentence family of a result, written in `t`'s language. */
export function describeResultSentences(
  result: EngagementReport['result'],
  t: ReportMessages,
  labels: SentenceLabels,
  english: boolean,
) {
  return writeResultSentences(
    { ...result, candidates: result.sensitivity.candidates },
    t,
    labels,
    english,
  )
}
