/**
 * The sentences of an offline score (status reasons, the band cap, scoring warnings, the
 * derivation) in the output's language, from the reports' one sentence writer
 * (`@immd/reports/write-result-sentences`), so `immd score` and the PDF/DOCX report word each
 * finding alike. The core's score already has the writer's input shape; English keeps the core's
 * `message`, as the report does.
 *
 * @packageDocumentation
 */
import type { Locale } from '@immd/core/locale'
import { localizeMethod } from '@immd/core/localization'
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import type { DiagnosticScore } from '@immd/core/scoring'
import { reportMessages } from '@immd/reports/i18n/report-locale'
import { writeResultSentences } from '@immd/reports/write-result-sentences'

/** The status reasons, cap, warnings and derivation of `score` as sentences in `locale`. */
export function describeScoreSentences(score: DiagnosticScore, locale: Locale) {
  const method = localizeMethod(IMMD_1_0, locale)
  const answers = new Map<string, string>(method.answers.map((a) => [a.id, a.label]))
  // Band names stay the method's in every language, as in the report.
  const bands = new Map<string, string>(IMMD_1_0.bands.map((b) => [b.id, b.label]))
  const drivers = new Map<string, string>(method.drivers.map((d) => [d.id, d.shortName]))
  const { statusReasons, cap, warnings, derivation } = writeResultSentences(
    score,
    reportMessages(locale),
    {
      answer: (id) => (id ? (answers.get(id) ?? id) : null),
      band: (id) => (id ? (bands.get(id) ?? id) : null),
      driverName: (code, fallback) => drivers.get(code) ?? fallback,
    },
    locale === 'en',
  )
  return { statusReasons, cap, warnings, derivation }
}
