/**
 * The result's sentences in the report's language: status reasons, the band cap, scoring warnings,
 * the derivation and A6 next-step candidates, written from each item's `code` and fields with the
 * catalogue's `sentences` formatters. The API's English `message` is kept for an English report (it
 * is the English text, unchanged since reports were first printed), for a code the catalogue does
 * not know (a newer API) and when a field the sentence needs is absent.
 *
 * @packageDocumentation
 */

import type { ReportMessages } from './i18n/report-messages-en.js'
import type { EngagementReport } from './report-input.js'

type Result = EngagementReport['result']

/** Method labels in the report's language (band names stay the method's). */
export interface SentenceLabels {
  answer: (answer: string | null | undefined) => string | null
  band: (band: string | null | undefined) => string | null
  driverName: (code: string, fallback: string) => string
}

const isNumber = (value: unknown): value is number => typeof value === 'number'

/** Every sentence family of a result, written in `t`'s language. */
export function describeResultSentences(
  result: Result,
  t: ReportMessages,
  labels: SentenceLabels,
  english: boolean,
) {
  if (english) {
    return {
      statusReasons: result.statusReasons.map((reason) => reason.message),
      cap: result.cap?.message ?? null,
      warnings: result.warnings.map((warning) => warning.message),
      derivation: result.derivation,
      candidates: result.sensitivity.candidates.map((c) => c.message),
    }
  }
  const s = t.sentences
  const reasons = new Map(result.excluded.map((e) => [e.driverId, e.reason]))
  const band = (id: string | null | undefined) => labels.band(id) ?? id ?? t.common.noBand
  const answer = (id: string | null | undefined) => labels.answer(id) ?? id ?? ''

  const statusReason = (reason: Result['statusReasons'][number]): string => {
    const { count, total, minimum, driverIds } = reason
    switch (reason.code) {
      case 'invalid-input':
      case 'nothing-evaluated':
        return s.status[reason.code]()
      case 'below-minimum-coverage':
        return isNumber(count) && isNumber(total) && isNumber(minimum)
          ? s.status[reason.code](count, total, minimum)
          : reason.message
      case 'drivers-not-evaluated':
        return isNumber(count) && isNumber(total) && driverIds.length
          ? s.status[reason.code](count, total, driverIds.join(', '))
          : reason.message
      default:
        return reason.message
    }
  }

  const warning = (w: Result['warnings'][number]): string => {
    const driver = w.driverId ?? ''
    const drivers = w.driverIds.join(', ')
    const counted = isNumber(w.count) && isNumber(w.total)
    switch (w.code) {
      case 'answer-contradicts-rationale':
        return w.answer && w.effect && isNumber(w.count)
          ? s.warning[w.code](driver, answer(w.answer), w.count, w.effect)
          : w.message
      case 'no-rationale':
        return w.answer ? s.warning[w.code](driver, answer(w.answer)) : w.message
      case 'unknown-items':
        return counted ? s.warning[w.code](driver, w.count ?? 0, w.total ?? 0) : w.message
      case 'invalid-effect-code':
        return isNumber(w.count) ? s.warning[w.code](driver, w.count) : w.message
      case 'unknown-driver-in-rationale':
      case 'answer-for-excluded-driver':
        return driver ? s.warning[w.code](driver) : w.message
      case 'drivers-excluded': {
        // Each exclusion with the reason recorded for it, as the English sentence has them.
        const named = w.driverIds
          .map((id) => (reasons.has(id) ? `${id} (${reasons.get(id)})` : id))
          .join('; ')
        return counted && named ? s.warning[w.code](w.count ?? 0, w.total ?? 0, named) : w.message
      }
      case 'incomplete':
      case 'thin-evidence':
        return counted && drivers
          ? s.warning[w.code](w.count ?? 0, w.total ?? 0, drivers)
          : w.message
      case 'band-capped':
        return w.capFrom && w.capTo && drivers
          ? s.warning[w.code](band(w.capFrom), band(w.capTo), drivers)
          : w.message
      default:
        return w.message
    }
  }

  const cap = result.cap
    ? result.cap.drivers.length
      ? s.cap(
          band(result.cap.from),
          band(result.cap.to),
          result.cap.drivers.map((d) => `${d.driverId} (${answer(d.answer)})`).join(', '),
        )
      : result.cap.message
    : null

  const derivation = (): string => {
    if (result.status === 'INVALID') return s.derivation.invalid
    if (result.status === 'WITHHELD') return result.statusReasons.map(statusReason).join(' ')
    const parts = [
      result.excluded.length
        ? s.derivation.excluded(result.excluded.map((e) => e.driverId).join(', '))
        : '',
      result.missing.length ? s.derivation.missing(result.missing.join(', ')) : '',
    ].filter((part) => part !== '')
    const tail = parts.length ? `; ${parts.join('; ')}` : ''
    if (result.derivationFormula === null) return `${s.derivation.notComputable}${tail}`
    const shown = result.cap
      ? s.derivation.capped(
          band(result.band),
          band(result.cap.from),
          result.cap.drivers.map((d) => d.driverId).join(', '),
        )
      : band(result.band)
    return `${result.derivationFormula} → ${shown}${tail}`
  }

  return {
    statusReasons: result.statusReasons.map(statusReason),
    cap,
    warnings: result.warnings.map(warning),
    derivation: derivation(),
    candidates: result.sensitivity.candidates.map((c) =>
      s.candidate(
        `${c.driverId} (${labels.driverName(c.driverId, c.driverId)})`,
        c.answer ? answer(c.answer) : null,
        c.failureItems,
      ),
    ),
  }
}
