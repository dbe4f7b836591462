/**
 * A gate prerequisite in the reader's language: the API sends a stable `code` with its fields
 * (activity, count, minimum …) beside an English `message`; the console writes the sentence from
 * its catalogues, and keeps the API's English only for a code it does not know yet (a newer API).
 */

/** The fields of a `GatePrerequisite` the sentence needs. */
export interface GatePrerequisiteText {
  code: string
  message: string
  activityId?: string | null
  driverId?: string | null
  status?: string | null
  expected?: readonly string[] | null
  count?: string | null
  minimum?: number | null
  actual?: number | null
  threshold?: string | null
  skippedAllowed?: boolean | null
}

/** vue-i18n's `t` with named values, and `te` (whether a key exists in the catalogues). */
type Translate = (key: string, named?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

/** The sentence for one prerequisite. */
export function describeGatePrerequisite(
  item: GatePrerequisiteText,
  t: Translate,
  te: Exists,
): string {
  const activity = item.activityId ?? ''
  const status = (value: string) =>
    te(`activityStatus.${value}`) ? t(`activityStatus.${value}`) : value
  switch (item.code) {
    case 'ACTIVITY_NOT_COMPLETED':
      return t(
        item.skippedAllowed
          ? 'gate.ACTIVITY_NOT_COMPLETED_OR_SKIPPED'
          : 'gate.ACTIVITY_NOT_COMPLETED',
        { activity },
      )
    case 'ACTIVITY_NOT_STARTED':
    case 'ACTIVITY_NOT_SKIPPABLE':
      return t(`gate.${item.code}`, { activity })
    case 'INVALID_ACTIVITY_STATUS':
      if (!item.status || !item.expected) return item.message
      return t('gate.INVALID_ACTIVITY_STATUS', {
        activity,
        status: status(item.status),
        expected: item.expected.map(status).join(t('gate.or')),
      })
    case 'SPONSORSHIP_NOT_RECORDED':
    case 'THRESHOLD_NOT_SET':
    case 'NO_DRIVER_ANSWERED':
      return t(`gate.${item.code}`)
    case 'THRESHOLD_UNKNOWN':
      return item.threshold
        ? t('gate.THRESHOLD_UNKNOWN', { threshold: item.threshold })
        : item.message
    case 'DRIVER_NOT_EVALUATED':
      return t('gate.DRIVER_NOT_EVALUATED', { driver: item.driverId ?? '' })
    case 'COUNT_BELOW_MINIMUM': {
      const key = `gate.count.${item.count ?? ''}`
      if (!te(key)) return item.message
      const sentence = t('gate.COUNT_BELOW_MINIMUM', {
        minimum: item.minimum ?? 0,
        actual: item.actual ?? 0,
        what: t(key),
      })
      return item.count === 'processUpdates'
        ? `${sentence} ${t('gate.processUpdatesHint')}`
        : sentence
    }
    default:
      return item.message
  }
}

/** "A5 cannot start yet:" for a refused transition (`start`, `complete`, `skip`, `edit`). */
export function describeGateRefusal(
  activityId: string,
  transition: string,
  t: Translate,
  te: Exists,
): string {
  const key = `gate.refused.${transition}`
  return te(key)
    ? t(key, { activity: activityId })
    : t('gate.refused.edit', { activity: activityId })
}
