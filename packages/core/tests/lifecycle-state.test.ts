import { describe, expect, it } from 'vitest'
import { ENGAGEMENT_STATE_RULES } from '../src/lifecycle/engagement-states.js'
import {
  type ActivityTransition,
  applyActivityTransition,
  createEngagementSnapshot,
  deriveEngagementState,
  type EngagementSnapshot,
  type EngagementState,
} from '../src/lifecycle.js'
import type { ActivityId } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'

const withStatuses = (activityStatuses: EngagementSnapshot['activityStatuses']) =>
  createEngagementSnapshot({ activityStatuses })

describe('deriveEngagementState', () => {
  const cases: [string, EngagementSnapshot['activityStatuses'], EngagementState][] = [
    ['nothing begun', {}, 'draft'],
    ['sponsorship under way', { PRA1: 'in-progress' }, 'preparing'],
    ['only tailoring skipped', { PRA6: 'skipped' }, 'preparing'],
    ['interviews under way', { PRA1: 'completed', A1: 'in-progress' }, 'collecting'],
    [
      'drivers being evaluated',
      { A1: 'completed', A2: 'completed', A3: 'in-progress' },
      'evaluating',
    ],
    ['algorithm running', { A3: 'completed', A4: 'in-progress' }, 'evaluating'],
    ['score computed', { A3: 'completed', A4: 'completed' }, 'scored'],
    ['profile under way', { A4: 'completed', A5: 'in-progress' }, 'scored'],
    ['next steps under way', { A5: 'completed', A6: 'in-progress' }, 'next-steps'],
    ['results being communicated', { A6: 'completed', PAA1: 'in-progress' }, 'next-steps'],
    ['results communicated', { PAA1: 'completed' }, 'communicated'],
    ['postmortem under way', { PAA1: 'completed', PAA2: 'in-progress' }, 'communicated'],
    ['postmortem done, improvements skipped', { PAA2: 'completed', PAA3: 'skipped' }, 'closed'],
    ['everything completed', { PAA2: 'completed', PAA3: 'completed' }, 'closed'],
  ]
  it.each(cases)('%s → %s', (_label, statuses, expected) => {
    expect(deriveEngagementState(withStatuses(statuses))).toBe(expected)
  })

  it('lists the states of §5.5 in order, with the activities done in each', () => {
    expect(ENGAGEMENT_STATE_RULES.map((rule) => rule.state)).toEqual([
      'draft',
      'preparing',
      'collecting',
      'evaluating',
      'scored',
      'next-steps',
      'communicated',
      'closed',
    ])
    expect(ENGAGEMENT_STATE_RULES.flatMap((rule) => rule.activities)).toEqual(
      IMMD_1_0.activities.map((activity) => activity.id),
    )
  })
})

describe('applyActivityTransition', () => {
  it('returns a new snapshot and leaves the input untouched', () => {
    const before = createEngagementSnapshot()
    const result = applyActivityTransition({
      snapshot: before,
      activity: 'PRA1',
      transition: 'start',
    })
    expect(result.allowed).toBe(true)
    if (!result.allowed) return
    expect(result.snapshot.activityStatuses).toEqual({ PRA1: 'in-progress' })
    expect(result.state).toBe('preparing')
    expect(before.activityStatuses).toEqual({})
    expect(result.snapshot.method).toBe(before.method)
  })

  it('returns the gate failure instead of a snapshot', () => {
    const result = applyActivityTransition({
      snapshot: createEngagementSnapshot(),
      activity: 'A4',
      transition: 'start',
    })
    expect(result).toEqual({
      allowed: false,
      missing: [expect.objectContaining({ code: 'activity-not-completed', activity: 'A3' })],
    })
  })

  it('walks an engagement from draft to closed, through every state of §5.5', () => {
    let snapshot = createEngagementSnapshot({ method: IMMD_1_0 })
    const seen: EngagementState[] = [deriveEngagementState(snapshot)]
    const step = (activity: ActivityId, transition: ActivityTransition) => {
      const result = applyActivityTransition({ snapshot, activity, transition })
      if (!result.allowed)
        throw new Error(`${activity} ${transition}: ${JSON.stringify(result.missing)}`)
      snapshot = result.snapshot
      if (seen.at(-1) !== result.state) seen.push(result.state)
    }
    const record = (changes: Partial<EngagementSnapshot>) => {
      snapshot = { ...snapshot, ...changes, counts: { ...snapshot.counts, ...changes.counts } }
    }
    step('PRA1', 'start')
    record({ sponsorshipRecorded: true })
    step('PRA1', 'complete')
    step('PRA2', 'start')
    record({ counts: { ...snapshot.counts, scopeEntries: 14 }, threshold: 'high' })
    step('PRA2', 'complete')
    for (const id of ['PRA3', 'PRA4'] as const) {
      step(id, 'start')
      step(id, 'complete')
    }
    step('PRA6', 'skip')
    step('PRA5', 'start')
    step('PRA5', 'complete')
    step('A1', 'start')
    step('A2', 'start')
    record({ counts: { ...snapshot.counts, interviews: 5, documentsReviewed: 7, dataItems: 40 } })
    step('A1', 'complete')
    step('A2', 'complete')
    step('A3', 'start')
    record({
      driverEvaluations: Object.fromEntries(
        IMMD_1_0.drivers.map((d) => [d.id, 'likely-yes' as const]),
      ),
    })
    step('A3', 'complete')
    step('A4', 'start')
    step('A4', 'complete')
    step('A5', 'start')
    step('A5', 'complete')
    step('A6', 'start')
    record({ counts: { ...snapshot.counts, nextSteps: 2 } })
    step('A6', 'complete')
    step('PAA1', 'start')
    record({ counts: { ...snapshot.counts, resultsCommunicated: 1 } })
    step('PAA1', 'complete')
    step('PAA2', 'start')
    record({ counts: { ...snapshot.counts, lessonsLearned: 3 } })
    step('PAA2', 'complete')
    step('PAA3', 'skip')
    expect(seen).toEqual([
      'draft',
      'preparing',
      'collecting',
      'evaluating',
      'scored',
      'next-steps',
      'communicated',
      'closed',
    ])
  })
})
