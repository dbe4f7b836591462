/**
 * The engagement states of the domain reference §5.5 (`[DESIGN]`) and when each is entered, as data.
 *
 * | State          | Activities    | Entered when                                  |
 * | -------------- | ------------- | --------------------------------------------- |
 * | `draft`        | —             | nothing has begun                             |
 * | `preparing`    | PRA1–PRA6     | any Phase 1 activity started or skipped       |
 * | `collecting`   | A1, A2        | A1 or A2 started                              |
 * | `evaluating`   | A3            | A3 started                                    |
 * | `scored`       | A4, A5        | A4 completed (a current potential exists)     |
 * | `next-steps`   | A6            | A6 started                                    |
 * | `communicated` | PAA1          | PAA1 completed (results are communicated)     |
 * | `closed`       | PAA2, PAA3    | PAA2 completed and PAA3 completed or skipped  |
 *
 * The labels of the last states describe an outcome, so they are entered on completion; the
 * others are entered as soon as their work begins. The furthest state whose condition holds wins.
 *
 * @packageDocumentation
 */
import type { ActivityId } from '../method-types.js'
import type { EngagementState } from './types.js'

/** When a state is entered: any listed activity begun, or all listed activities completed/settled. */
export interface StateEntryCondition {
  /** `any-begun`: in progress, completed or skipped; `all-settled`: completed, or skipped if allowed. */
  kind: 'any-begun' | 'all-completed' | 'all-settled'
  activities: ActivityId[]
}

/** One row of the state table. */
export interface EngagementStateRule {
  state: EngagementState
  /** The activities done while in this state (§5.5). */
  activities: ActivityId[]
  /** Null for `draft`, the initial state. */
  enteredWhen: StateEntryCondition | null
}

/** The state table, first state first. */
export const ENGAGEMENT_STATE_RULES: readonly EngagementStateRule[] = [
  { state: 'draft', activities: [], enteredWhen: null },
  {
    state: 'preparing',
    activities: ['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6'],
    enteredWhen: {
      kind: 'any-begun',
      activities: ['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6'],
    },
  },
  {
    state: 'collecting',
    activities: ['A1', 'A2'],
    enteredWhen: { kind: 'any-begun', activities: ['A1', 'A2'] },
  },
  {
    state: 'evaluating',
    activities: ['A3'],
    enteredWhen: { kind: 'any-begun', activities: ['A3'] },
  },
  {
    state: 'scored',
    activities: ['A4', 'A5'],
    enteredWhen: { kind: 'all-completed', activities: ['A4'] },
  },
  {
    state: 'next-steps',
    activities: ['A6'],
    enteredWhen: { kind: 'any-begun', activities: ['A6'] },
  },
  {
    state: 'communicated',
    activities: ['PAA1'],
    enteredWhen: { kind: 'all-completed', activities: ['PAA1'] },
  },
  {
    state: 'closed',
    activities: ['PAA2', 'PAA3'],
    enteredWhen: { kind: 'all-settled', activities: ['PAA2', 'PAA3'] },
  },
]
