/**
 * Strict reading of a score input: answers (ids or labels), tailoring exclusions and the threshold
 * (id or label). Anything that cannot be read is an error naming its path; the caller then computes no
 * total at all, because a total from the readable rest would look valid and be wrong.
 *
 * @packageDocumentation
 */
import type {
  AnswerOption,
  BandDefinition,
  DriverDefinition,
  MethodDefinition,
} from '../method-types.js'

/**
 * A driver taken out of the scored set by a recorded tailoring decision (PRA6, or later by a lead
 * assessor). There is no evaluation-time "not applicable": exclusion is the only way out of the set.
 */
export interface DriverExclusion {
  driverId: string
  /** The rationale agreed with the sponsor. */
  reason: string
  /** Who decided (a user's name or id), when known. */
  decidedBy?: string | null
  /** ISO 8601 date-time of the decision, when known. */
  decidedAt?: string | null
  /** `tailoring`: decided in PRA6 or a later re-tailoring; `migrated`: a stored evaluation-time N/A. */
  origin: 'tailoring' | 'migrated'
}

/** How one driver's input was resolved. */
export type DriverStatus = 'answered' | 'missing' | 'excluded' | 'invalid'

/** A method driver together with its resolved answer. */
export interface ResolvedDriver {
  driver: DriverDefinition
  status: DriverStatus
  /** The answer option when `status` is `answered`, else `null`. */
  answer: AnswerOption | null
  /** The tailoring decision when `status` is `excluded`. */
  exclusion?: DriverExclusion
}

/** Why an input entry could not be read. */
export type ScoreInputErrorCode =
  | 'invalid-answer'
  | 'unknown-driver'
  | 'unknown-threshold'
  | 'invalid-exclusion'

/** One unreadable entry of the input, e.g. path `answers.D3`, `exclusions[0].driverId`. */
export interface ScoreInputError {
  code: ScoreInputErrorCode
  path: string
  message: string
  /**
   * The offending value as given (the unknown driver key, the answer, the threshold; for an
   * exclusion, its driver id), so a client can write the sentence in its reader's language.
   */
  value?: string
}

/** A value of the input as text (strings as they are, anything else as JSON). */
const asText = (raw: unknown): string => (typeof raw === 'string' ? raw : JSON.stringify(raw))

/** The result of {@link resolveAnswers}. */
export interface ResolvedAnswers {
  drivers: ResolvedDriver[]
  /** Every unreadable entry, in input order (answers, exclusions, threshold). */
  errors: ScoreInputError[]
  /** The exclusions of known drivers, in driver order. */
  excluded: DriverExclusion[]
  /** Drivers that are both answered and excluded: the exclusion wins, the answer is ignored. */
  answeredButExcluded: string[]
  /** The threshold band, when one was given and could be read. */
  threshold: BandDefinition | undefined
}

/** Options of {@link resolveAnswers}. */
export interface ResolveAnswersOptions {
  method: MethodDefinition
  answers: Readonly<Record<string, unknown>>
  exclusions?: readonly DriverExclusion[] | undefined
  threshold?: string | null | undefined
}

/** Lower case, spaces and underscores as hyphens: "Likely Yes", "likely_yes" → `likely-yes`. */
function toKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
}

/** Finds an answer by id or label, ignoring case and spacing; `undefined` when none matches. */
export function normalizeAnswer(method: MethodDefinition, raw: unknown): AnswerOption | undefined {
  if (typeof raw !== 'string') return undefined
  const key = toKey(raw)
  return method.answers.find((answer) => answer.id === key || toKey(answer.label) === key)
}

/** Finds a band by id or label ("High", "high"); `undefined` when none matches. */
export function normalizeBand(method: MethodDefinition, raw: unknown): BandDefinition | undefined {
  if (typeof raw !== 'string') return undefined
  const key = toKey(raw)
  return method.bands.find((band) => band.id === key || toKey(band.label) === key)
}

/**
 * Matches the input against the method's drivers. An unknown driver key, an answer that is neither
 * an answer id nor a label (including the retired `'not-applicable'`), a malformed exclusion or an
 * unreadable threshold each yield one error; `null` or a missing key means "not answered yet".
 */
