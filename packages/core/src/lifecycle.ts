/**
 * The engagement lifecycle as a pure state machine: activity gates, state derivation and
 * transitions over a plain {@link EngagementSnapshot}. The rules live in data
 * ({@link ACTIVITY_GATE_RULES}, {@link ENGAGEMENT_STATE_RULES}); see their modules for the tables.
 *
 * @packageDocumentation
 */

import { ENGAGEMENT_STATE_RULES, type StateEntryCondition } from './lifecycle/engagement-states.js'
import { evaluateCondition, readActivityStatus } from './lifecycle/evaluate-conditions.js'
import { getActivityGateRule } from './lifecycle/gate-rules.js'
import type {
  ActivityStatus,
  ActivityTransition,
  DriverEvaluation,
  EngagementCounts,
  EngagementSnapshot,
  EngagementState,
  GatePrerequisite,
  GateResult,
} from './lifecycle/types.js'
import type { ActivityId, BandId, MethodDefinition } from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'

export type { EngagementStateRule, StateEntryCondition } from './lifecycle/engagement-states.js'
export type { ActivityGateRule, GateCondition } from './lifecycle/gate-rules.js'
export type {
  ActivityStatus,
  ActivityTransition,
  DriverEvaluation,
  EngagementCountKey,
  EngagementCounts,
  EngagementSnapshot,
  EngagementState,
  GatePrerequisite,
  GatePrerequisiteCode,
  GateResult,
} from './lifecycle/types.js'

/** Input of {@link createEngagementSnapshot}; everything but the method has a default. */
export interface CreateEngagementSnapshotInput {
  /** Defaults to IMMD 1.0. */
  method?: MethodDefinition
  activityStatuses?: Partial<Record<ActivityId, ActivityStatus>>
  threshold?: BandId | null
  driverEvaluations?: Record<string, DriverEvaluation>
  sponsorshipRecorded?: boolean
  counts?: Partial<EngagementCounts>
}

/** Builds a snapshot, filling unset fields with a fresh engagement's values (zero counts, no threshold). */
export function createEngagementSnapshot(
  input: CreateEngagementSnapshotInput = {},
): EngagementSnapshot {
  return {
    method: input.method ?? IMMD_1_0,
    activityStatuses: { ...input.activityStatuses },
    threshold: input.threshold ?? null,
    driverEvaluations: { ...input.driverEvaluations },
    sponsorshipRecorded: input.sponsorshipRecorded ?? false,
    counts: {
      scopeEntries: 0,
      interviews: 0,
      documentsReviewed: 0,
      dataItems: 0,
      nextSteps: 0,
      resultsCommunicated: 0,
      lessonsLearned: 0,
      processUpdates: 0,
      ...input.counts,
    },
  }
}

/** Options of {@link checkActivityGate}. */
export interface CheckActivityGateOptions {
  snapshot: EngagementSnapshot
  activity: ActivityId
  transition: ActivityTransition
}

/** The statuses each transition may leave from. */
const ALLOWED_FROM: Record<ActivityTransition, ActivityStatus[]> = {
  start: ['not-started'],
  complete: ['in-progress'],
  skip: ['not-started', 'in-progress'],
}

/**
 * Checks whether an activity may be started, completed or skipped, listing every missing
 * prerequisite (status, upstream activities, evidence) rather than stopping at the first.
 */
export function checkActivityGate(options: CheckActivityGateOptions): GateResult {
  const { snapshot, activity, transition } = options
  const rule = getActivityGateRule(activity)
  const missing: GatePrerequisite[] = []
  const status = readActivityStatus(snapshot, activity)
  if (transition === 'skip' && !rule.skippable) {
    missing.push({
      code: 'activity-not-skippable',
      activity,
      message: `${activity} cannot be skipped.`,
    })
  }
  const expected = ALLOWED_FROM[transition]
  if (!expected.includes(status)) {
    missing.push({
      code: 'invalid-activity-status',
      activity,
      status,
      expected,
      message: `${activity} is ${status}; to ${transition} it, it must be ${expected.join(' or ')}.`,
    })
  }
  for (const condition of rule[transition]) missing.push(...evaluateCondition(snapshot, condition))
  return missing.length === 0 ? { allowed: true } : { allowed: false, missing }
}

/** The gates of one activity, as listed by {@link listActivityGates}. */
export interface ActivityGates {
  activity: ActivityId
  status: ActivityStatus
  start: GateResult
  complete: GateResult
  /** Present only for skippable activities (PRA6, PAA3). */
  skip?: GateResult
}

/** Lists the start and complete gates (and skip, where allowed) of every activity, in method order. */
export function listActivityGates(snapshot: EngagementSnapshot): ActivityGates[] {
  return snapshot.method.activities.map(({ id }) => {
    const check = (transition: ActivityTransition) =>
      checkActivityGate({ snapshot, activity: id, transition })
    const gates: ActivityGates = {
      activity: id,
      status: readActivityStatus(snapshot, id),
      start: check('start'),
      complete: check('complete'),
    }
    if (getActivityGateRule(id).skippable) gates.skip = check('skip')
    return gates
  })
}

/** Derives the engagement state from the activity statuses: the furthest state that was entered. */
export function deriveEngagementState(snapshot: EngagementSnapshot): EngagementState {
  for (const rule of [...ENGAGEMENT_STATE_RULES].reverse()) {
    if (rule.enteredWhen === null || isEntered(snapshot, rule.enteredWhen)) return rule.state
  }
  return 'draft'
}

function isEntered(snapshot: EngagementSnapshot, condition: StateEntryCondition): boolean {
  const statuses = condition.activities.map((activity) => readActivityStatus(snapshot, activity))
  switch (condition.kind) {
    case 'any-begun':
      return statuses.some((status) => status !== 'not-started')
    case 'all-completed':
      return statuses.every((status) => status === 'completed')
    case 'all-settled':
      return condition.activities.every((activity, index) => {
        const status = statuses[index]
        return (
          status === 'completed' ||
          (status === 'skipped' && getActivityGateRule(activity).skippable)
        )
      })
  }
}

/** Options of {@link applyActivityTransition}. */
export interface ApplyActivityTransitionOptions extends CheckActivityGateOptions {}

/** A transition's outcome: the new snapshot, or the gate failure. */
export type ApplyActivityTransitionResult =
  | { allowed: true; snapshot: EngagementSnapshot; state: EngagementState }
  | { allowed: false; missing: GatePrerequisite[] }

/** The status an activity has after each transition. */
const STATUS_AFTER: Record<ActivityTransition, ActivityStatus> = {
  start: 'in-progress',
  complete: 'completed',
  skip: 'skipped',
}

/**
 * Applies a transition when its gate allows it, returning a new snapshot (the input is not changed)
 * and the engagement state it leads to; otherwise returns the gate's missing prerequisites.
 */
export function applyActivityTransition(
  options: ApplyActivityTransitionOptions,
): ApplyActivityTransitionResult {
  const gate = checkActivityGate(options)
  if (!gate.allowed) return gate
  const snapshot: EngagementSnapshot = {
    ...options.snapshot,
    activityStatuses: {
      ...options.snapshot.activityStatuses,
      [options.activity]: STATUS_AFTER[options.transition],
    },
  }
  return { allowed: true, snapshot, state: deriveEngagementState(snapshot) }
}
