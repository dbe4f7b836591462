/**
 * The result's sentences in the reader's language: status reasons, the band cap, scoring warnings,
 * the derivation, A6 next-step candidates and withheld benchmark statistics. The API sends a stable
 * `code` with its fields beside an English `message`; the console writes the sentence from
 * `resultText.*` in its catalogues and keeps the API's English only for a code it does not know (a
 * newer API) or when a field it needs is absent.
 */

/** vue-i18n's `t` with named values, and `te` (whether a key exists in the catalogues). */
type Translate = (key: string, named?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

/** The fields of a `StatusReason` the sentence needs. */
export interface StatusReasonText {
  code: string
  message: string
  count?: number | null
  total?: number | null
  minimum?: number | null
  driverIds?: readonly string[] | null
}

/** The fields of a `ScoreWarning` the sentence needs. */
export interface ScoreWarningText {
  code: string
  message: string
  driverId?: string | null
  count?: number | null
  total?: number | null
  answer?: string | null
  effect?: string | null
  driverIds?: readonly string[] | null
  capFrom?: string | null
  capTo?: string | null
}

/** The fields of a `BandCap` the sentence needs. */
export interface BandCapText {
  from: string
  to: string
  message: string
  drivers: ReadonlyArray<{ driverId: string; answer?: string | null }>
}

/** The fields of a `NextStepCandidate` the sentence needs. */
export interface CandidateText {
  driverId: string
  message: string
  answer?: string | null
  failureItems?: number | null
}

/** The fields of a `BenchmarkSuppression` the sentence needs. */
export interface SuppressionText {
  code: string
  message: string
  threshold?: number | null
}

/** The fields of an `EngagementResult` its derivation is written from. */
export interface DerivationText {
  status: string
  derivation: string
  derivationFormula?: string | null
  band?: string | null
  cap?: { from: string; drivers: ReadonlyArray<{ driverId: string }> } | null
  excluded: ReadonlyArray<{ driverId: string }>
  missing: readonly string[]
  statusReasons: readonly StatusReasonText[]
}

const isNumber = (value: unknown): value is number => typeof value === 'number'

/** Why the result is not final. */
export function describeStatusReason(reason: StatusReasonText, t: Translate, te: Exists): string {
  const key = `resultText.status.${reason.code}`
  if (!te(key)) return reason.message
  switch (reason.code) {
    case 'below-minimum-coverage':
      if (!isNumber(reason.count) || !isNumber(reason.total) || !isNumber(reason.minimum)) {
        return reason.message
      }
      return t(key, { count: reason.count, total: reason.total, minimum: reason.minimum })
    case 'drivers-not-evaluated':
      if (!isNumber(reason.count) || !isNumber(reason.total) || !reason.driverIds?.length) {
        return reason.message
      }
      return t(key, {
        count: reason.count,
        total: reason.total,
        drivers: reason.driverIds.join(', '),
      })
    default:
      return t(key)
  }
}

/** Band names stay the method's labels; the catalogue holds them under `band.*`. */
function bandOf(band: string | null | undefined, t: Translate, te: Exists): string {
  if (!band) return t('resultText.derivation.noBand')
  return te(`band.${band}`) ? t(`band.${band}`) : band
}

function answerOf(answer: string, t: Translate, te: Exists): string {
  return te(`answer.${answer}`) ? t(`answer.${answer}`) : answer
}

/** Why the rule-based algorithm lowered the band. */
export function describeBandCap(cap: BandCapText, t: Translate, te: Exists): string {
  if (cap.drivers.length === 0) return cap.message
  const drivers = cap.drivers
    .map((d) =>
      d.answer
        ? t('resultText.capDriver', { driver: d.driverId, answer: answerOf(d.answer, t, te) })
        : d.driverId,
    )
    .join(', ')
  return t('resultText.cap', { from: bandOf(cap.from, t, te), to: bandOf(cap.to, t, te), drivers })
}

/** What a reviewer should look at (never changes the score). */
export function describeScoreWarning(warning: ScoreWarningText, t: Translate, te: Exists): string {
  const key = `resultText.warning.${warning.code}`
  if (!te(key)) return warning.message
  const driver = warning.driverId ?? ''
  const drivers = (warning.driverIds ?? []).join(', ')
  const counted = isNumber(warning.count) && isNumber(warning.total)
  switch (warning.code) {
    case 'answer-contradicts-rationale':
      if (!warning.answer || !warning.effect || !isNumber(warning.count)) return warning.message
      return t(key, {
        driver,
        answer: answerOf(warning.answer, t, te),
        count: warning.count,
        effect: warning.effect,
      })
    case 'no-rationale':
      if (!warning.answer) return warning.message
      return t(key, { driver, answer: answerOf(warning.answer, t, te) })
    case 'unknown-items':
      return counted
        ? t(key, { driver, count: warning.count, total: warning.total })
        : warning.message
    case 'invalid-effect-code':
      return isNumber(warning.count) ? t(key, { driver, count: warning.count }) : warning.message
    case 'unknown-driver-in-rationale':
    case 'answer-for-excluded-driver':
      return driver ? t(key, { driver }) : warning.message
    case 'incomplete':
    case 'drivers-excluded':
    case 'thin-evidence':
      return counted && drivers
        ? t(key, { count: warning.count, total: warning.total, drivers })
        : warning.message
    case 'band-capped':
      if (!warning.capFrom || !warning.capTo || !drivers) return warning.message
      return t(key, {
        from: bandOf(warning.capFrom, t, te),
        to: bandOf(warning.capTo, t, te),
        drivers,
      })
    default:
      return warning.message
  }
}

/**
 * The derivation: the API's arithmetic (`(75×8 + 50×2) / 10 = 70.0 → 70`, the same in every
 * language) followed by the band, the cap and the left-out drivers in the reader's words.
 */
export function describeDerivation(result: DerivationText, t: Translate, te: Exists): string {
  if (result.status === 'INVALID') return t('resultText.derivation.invalid')
  if (result.status === 'WITHHELD') {
    return result.statusReasons.map((reason) => describeStatusReason(reason, t, te)).join(' ')
  }
  const parts: string[] = []
  const excluded = result.excluded.map((e) => e.driverId)
  if (excluded.length)
    parts.push(t('resultText.derivation.excluded', { drivers: excluded.join(', ') }))
  if (result.missing.length) {
    parts.push(t('resultText.derivation.missing', { drivers: result.missing.join(', ') }))
  }
  const tail = parts.length ? `; ${parts.join('; ')}` : ''
  if (result.derivationFormula === undefined) return result.derivation
  if (result.derivationFormula === null) return `${t('resultText.derivation.notComputable')}${tail}`
  const band = result.cap
    ? t('resultText.derivation.capped', {
        band: bandOf(result.band, t, te),
        from: bandOf(result.cap.from, t, te),
        drivers: result.cap.drivers.map((d) => d.driverId).join(', '),
      })
    : bandOf(result.band, t, te)
  return `${t('resultText.derivation.band', { formula: result.derivationFormula, band })}${tail}`
}

/** Why a driver is an A6 next-step candidate; `name` is the driver's short name, when known. */
export function describeCandidate(
  candidate: CandidateText,
  t: Translate,
  te: Exists,
  name?: string,
): string {
  if (!isNumber(candidate.failureItems)) return candidate.message
  const driver = name ? `${candidate.driverId} (${name})` : candidate.driverId
  const failures = candidate.failureItems > 0
  if (!candidate.answer) {
    return failures
      ? t('resultText.candidate.notEvaluatedFailures', { driver, count: candidate.failureItems })
      : t('resultText.candidate.notEvaluated', { driver })
  }
  const answer = answerOf(candidate.answer, t, te)
  return failures
    ? t('resultText.candidate.answeredFailures', { driver, answer, count: candidate.failureItems })
    : t('resultText.candidate.answered', { driver, answer })
}

/** Why a benchmark statistic is withheld: names the threshold, never the count. */
export function describeSuppression(
  suppression: SuppressionText,
  t: Translate,
  te: Exists,
): string {
  const key = `resultText.suppression.${suppression.code}`
  if (!te(key)) return suppression.message
  if (suppression.code === 'NOT_OPTED_IN') return t(key)
  return isNumber(suppression.threshold)
    ? t(key, { threshold: suppression.threshold })
    : suppression.message
}

/** A benchmark note as the API sends it: a code with its values and the English sentence. */
export interface BenchmarkNoteText {
  code: string
  message: string
  driverIds: string[]
  methodVersion?: string | null
  sharedDriverCount?: number | null
  dimension?: string | null
}

/** A benchmark note in the console's language; the English message for a code it does not know. */
export function describeBenchmarkNote(note: BenchmarkNoteText, t: Translate, te: Exists): string {
  const key = `resultText.benchmarkNote.${note.code}`
  if (!te(key)) return note.message
  const drivers = note.driverIds.join(', ')
  switch (note.code) {
    case 'tailored-method':
      return isNumber(note.sharedDriverCount) && note.methodVersion
        ? t(key, { method: note.methodVersion, shared: note.sharedDriverCount, drivers })
        : note.message
    case 'excluded-drivers':
      return t(key, { drivers })
    case 'dimension-not-recorded': {
      const dimension = `resultText.dimension.${note.dimension}`
      return note.dimension && te(dimension) ? t(key, { dimension: t(dimension) }) : note.message
    }
    default:
      return note.message
  }
}