export function resolveAnswers(options: ResolveAnswersOptions): ResolvedAnswers {
  const { method, answers } = options
  const errors: ScoreInputError[] = []
  const driverIds = new Set(method.drivers.map((driver) => driver.id))
  for (const key of Object.keys(answers)) {
    if (!driverIds.has(key)) {
      errors.push({
        code: 'unknown-driver',
        path: `answers.${key}`,
        value: key,
        message: `Method ${method.version} has no driver "${key}".`,
      })
    }
  }
  const exclusionById = readExclusions(options, driverIds, errors)
  const answeredButExcluded: string[] = []
  const drivers = method.drivers.map((driver): ResolvedDriver => {
    const raw = Object.hasOwn(answers, driver.id) ? answers[driver.id] : undefined
    const exclusion = exclusionById.get(driver.id)
    if (exclusion) {
      if (raw !== null && raw !== undefined) answeredButExcluded.push(driver.id)
      return { driver, status: 'excluded', answer: null, exclusion }
    }
    if (raw === null || raw === undefined) return { driver, status: 'missing', answer: null }
    const answer = normalizeAnswer(method, raw)
    if (answer) return { driver, status: 'answered', answer }
    errors.push({
      code: 'invalid-answer',
      path: `answers.${driver.id}`,
      value: asText(raw),
      message: describeInvalidAnswer(method, driver.id, raw),
    })
    return { driver, status: 'invalid', answer: null }
  })
  const threshold = readThreshold(options, errors)
  const excluded = drivers.flatMap((d) => (d.exclusion ? [d.exclusion] : []))
  return { drivers, errors, excluded, answeredButExcluded, threshold }
}

function describeInvalidAnswer(method: MethodDefinition, driverId: string, raw: unknown): string {
  const allowed = method.answers.map((answer) => answer.label).join(', ')
  if (raw === 'not-applicable') {
    return (
      `Driver ${driverId}: "not-applicable" is not an answer. A driver leaves the scored set only ` +
      'through a tailoring decision (an exclusion with its reason); otherwise answer one of ' +
      `${allowed}.`
    )
  }
  return `Driver ${driverId} has unknown answer ${JSON.stringify(raw)}; expected one of ${allowed}.`
}

function readExclusions(
  options: ResolveAnswersOptions,
  driverIds: ReadonlySet<string>,
  errors: ScoreInputError[],
): Map<string, DriverExclusion> {
  const byId = new Map<string, DriverExclusion>()
  ;(options.exclusions ?? []).forEach((exclusion, index) => {
    const path = `exclusions[${index}]`
    const fail = (field: string, message: string) =>
      errors.push({
        code: 'invalid-exclusion',
        path: `${path}.${field}`,
        message,
        value: exclusion.driverId,
      })
    if (!driverIds.has(exclusion.driverId)) {
      errors.push({
        code: 'unknown-driver',
        path: `${path}.driverId`,
        value: asText(exclusion.driverId),
        message: `Method ${options.method.version} has no driver "${exclusion.driverId}" to exclude.`,
      })
    } else if (byId.has(exclusion.driverId)) {
      fail('driverId', `Driver ${exclusion.driverId} is excluded more than once.`)
    } else if (typeof exclusion.reason !== 'string' || exclusion.reason.trim() === '') {
      fail('reason', `The exclusion of ${exclusion.driverId} has no reason.`)
    } else if (exclusion.origin !== 'tailoring' && exclusion.origin !== 'migrated') {
      fail('origin', `The exclusion of ${exclusion.driverId} has an unknown origin.`)
    } else {
      byId.set(exclusion.driverId, exclusion)
    }
  })
  return byId
}

function readThreshold(
  options: ResolveAnswersOptions,
  errors: ScoreInputError[],
): BandDefinition | undefined {
  const raw = options.threshold
  if (raw === null || raw === undefined) return undefined
  const band = normalizeBand(options.method, raw)
  if (!band) {
    const allowed = options.method.bands.map((b) => b.label).join(', ')
    errors.push({
      code: 'unknown-threshold',
      path: 'threshold',
      value: asText(raw),
      message: `Unknown success threshold ${JSON.stringify(raw)}; expected one of ${allowed}.`,
    })
  }
  return band
}
