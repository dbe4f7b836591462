/**
 * The lifecycle rule table: for each activity, the conditions to start, complete and skip it.
 * Kept as data so that it is documented, testable and shown in the console.
 *
 * Rules (`[DESIGN]`, derived from the data flow of the domain reference §5):
 * - An activity may start when the activities producing the artefacts it consumes are completed.
 *   Phase 1 is the exception: preparation is iterative, so there an activity may start once its
 *   upstream activities have started, and may complete only once they have completed.
 * - Phase 2 starts only when every Phase 1 activity is completed (PRA6, tailoring, may be skipped).
 * - Evidence gates: PRA1 needs sponsorship recorded, PRA2 and A1 a non-empty scope list, A1 an
 *   interview, A2 a reviewed document, A3 every driver answered (an answer or not-applicable) and a
 *   data item, A4 every driver evaluated and at least one real answer, A5 a threshold and A4
 *   completed, A6 a next step, PAA1 all of Phase 2 (so A6) completed, PAA2 a lesson learned, PAA3 a
 *   process update.
 * - Skippable: PRA6 (the standard method is used as is) and PAA3 (the postmortem found nothing to
 *   change; decided after PAA2). Nothing else may be skipped, because every other activity produces
 *   an artefact a later activity or the report needs.
 * - Start needs status `not-started`; complete needs `in-progress`; skip needs `not-started` or
 *   `in-progress`.
 *
 * @packageDocumentation
 */
import type { ActivityId, PhaseId } from '../method-types.js'
import type { EngagementCountKey } from './types.js'

/** One condition of a gate, as data. */
export type GateCondition =
  | { kind: 'activity-started'; activity: ActivityId }
  | { kind: 'activity-completed'; activity: ActivityId; skippedAllowed?: boolean }
  /** Every activity of the phase completed; skippable ones may be skipped instead. */
  | { kind: 'phase-completed'; phase: PhaseId }
  | { kind: 'sponsorship-recorded' }
  | { kind: 'count-at-least'; count: EngagementCountKey; minimum: number }
  | { kind: 'threshold-set' }
  /** Every driver has an answer or is marked not-applicable. */
  | { kind: 'all-drivers-evaluated' }
  /** At least one driver has a real answer, so there is something to score. */
  | { kind: 'some-driver-answered' }

/** The gates of one activity. */
export interface ActivityGateRule {
  activity: ActivityId
  skippable: boolean
  start: GateCondition[]
  complete: GateCondition[]
  skip: GateCondition[]
  /** Why the rule is what it is. */
  rationale: string
}

const started = (activity: ActivityId): GateCondition => ({ kind: 'activity-started', activity })
const completed = (activity: ActivityId): GateCondition => ({
  kind: 'activity-completed',
  activity,
})
const atLeastOne = (count: EngagementCountKey): GateCondition => ({
  kind: 'count-at-least',
  count,
  minimum: 1,
})

