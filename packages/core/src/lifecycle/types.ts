/**
 * Types of the engagement lifecycle: the snapshot the gates read, and the gate results.
 *
 * @packageDocumentation
 */
import type { ActivityId, AnswerId, BandId, MethodDefinition } from '../method-types.js'

/**
 * Status of one activity. `skipped` is allowed only for activities the rule table marks skippable
 * (PRA6 tailoring, PAA3 process improvements); a skipped activity counts as settled for later gates.
 */
export type ActivityStatus = 'not-started' | 'in-progress' | 'completed' | 'skipped'

/** The engagement states of the domain reference §5.5 (`[DESIGN]`), in order. */
export type EngagementState =
  | 'draft'
  | 'preparing'
  | 'collecting'
  | 'evaluating'
  | 'scored'
  | 'next-steps'
  | 'communicated'
  | 'closed'

/** A driver's evaluation: an answer, an explicit "not applicable", or nothing yet. */
export type DriverEvaluation = AnswerId | 'not-applicable' | null

/** What can be done to an activity. */
export type ActivityTransition = 'start' | 'complete' | 'skip'

/** Counts of recorded engagement data that the gates need. */
export interface EngagementCounts {
  /** Entries of the scope list (people and groups to interview, PRO2). */
  scopeEntries: number
  /** Interview sessions held (A1). */
  interviews: number
  /** Documents reviewed from the document checklist (A2). */
  documentsReviewed: number
  /** Rationale data items recorded (N1, N2). */
  dataItems: number
  /** Next steps / improvements recorded on the IMC Improvement Worksheet (A6, O4). */
  nextSteps: number
  /** Records of results communicated to stakeholders (PAA1, PAO1). */
  resultsCommunicated: number
  /** Lessons learned recorded in the postmortem (PAA2, PAO2). */
  lessonsLearned: number
  /** Updates made to IMMD procedures, artefacts, tools or training (PAA3, PAO3). */
  processUpdates: number
}

/** The name of one of the {@link EngagementCounts}. */
export type EngagementCountKey = keyof EngagementCounts

/** A plain, immutable picture of an engagement: everything the lifecycle gates look at. */
export interface EngagementSnapshot {
  method: MethodDefinition
  /** Status per activity; a missing activity is `not-started`. */
  activityStatuses: Readonly<Partial<Record<ActivityId, ActivityStatus>>>
  /** The success threshold (a band of `method`), or null while unset. */
  threshold: BandId | null
  /** Evaluation per driver id; a missing driver is `null` (not evaluated). */
  driverEvaluations: Readonly<Record<string, DriverEvaluation>>
  /** Whether stakeholder sponsorship (PRO1) has been recorded. */
  sponsorshipRecorded: boolean
  counts: Readonly<EngagementCounts>
}

/** Fields shared by every prerequisite. */
interface PrerequisiteBase {
  /** English text for people; code and fields are for programs. */
  message: string
}

/** One thing missing before a transition is allowed. A value, never a thrown string. */
export type GatePrerequisite = PrerequisiteBase &
  (
    | {
        code: 'invalid-activity-status'
        activity: ActivityId
        status: ActivityStatus
        expected: ActivityStatus[]
      }
    | { code: 'activity-not-skippable'; activity: ActivityId }
    | { code: 'activity-not-started'; activity: ActivityId }
    | { code: 'activity-not-completed'; activity: ActivityId; skippedAllowed: boolean }
    | { code: 'sponsorship-not-recorded' }
    | { code: 'threshold-not-set' }
    | { code: 'threshold-unknown'; threshold: string }
    | { code: 'driver-not-evaluated'; driverId: string }
    | { code: 'no-driver-answered' }
    | { code: 'count-below-minimum'; count: EngagementCountKey; minimum: number; actual: number }
  )

/** The code of a {@link GatePrerequisite}. */
export type GatePrerequisiteCode = GatePrerequisite['code']

/** Whether a transition is allowed, and if not, everything that is missing. */
export type GateResult = { allowed: true } | { allowed: false; missing: GatePrerequisite[] }
