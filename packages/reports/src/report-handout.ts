/**
 * The interview handout of the deliverables: each driver's question and things to consider, and
 * the evaluation criteria of every answer on the scale, each text with its provenance marker
 * (most are reconstructed, not SEI text; tailoring can edit them).
 *
 * @packageDocumentation
 */

import type { LocalizedReportMethod } from './i18n/localize-report-method.js'
import { REPORT_MESSAGES_EN, type ReportMessages } from './i18n/report-messages-en.js'
import type { EngagementReport } from './report-input.js'
import { markProvenance } from './report-provenance.js'

/** A text with its provenance marker (`[SEI source]`, `[reconstructed]`, `[platform default]`). */
export interface MarkedText {
  text: string
  marker: string
}

/** The handout: questions with things to consider, then the answer scale with its criteria. */
export interface HandoutView {
  drivers: { id: string; shortName: string; question: MarkedText; prompts: MarkedText[] }[]
  answers: { label: string; criteria: MarkedText | null }[]
}

/** The handout of a method version, in driver and answer-scale order. */
export function buildHandoutView(
  method: EngagementReport['method'],
  t: ReportMessages = REPORT_MESSAGES_EN,
  translated: Pick<
    LocalizedReportMethod,
    'translatedQuestions' | 'translatedPrompts' | 'translatedCriteria'
  > = NOTHING_TRANSLATED,
): HandoutView {
  const mark = (
    sourced: { text: string; provenance: string },
    isTranslation: boolean,
  ): MarkedText => ({
    text: sourced.text,
    marker: `${markProvenance(sourced.provenance as Parameters<typeof markProvenance>[0], t)}${isTranslation ? ` ${t.markers.translation}` : ''}`,
  })
  return {
    drivers: method.drivers.map((driver) => ({
      id: driver.code,
      shortName: driver.shortName,
      question: mark(driver.question, translated.translatedQuestions.has(driver.code)),
      prompts: driver.prompts.map((prompt, p) =>
        mark(prompt, translated.translatedPrompts.has(`${driver.code}:${p}`)),
      ),
    })),
    answers: method.answers.map((answer) => ({
      label: answer.label,
      criteria: answer.criteria
        ? mark(answer.criteria, translated.translatedCriteria.has(answer.answer))
        : null,
    })),
  }
}

const NOTHING_TRANSLATED = {
  translatedQuestions: new Set<string>(),
  translatedPrompts: new Set<string>(),
  translatedCriteria: new Set<string>(),
}
