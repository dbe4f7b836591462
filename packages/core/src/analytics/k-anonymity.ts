/**
 * k-anonymity rules of cohort statistics (`[DESIGN]`, issue #15): no statistic from fewer than
 * `minEngagements` engagements (k) and, when the cohort spans organizations, fewer than
 * `minOrganizations` distinct organizations (k'). Thresholds can be raised, never lowered below
 * the defaults. A suppressed statistic carries its reason, phrased against the threshold only, so
 * the reason never reveals how many engagements or organizations a small cell held.
 *
 * @packageDocumentation
 */

/** The thresholds a cohort statistic must meet. */
export interface PrivacyThresholds {
  /** k: minimum engagements behind any statistic. */
  minEngagements: number
  /** k': minimum distinct organizations behind a cross-organization statistic. */
  minOrganizations: number
}

/** Our defaults (`[DESIGN]`): k = 5 engagements, k' = 3 organizations. */
export const DEFAULT_PRIVACY_THRESHOLDS: Readonly<PrivacyThresholds> = Object.freeze({
  minEngagements: 5,
  minOrganizations: 3,
})

/**
 * Why a statistic was withheld: below k, below k', or (set by the API) a cross-organization cohort
 * asked for by an organization that did not opt in.
 */
export type SuppressionCode = 'too-few-engagements' | 'too-few-organizations' | 'not-opted-in'

/** A withheld statistic's reason: a code and a sentence naming the threshold (never the count). */
export interface SuppressionReason {
  code: SuppressionCode
  /** The sentence in English; readers in other languages write it from the code and threshold. */
  message: string
  /** The threshold not reached (k or k'); absent for `not-opted-in`. Never the actual count. */
  threshold?: number
}

/** An error of {@link resolvePrivacyThresholds}. */
export interface PrivacyThresholdError {
  field: keyof PrivacyThresholds
  message: string
}

/**
 * Validates configured thresholds: whole numbers, never below the defaults (thresholds may only
 * be raised). Missing values take the defaults.
 */
export function resolvePrivacyThresholds(
  requested: Partial<PrivacyThresholds> = {},
): { ok: true; thresholds: PrivacyThresholds } | { ok: false; errors: PrivacyThresholdError[] } {
  const errors: PrivacyThresholdError[] = []
  const thresholds = { ...DEFAULT_PRIVACY_THRESHOLDS }
  for (const field of ['minEngagements', 'minOrganizations'] as const) {
    const value = requested[field]
    if (value === undefined) continue
    const floor = DEFAULT_PRIVACY_THRESHOLDS[field]
    if (!Number.isInteger(value)) {
      errors.push({ field, message: `${field} must be a whole number (got ${value}).` })
    } else if (value < floor) {
      errors.push({
        field,
        message: `${field} may only be raised: ${value} is below the minimum of ${floor}.`,
      })
    } else {
      thresholds[field] = value
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, thresholds }
}

/** What {@link checkCohortPrivacy} looks at. */
export interface CohortSize {
  engagements: number
  organizations: number
  /** Whether the cohort may hold engagements of other organizations than the requester's. */
  crossOrganization: boolean
}

/**
 * The reason a cohort's statistic must be withheld, or `null` when it may be shown. Inside one
 * organization only k applies (the requester may read every engagement of it anyway); across
 * organizations both k and k' apply.
 */
export function checkCohortPrivacy(
  size: CohortSize,
  thresholds: PrivacyThresholds = DEFAULT_PRIVACY_THRESHOLDS,
): SuppressionReason | null {
  if (size.engagements < thresholds.minEngagements) {
    return {
      code: 'too-few-engagements',
      threshold: thresholds.minEngagements,
      message: `Withheld: the cohort has fewer than ${thresholds.minEngagements} engagements.`,
    }
  }
  if (size.crossOrganization && size.organizations < thresholds.minOrganizations) {
    return {
      code: 'too-few-organizations',
      threshold: thresholds.minOrganizations,
      message: `Withheld: the cohort spans fewer than ${thresholds.minOrganizations} organizations.`,
    }
  }
  return null
}