/** The rule table, one entry per activity in method order (all `[DESIGN]`). */
export const ACTIVITY_GATE_RULES: readonly ActivityGateRule[] = [
  {
    activity: 'PRA1',
    skippable: false,
    start: [],
    complete: [{ kind: 'sponsorship-recorded' }],
    skip: [],
    rationale: 'The requirements (PRI1) enter here; sponsorship (PRO1) must be on record.',
  },
  {
    activity: 'PRA2',
    skippable: false,
    start: [started('PRA1')],
    complete: [completed('PRA1'), atLeastOne('scopeEntries')],
    skip: [],
    rationale: 'The scope (PRO2) is set with the sponsor (PRO1) and is the scope list.',
  },
  {
    activity: 'PRA3',
    skippable: false,
    start: [started('PRA1'), started('PRA2')],
    complete: [completed('PRA1'), completed('PRA2')],
    skip: [],
    rationale: 'The plan (PRO3) builds on sponsorship (PRO1) and scope (PRO2).',
  },
  {
    activity: 'PRA4',
    skippable: false,
    start: [started('PRA3')],
    complete: [completed('PRA3')],
    skip: [],
    rationale: 'Logistics (PRO4) follow the plan (PRO3).',
  },
  {
    activity: 'PRA5',
    skippable: false,
    start: [started('PRA1')],
    complete: [{ kind: 'activity-completed', activity: 'PRA6', skippedAllowed: true }],
    skip: [],
    rationale:
      'Personnel are trained on the procedures actually used, so tailoring (PRA6) is done or ' +
      'skipped before training is complete.',
  },
  {
    activity: 'PRA6',
    skippable: true,
    start: [started('PRA1')],
    complete: [],
    skip: [],
    rationale: 'Tailoring is optional: skipping it means the standard method is used as is.',
  },
  {
    activity: 'A1',
    skippable: false,
    start: [{ kind: 'phase-completed', phase: 'prepare' }, atLeastOne('scopeEntries')],
    complete: [atLeastOne('interviews')],
    skip: [],
    rationale:
      'Interviews follow the prepared scope list; data from people (N1) needs an interview.',
  },
  {
    activity: 'A2',
    skippable: false,
    start: [{ kind: 'phase-completed', phase: 'prepare' }],
    complete: [atLeastOne('documentsReviewed')],
    skip: [],
    rationale: 'Data from documentation (N2) needs at least one reviewed document.',
  },
  {
    activity: 'A3',
    skippable: false,
    start: [completed('A1'), completed('A2')],
    complete: [{ kind: 'all-drivers-evaluated' }, atLeastOne('dataItems')],
    skip: [],
    rationale:
      'Drivers are evaluated from N1 and N2; every driver needs an answer (or not-applicable) and ' +
      'the rationale needs data items.',
  },
  {
    activity: 'A4',
    skippable: false,
    start: [completed('A3')],
    complete: [{ kind: 'all-drivers-evaluated' }, { kind: 'some-driver-answered' }],
    skip: [],
    rationale:
      'The algorithm scores O1; evaluations are re-checked because they stay editable after A3.',
  },
  {
    activity: 'A5',
    skippable: false,
    start: [completed('A4'), { kind: 'threshold-set' }],
    complete: [completed('A4'), { kind: 'threshold-set' }],
    skip: [],
    rationale: 'The success profile places the score (O2) next to the success threshold.',
  },
  {
    activity: 'A6',
    skippable: false,
    start: [completed('A1'), completed('A2'), completed('A3'), completed('A4'), completed('A5')],
    complete: [atLeastOne('nextSteps')],
    skip: [],
    rationale: 'Next steps (O4) draw on N1, N2, O1, O2 and O3.',
  },
  {
    activity: 'PAA1',
    skippable: false,
    start: [{ kind: 'phase-completed', phase: 'conduct' }],
    complete: [atLeastOne('resultsCommunicated')],
    skip: [],
    rationale:
      'Results and plans (PAI1) exist once Phase 2, next steps (A6) included, is complete.',
  },
  {
    activity: 'PAA2',
    skippable: false,
    start: [completed('PAA1')],
    complete: [atLeastOne('lessonsLearned')],
    skip: [],
    rationale: 'The postmortem looks back on the whole IMMD, communication included.',
  },
  {
    activity: 'PAA3',
    skippable: true,
    start: [completed('PAA2')],
    complete: [atLeastOne('processUpdates')],
    skip: [completed('PAA2')],
    rationale:
      'Improvements come from the lessons learned (PAO2); when there are none to make, PAA3 is ' +
      'skipped after the postmortem.',
  },
]

/** Returns the rule of one activity. */
export function getActivityGateRule(activity: ActivityId): ActivityGateRule {
  const rule = ACTIVITY_GATE_RULES.find((candidate) => candidate.activity === activity)
  // The table covers the closed ActivityId union; a miss is a programming error.
  if (!rule) throw new Error(`No lifecycle rule for activity ${activity}.`)
  return rule
}
