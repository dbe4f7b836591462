/**
 * Turns gate conditions into the prerequisites a snapshot is missing.
 *
 * @packageDocumentation
 */
import { findBand, getActivity, listActivitiesOfPhase } from '../method.js'
import type { ActivityId } from '../method-types.js'
import { type GateCondition, getActivityGateRule } from './gate-rules.js'
import type {
  ActivityStatus,
  EngagementCountKey,
  EngagementSnapshot,
  GatePrerequisite,
} from './types.js'

/** Human names of the counts, for messages. */
const COUNT_LABELS: Record<EngagementCountKey, string> = {
  scopeEntries: 'scope list entry',
  interviews: 'interview session',
  documentsReviewed: 'reviewed document',
  dataItems: 'rationale data item',
  nextSteps: 'next step',
  resultsCommunicated: 'record of communicated results',
  lessonsLearned: 'lesson learned',
  processUpdates: 'update to the IMMD process',
}

/** What counts, where the label alone does not say it (PAA3's updates are lessons marked applied). */
const COUNT_HINTS: Partial<Record<EngagementCountKey, string>> = {
  processUpdates: ' An update is a lesson learned marked "applied" (on the Post page).',
}

/** The status of an activity in a snapshot (`not-started` when absent). */
export function readActivityStatus(
  snapshot: EngagementSnapshot,
  activity: ActivityId,
): ActivityStatus {
  return snapshot.activityStatuses[activity] ?? 'not-started'
}

/** Lists what the snapshot is missing for one condition (empty when it holds). */
export function evaluateCondition(
  snapshot: EngagementSnapshot,
  condition: GateCondition,
): GatePrerequisite[] {
  switch (condition.kind) {
    case 'activity-started':
      return checkStarted(snapshot, condition.activity)
    case 'activity-completed':
      return checkCompleted(snapshot, condition.activity, condition.skippedAllowed ?? false)
    case 'phase-completed':
      return listActivitiesOfPhase(snapshot.method, condition.phase).flatMap((activity) =>
        checkCompleted(snapshot, activity.id, getActivityGateRule(activity.id).skippable),
      )
    case 'sponsorship-recorded':
      return snapshot.sponsorshipRecorded
        ? []
        : [
            {
              code: 'sponsorship-not-recorded',
              message: 'Stakeholder sponsorship is not recorded.',
            },
          ]
    case 'count-at-least':
      return checkCount(snapshot, condition.count, condition.minimum)
    case 'threshold-set':
      return checkThreshold(snapshot)
    case 'all-drivers-evaluated':
      return snapshot.method.drivers
        .filter((driver) => (snapshot.driverEvaluations[driver.id] ?? null) === null)
        .map((driver) => ({
          code: 'driver-not-evaluated',
          driverId: driver.id,
          message: `Driver ${driver.id} (${driver.shortName}) has no answer and is not marked not-applicable.`,
        }))
    case 'some-driver-answered': {
      const answered = snapshot.method.drivers.some((driver) => {
        const evaluation = snapshot.driverEvaluations[driver.id] ?? null
        return evaluation !== null && evaluation !== 'not-applicable'
      })
      return answered
        ? []
        : [
            {
              code: 'no-driver-answered',
              message: 'Every driver is not-applicable: nothing to score.',
            },
          ]
    }
  }
}

function describe(snapshot: EngagementSnapshot, activity: ActivityId): string {
  return `${activity} (${getActivity(snapshot.method, activity).name})`
}

function checkStarted(snapshot: EngagementSnapshot, activity: ActivityId): GatePrerequisite[] {
  const status = readActivityStatus(snapshot, activity)
  if (status === 'in-progress' || status === 'completed') return []
  return [
    {
      code: 'activity-not-started',
      activity,
      message: `${describe(snapshot, activity)} must be started first.`,
    },
  ]
}

function checkCompleted(
  snapshot: EngagementSnapshot,
  activity: ActivityId,
  skippedAllowed: boolean,
): GatePrerequisite[] {
  const status = readActivityStatus(snapshot, activity)
  if (status === 'completed' || (skippedAllowed && status === 'skipped')) return []
  return [
    {
      code: 'activity-not-completed',
      activity,
      skippedAllowed,
      message: `${describe(snapshot, activity)} must be completed${skippedAllowed ? ' or skipped' : ''} first.`,
    },
  ]
}

function checkCount(
  snapshot: EngagementSnapshot,
  count: EngagementCountKey,
  minimum: number,
): GatePrerequisite[] {
  const actual = snapshot.counts[count]
  if (actual >= minimum) return []
  const label = COUNT_LABELS[count]
  return [
    {
      code: 'count-below-minimum',
      count,
      minimum,
      actual,
      message: `At least ${minimum} ${label}${minimum === 1 ? '' : 's'} needed; ${actual} recorded.${COUNT_HINTS[count] ?? ''}`,
    },
  ]
}

function checkThreshold(snapshot: EngagementSnapshot): GatePrerequisite[] {
  if (snapshot.threshold === null) {
    return [{ code: 'threshold-not-set', message: 'The success threshold is not set.' }]
  }
  if (findBand(snapshot.method, snapshot.threshold)) return []
  return [
    {
      code: 'threshold-unknown',
      threshold: snapshot.threshold,
      message: `The success threshold "${snapshot.threshold}" is not a band of ${snapshot.method.version}.`,
    },
  ]
}
