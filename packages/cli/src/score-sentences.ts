/**
 * The sentences of an offline score (status reasons, the band cap, scoring warnings, the
 * derivation) in the
 * output's language, written from each item's code and fields with the report catalogue's
 * `sentences` (the same texts as the PDF/DOCX report). English keeps the core's `message`, as the
 * report does; so does an item whose code is unknown or whose fields are incomplete.
 *
 * @packageDocumentation
 */
import type { Locale } from '@immd/core/locale'
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import type { DiagnosticScore } from '@immd/core/scoring'
import { reportMessages } from '@immd/reports/i18n/report-locale'

/** A band's label (band names stay the method's in every language, as in the report). */
function bandLabel(id: string | null): string {
  return IMMD_1_0.bands.find((band) => band.id === id)?.label ?? id ?? '—'
}

const isNumber = (value: unknown): value is number => typeof value === 'number'

/** The status reasons, cap and warnings of `score` as sentences in `locale`. */
export function describeScoreSentences(score: DiagnosticScore, locale: Locale) {
  if (locale === 'en') {
    return {
      statusReasons: score.statusReasons.map((reason) => reason.message),
      cap: score.cap?.message ?? null,
      warnings: score.warnings.map((warning) => warning.message),
      derivation: score.derivation,
    }
  }
  const s = reportMessages(locale).sentences
  const statusReason = (reason: DiagnosticScore['statusReasons'][number]): string => {
    const { count, total, minimum } = reason
    const drivers = (reason.driverIds ?? []).join(', ')
    switch (reason.code) {
      case 'invalid-input':
      case 'nothing-evaluated':
        return s.status[reason.code]()
      case 'below-minimum-coverage':
        return isNumber(count) && isNumber(total) && isNumber(minimum)
          ? s.status[reason.code](count, total, minimum)
          : reason.message
      case 'drivers-not-evaluated':
        return isNumber(count) && isNumber(total) && drivers
          ? s.status[reason.code](count, total, drivers)
          : reason.message
      default:
        return reason.message
    }
  }
  const warning = (w: DiagnosticScore['warnings'][number]): string => {
    const driver = w.driverId ?? ''
    const drivers = (w.driverIds ?? []).join(', ')
    const counted = isNumber(w.count) && isNumber(w.total)
    switch (w.code) {
      case 'answer-contradicts-rationale':
        return w.answer && w.effect && isNumber(w.count)
          ? s.warning[w.code](driver, w.answer, w.count, w.effect)
          : w.message
      case 'no-rationale':
        return w.answer ? s.warning[w.code](driver, w.answer) : w.message
      case 'unknown-items':
        return counted ? s.warning[w.code](driver, w.count ?? 0, w.total ?? 0) : w.message
      case 'invalid-effect-code':
        return isNumber(w.count) ? s.warning[w.code](driver, w.count) : w.message
      case 'unknown-driver-in-rationale':
      case 'answer-for-excluded-driver':
        return driver ? s.warning[w.code](driver) : w.message
      case 'drivers-excluded':
      case 'incomplete':
      case 'thin-evidence':
        return counted && drivers
          ? s.warning[w.code](w.count ?? 0, w.total ?? 0, drivers)
          : w.message
      case 'band-capped':
        return w.capFrom && w.capTo && drivers
          ? s.warning[w.code](w.capFrom, w.capTo, drivers)
          : w.message
      default:
        return w.message
    }
  }
  const cap = score.cap
  const derivation = (): string => {
    if (score.status === 'invalid') return s.derivation.invalid
    if (score.status === 'withheld') return score.statusReasons.map(statusReason).join(' ')
    const parts = [
      score.excluded.length
        ? s.derivation.excluded(score.excluded.map((e) => e.driverId).join(', '))
        : '',
      score.missing.length ? s.derivation.missing(score.missing.join(', ')) : '',
    ].filter((part) => part !== '')
    const tail = parts.length ? `; ${parts.join('; ')}` : ''
    if (score.derivationFormula === null) return `${s.derivation.notComputable}${tail}`
    const shown = cap
      ? s.derivation.capped(
          bandLabel(score.band),
          bandLabel(cap.from),
          cap.drivers.map((d) => d.driverId).join(', '),
        )
      : bandLabel(score.band)
    return `${score.derivationFormula} → ${shown}${tail}`
  }
  return {
    derivation: derivation(),
    statusReasons: score.statusReasons.map(statusReason),
    cap:
      cap === null
        ? null
        : cap.drivers.length > 0
          ? s.cap(
              cap.from,
              cap.to,
              cap.drivers.map((d) => `${d.driverId} (${d.answer})`).join(', '),
            )
          : cap.message,
    warnings: score.warnings.map(warning),
  }
}
