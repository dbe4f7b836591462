/**
 * The one writer of a result's sentences in a report language: status reasons, the band cap,
 * scoring warnings, the derivation, A6 next-step candidates and per-driver confidence findings,
 * written from each item's `code` and fields with the catalogue's `sentences` formatters. It reads
 * {@link ResultSentenceInput}, a shape both the API's result (`report-result-sentences.ts`) and the
 * core's offline score (the CLI's `immd score`) map onto, so every surface words a finding alike.
 *
 * The English `message` is kept for English output (it is the English text), for a code the
 * catalogue does not know (a newer API) and when a field the sentence needs is absent.
 *
 * @packageDocumentation
 */

import type { ReportMessages } from './i18n/report-messages-en.js'

type Count = number | null | undefined

/** A result as the sentences need it, from either the GraphQL result or the core's score. */
export interface ResultSentenceInput {
  /** `final`, `provisional`, `withheld` or `invalid`, in any letter case. */
  status: string
  /** The band after any cap (indicative while provisional); null without a total. */
  band: string | null
  /** The English derivation, kept for English output. */
  derivation: string
  derivationFormula: string | null
  statusReasons: ReadonlyArray<{
    code: string
    message: string
    count?: Count
    total?: Count
    minimum?: Count
    driverIds?: readonly string[] | null
  }>
  cap: {
    from: string
    to: string
    message: string
    drivers: ReadonlyArray<{ driverId: string; answer: string }>
  } | null
  warnings: ReadonlyArray<{
    code: string
    message: string
    driverId?: string | null
    driverIds?: readonly string[] | null
    count?: Count
    total?: Count
    answer?: string | null
    effect?: string | null
    capFrom?: string | null
    capTo?: string | null
  }>
  excluded: ReadonlyArray<{ driverId: string; reason?: string | null }>
  missing: readonly string[]
  candidates?: ReadonlyArray<{
    driverId: string
    answer: string | null
    failureItems: number
    message: string
  }>
}

/** Method labels in the output's language (band names stay the method's). */
export interface SentenceLabels {
  answer: (answer: string | null | undefined) => string | null
  band: (band: string | null | undefined) => string | null
  driverName: (code: string, fallback: string) => string
}

/** One driver's confidence as the sentences need it (GraphQL or core shape). */
export interface ConfidenceSentenceInput {
  items: number
  raters: number
  spread: number | null
  documents: number
  reasons: readonly string[]
  findings: ReadonlyArray<{ code: string; value: number; limit: number | null }>
}

const isNumber = (value: unknown): value is number => typeof value === 'number'

/**
 * The confidence findings of one driver as sentences in `t`'s language; English keeps the
 * core's `reasons`, as does a finding whose code the catalogue does not know.
 */
export function writeConfidenceReasons(
  confidence: ConfidenceSentenceInput,
  t: ReportMessages,
  english: boolean,
): string[] {
  if (english || confidence.findings.length !== confidence.reasons.length) {
    return [...confidence.reasons]
  }
  const c = t.sentences.confidence
  return confidence.findings.map((finding, i) => {
    const { value, limit } = finding
    const fallback = confidence.reasons[i] ?? finding.code
    switch (finding.code) {
      case 'no-rating-or-document':
        return c[finding.code]()
      case 'evidence-high':
        return c[finding.code](
          confidence.items,
          confidence.raters,
          confidence.spread,
          confidence.documents,
        )
      case 'few-items':
      case 'ratings-disagree':
      case 'items-below-high':
      case 'raters-below-high':
      case 'spread-above-high':
      case 'documents-below-high':
        return isNumber(limit) ? c[finding.code](value, limit) : fallback
      default:
        return fallback
    }
  })
}

/** Every sentence family of a result, written in `t`'s language. */
export function writeResultSentences(
  result: ResultSentenceInput,
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
      candidates: (result.candidates ?? []).map((c) => c.message),
    }
  }
  const s = t.sentences
  const reasons = new Map(result.excluded.map((e) => [e.driverId, e.reason]))
  const band = (id: string | null | undefined) => labels.band(id) ?? id ?? t.common.noBand
  const answer = (id: string | null | undefined) => labels.answer(id) ?? id ?? ''
  const status = result.status.toLowerCase()

  const statusReason = (reason: ResultSentenceInput['statusReasons'][number]): string => {
    const { count, total, minimum } = reason
    const driverIds = reason.driverIds ?? []
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

  const warning = (w: ResultSentenceInput['warnings'][number]): string => {
    const driver = w.driverId ?? ''
    const driverIds = w.driverIds ?? []
    const drivers = driverIds.join(', ')
    const { count, total } = w
    const counted = isNumber(count) && isNumber(total)
    switch (w.code) {
      case 'answer-contradicts-rationale':
        return w.answer && w.effect && isNumber(count)
          ? s.warning[w.code](driver, answer(w.answer), count, w.effect)
          : w.message
      case 'no-rationale':
        return w.answer ? s.warning[w.code](driver, answer(w.answer)) : w.message
      case 'unknown-items':
        return counted ? s.warning[w.code](driver, count, total) : w.message
      case 'invalid-effect-code':
        return isNumber(count) ? s.warning[w.code](driver, count) : w.message
      case 'unknown-driver-in-rationale':
      case 'answer-for-excluded-driver':
        return driver ? s.warning[w.code](driver) : w.message
      case 'drivers-excluded': {
        // Each exclusion with the reason recorded for it, as the English sentence has them.
        const named = driverIds
          .map((id) => (reasons.get(id) ? `${id} (${reasons.get(id)})` : id))
          .join('; ')
        return counted && named ? s.warning[w.code](count, total, named) : w.message
      }
      case 'incomplete':
      case 'thin-evidence':
        return counted && drivers ? s.warning[w.code](count, total, drivers) : w.message
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
    if (status === 'invalid') return s.derivation.invalid
    if (status === 'withheld') return result.statusReasons.map(statusReason).join(' ')
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
    candidates: (result.candidates ?? []).map((c) =>
      s.candidate(
        `${c.driverId} (${labels.driverName(c.driverId, c.driverId)})`,
        c.answer ? answer(c.answer) : null,
        c.failureItems,
      ),
    ),
  }
}
