import { describe, expect, it } from 'vitest'
import { ACTIVITY_GATE_RULES } from '../src/lifecycle/gate-rules.js'
import {
  type ActivityStatus,
  type CreateEngagementSnapshotInput,
  checkActivityGate,
  createEngagementSnapshot,
  type EngagementSnapshot,
  listActivityGates,
} from '../src/lifecycle.js'
import type { ActivityId } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'

const PHASE_1: ActivityId[] = ['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6']
const PHASE_2: ActivityId[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']
const ALL_DRIVERS_LIKELY_YES = Object.fromEntries(
  IMMD_1_0.drivers.map((driver) => [driver.id, 'likely-yes' as const]),
)

/** A snapshot where `completed` are done, `inProgress` running, and every gate's evidence present. */
function snapshotWith(
  completed: ActivityId[],
  inProgress: ActivityId[] = [],
  overrides: CreateEngagementSnapshotInput = {},
): EngagementSnapshot {
  const activityStatuses: Partial<Record<ActivityId, ActivityStatus>> = {}
  for (const id of completed) activityStatuses[id] = 'completed'
  for (const id of inProgress) activityStatuses[id] = 'in-progress'
  return createEngagementSnapshot({
    activityStatuses,
    threshold: 'high',
    driverEvaluations: ALL_DRIVERS_LIKELY_YES,
    sponsorshipRecorded: true,
    counts: {
      scopeEntries: 12,
      interviews: 4,
      documentsReviewed: 6,
      dataItems: 30,
      nextSteps: 3,
      resultsCommunicated: 1,
      lessonsLearned: 2,
      processUpdates: 1,
    },
    ...overrides,
  })
}

const gate = (
  snapshot: EngagementSnapshot,
  activity: ActivityId,
  transition: 'start' | 'complete' | 'skip',
) => checkActivityGate({ snapshot, activity, transition })

const codes = (result: ReturnType<typeof gate>) =>
  result.allowed
    ? []
    : result.missing.map((item) =>
        'activity' in item ? `${item.code}:${item.activity}` : item.code,
      )

describe('phase 1 gates', () => {
  it('lets PRA1 start on a fresh engagement and refuses every other activity with what is missing', () => {
    const fresh = createEngagementSnapshot()
    expect(gate(fresh, 'PRA1', 'start')).toEqual({ allowed: true })
    expect(gate(fresh, 'PRA2', 'start')).toEqual({
      allowed: false,
      missing: [
        {
          code: 'activity-not-started',
          activity: 'PRA1',
          message: 'PRA1 (Develop stakeholder sponsorship) must be started first.',
        },
      ],
    })
  })

  it('needs sponsorship recorded and the activity in progress to complete PRA1', () => {
    const running = snapshotWith([], ['PRA1'], { sponsorshipRecorded: false })
    expect(gate(running, 'PRA1', 'complete')).toEqual({
      allowed: false,
      missing: [
        { code: 'sponsorship-not-recorded', message: 'Stakeholder sponsorship is not recorded.' },
      ],
    })
    expect(gate(snapshotWith([], ['PRA1']), 'PRA1', 'complete')).toEqual({ allowed: true })
  })

  it('runs phase 1 in parallel: PRA2 starts once PRA1 has started, completes once it has completed', () => {
    expect(gate(snapshotWith([], ['PRA1']), 'PRA2', 'start')).toEqual({ allowed: true })
    const result = gate(
      snapshotWith([], ['PRA1', 'PRA2'], { counts: { scopeEntries: 0 } }),
      'PRA2',
      'complete',
    )
    expect(result).toEqual({
      allowed: false,
      missing: [
        expect.objectContaining({
          code: 'activity-not-completed',
          activity: 'PRA1',
          skippedAllowed: false,
        }),
        expect.objectContaining({
          code: 'count-below-minimum',
          count: 'scopeEntries',
          minimum: 1,
          actual: 0,
        }),
      ],
    })
  })

  it('starts PRA3 only after PRA1 and PRA2 have started, and PRA4 after PRA3', () => {
    expect(codes(gate(snapshotWith([], ['PRA1']), 'PRA3', 'start'))).toEqual([
      'activity-not-started:PRA2',
    ])
    expect(gate(snapshotWith(['PRA1'], ['PRA2']), 'PRA3', 'start')).toEqual({ allowed: true })
    expect(codes(gate(snapshotWith(['PRA1'], ['PRA2']), 'PRA4', 'start'))).toEqual([
      'activity-not-started:PRA3',
    ])
  })

  it('needs tailoring (PRA6) completed or skipped before training (PRA5) completes', () => {
    const running = snapshotWith(['PRA1'], ['PRA5'])
    expect(gate(running, 'PRA5', 'complete')).toEqual({
      allowed: false,
      missing: [
        {
          code: 'activity-not-completed',
          activity: 'PRA6',
          skippedAllowed: true,
          message:
            'PRA6 (Tailor IMMD procedures, criteria, and supporting artifacts) must be completed or skipped first.',
        },
      ],
    })
    const skipped = snapshotWith(['PRA1'], ['PRA5'], {
      activityStatuses: { PRA1: 'completed', PRA5: 'in-progress', PRA6: 'skipped' },
    })
    expect(gate(skipped, 'PRA5', 'complete')).toEqual({ allowed: true })
  })

  it('lets only PRA6 and PAA3 be skipped', () => {
    const fresh = snapshotWith([])
    expect(gate(fresh, 'PRA6', 'skip')).toEqual({ allowed: true })
    expect(codes(gate(fresh, 'PRA1', 'skip'))).toEqual(['activity-not-skippable:PRA1'])
    expect(codes(gate(snapshotWith(PHASE_1), 'PRA6', 'skip'))).toEqual([
      'invalid-activity-status:PRA6',
    ])
  })
})

describe('phase 2 gates', () => {
  it('refuses phase 2 until every required phase 1 activity is completed, naming each one', () => {
    const result = gate(snapshotWith(['PRA1', 'PRA2'], ['PRA3']), 'A2', 'start')
    expect(codes(result)).toEqual([
      'activity-not-completed:PRA3',
      'activity-not-completed:PRA4',
      'activity-not-completed:PRA5',
      'activity-not-completed:PRA6',
    ])
    const pra6 = result.allowed ? undefined : result.missing.at(-1)
    expect(pra6).toMatchObject({ activity: 'PRA6', skippedAllowed: true })
  })

  it('accepts a skipped PRA6 for phase 2', () => {
    const snapshot = snapshotWith(['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5'], [], {
      activityStatuses: {
        PRA1: 'completed',
        PRA2: 'completed',
        PRA3: 'completed',
        PRA4: 'completed',
        PRA5: 'completed',
        PRA6: 'skipped',
      },
    })
    expect(gate(snapshot, 'A1', 'start')).toEqual({ allowed: true })
    expect(gate(snapshot, 'A2', 'start')).toEqual({ allowed: true })
  })

  it('needs a non-empty scope list to start A1 and an interview to complete it', () => {
    const empty = snapshotWith(PHASE_1, [], { counts: { scopeEntries: 0 } })
    expect(gate(empty, 'A1', 'start')).toEqual({
      allowed: false,
      missing: [
        {
          code: 'count-below-minimum',
          count: 'scopeEntries',
          minimum: 1,
          actual: 0,
          message: 'At least 1 scope list entry needed; 0 recorded.',
        },
      ],
    })
    const noInterview = snapshotWith(PHASE_1, ['A1'], {
      counts: { scopeEntries: 3, interviews: 0 },
    })
    expect(gate(noInterview, 'A1', 'complete')).toMatchObject({
      allowed: false,
      missing: [{ code: 'count-below-minimum', count: 'interviews', actual: 0 }],
    })
  })

  it('needs a reviewed document to complete A2', () => {
    const snapshot = snapshotWith(PHASE_1, ['A2'], { counts: { documentsReviewed: 0 } })
    expect(gate(snapshot, 'A2', 'complete')).toMatchObject({
      allowed: false,
      missing: [{ code: 'count-below-minimum', count: 'documentsReviewed' }],
    })
  })

  it('starts A3 only when A1 and A2 are completed', () => {
    expect(codes(gate(snapshotWith([...PHASE_1, 'A1'], ['A2']), 'A3', 'start'))).toEqual([
      'activity-not-completed:A2',
    ])
    expect(gate(snapshotWith([...PHASE_1, 'A1', 'A2']), 'A3', 'start')).toEqual({ allowed: true })
  })

  it('completes A3 only when every driver is answered, naming each unanswered driver', () => {
    const partial = { ...ALL_DRIVERS_LIKELY_YES, D3: null, D9: null }
    delete (partial as Record<string, unknown>).D10
    const snapshot = snapshotWith([...PHASE_1, 'A1', 'A2'], ['A3'], {
      driverEvaluations: partial,
      counts: { dataItems: 0 },
    })
    const result = gate(snapshot, 'A3', 'complete')
    expect(result).toMatchObject({
      allowed: false,
      missing: [
        { code: 'driver-not-evaluated', driverId: 'D3' },
        { code: 'driver-not-evaluated', driverId: 'D9' },
        { code: 'driver-not-evaluated', driverId: 'D10' },
        { code: 'count-below-minimum', count: 'dataItems' },
      ],
    })
    expect(result.allowed ? '' : result.missing[0]?.message).toBe(
      'Driver D3 (well-understood customer needs and requirements) has no answer and is not marked not-applicable.',
    )
  })

  it('counts not-applicable as an answer for A3', () => {
    const snapshot = snapshotWith([...PHASE_1, 'A1', 'A2'], ['A3'], {
      driverEvaluations: { ...ALL_DRIVERS_LIKELY_YES, D4: 'not-applicable' },
    })
    expect(gate(snapshot, 'A3', 'complete')).toEqual({ allowed: true })
  })

  it('re-checks driver evaluations before A4 completes, and needs one real answer', () => {
    const done = [...PHASE_1, 'A1', 'A2', 'A3'] as ActivityId[]
    const cleared = snapshotWith(done, ['A4'], {
      driverEvaluations: { ...ALL_DRIVERS_LIKELY_YES, D7: null },
    })
    expect(codes(gate(cleared, 'A4', 'complete'))).toEqual(['driver-not-evaluated'])
    expect(gate(cleared, 'A4', 'complete')).toMatchObject({ missing: [{ driverId: 'D7' }] })
    const allNa = snapshotWith(done, ['A4'], {
      driverEvaluations: Object.fromEntries(
        IMMD_1_0.drivers.map((d) => [d.id, 'not-applicable' as const]),
      ),
    })
    expect(codes(gate(allNa, 'A4', 'complete'))).toEqual(['no-driver-answered'])
    expect(gate(snapshotWith(done, ['A4']), 'A4', 'complete')).toEqual({ allowed: true })
  })

  it('starts A5 only with A4 completed and a threshold that is a band of the method', () => {
    const before = snapshotWith([...PHASE_1, 'A1', 'A2', 'A3'], ['A4'], { threshold: null })
    expect(gate(before, 'A5', 'start')).toEqual({
      allowed: false,
      missing: [
        expect.objectContaining({ code: 'activity-not-completed', activity: 'A4' }),
        { code: 'threshold-not-set', message: 'The success threshold is not set.' },
      ],
    })
    const unknown = snapshotWith([...PHASE_1, 'A1', 'A2', 'A3', 'A4'], [], {
      threshold: 'superb' as never,
    })
    expect(gate(unknown, 'A5', 'start')).toMatchObject({
      allowed: false,
      missing: [{ code: 'threshold-unknown', threshold: 'superb' }],
    })
    expect(gate(snapshotWith([...PHASE_1, 'A1', 'A2', 'A3', 'A4']), 'A5', 'start')).toEqual({
      allowed: true,
    })
  })

  it('still needs the threshold when A5 completes (it stays editable)', () => {
    const snapshot = snapshotWith([...PHASE_1, 'A1', 'A2', 'A3', 'A4'], ['A5'], { threshold: null })
    expect(codes(gate(snapshot, 'A5', 'complete'))).toEqual(['threshold-not-set'])
  })

  it('starts A6 after the success profile and completes it with a next step', () => {
    expect(
      codes(gate(snapshotWith([...PHASE_1, 'A1', 'A2', 'A3', 'A4'], ['A5']), 'A6', 'start')),
    ).toEqual(['activity-not-completed:A5'])
    const running = snapshotWith([...PHASE_1, 'A1', 'A2', 'A3', 'A4', 'A5'], ['A6'], {
      counts: { nextSteps: 0 },
    })
    expect(gate(running, 'A6', 'complete')).toMatchObject({
      allowed: false,
      missing: [{ code: 'count-below-minimum', count: 'nextSteps', minimum: 1, actual: 0 }],
    })
  })
})

describe('phase 3 gates', () => {
  const conductDone = [...PHASE_1, ...PHASE_2]

  it('refuses PAA1 until next steps (A6) are completed', () => {
    const snapshot = snapshotWith([...PHASE_1, 'A1', 'A2', 'A3', 'A4', 'A5'], ['A6'])
    expect(gate(snapshot, 'PAA1', 'start')).toEqual({
      allowed: false,
      missing: [
        {
          code: 'activity-not-completed',
          activity: 'A6',
          skippedAllowed: false,
          message: 'A6 (Determine next steps) must be completed first.',
        },
      ],
    })
    expect(gate(snapshotWith(conductDone), 'PAA1', 'start')).toEqual({ allowed: true })
  })

  it('needs communicated results, then lessons learned, then process updates', () => {
    const none = { resultsCommunicated: 0, lessonsLearned: 0, processUpdates: 0 }
    expect(
      codes(gate(snapshotWith(conductDone, ['PAA1'], { counts: none }), 'PAA1', 'complete')),
    ).toEqual(['count-below-minimum'])
    expect(codes(gate(snapshotWith(conductDone, ['PAA1']), 'PAA2', 'start'))).toEqual([
      'activity-not-completed:PAA1',
    ])
    const postmortem = snapshotWith([...conductDone, 'PAA1'], ['PAA2'], { counts: none })
    expect(gate(postmortem, 'PAA2', 'complete')).toMatchObject({
      missing: [{ code: 'count-below-minimum', count: 'lessonsLearned' }],
    })
    const improving = snapshotWith([...conductDone, 'PAA1', 'PAA2'], ['PAA3'], { counts: none })
    expect(gate(improving, 'PAA3', 'complete')).toMatchObject({
      missing: [{ code: 'count-below-minimum', count: 'processUpdates' }],
    })
  })

  it('skips PAA3 only after the postmortem', () => {
    expect(codes(gate(snapshotWith([...conductDone, 'PAA1'], ['PAA2']), 'PAA3', 'skip'))).toEqual([
      'activity-not-completed:PAA2',
    ])
    expect(gate(snapshotWith([...conductDone, 'PAA1', 'PAA2']), 'PAA3', 'skip')).toEqual({
      allowed: true,
    })
  })
})

describe('activity status', () => {
  it('refuses to start a running activity or complete one that has not started', () => {
    expect(gate(snapshotWith([], ['PRA1']), 'PRA1', 'start')).toEqual({
      allowed: false,
      missing: [
        {
          code: 'invalid-activity-status',
          activity: 'PRA1',
          status: 'in-progress',
          expected: ['not-started'],
          message: 'PRA1 is in-progress; to start it, it must be not-started.',
        },
      ],
    })
    expect(codes(gate(snapshotWith([]), 'PRA1', 'complete'))).toEqual([
      'invalid-activity-status:PRA1',
    ])
  })

  it('reports the status problem together with the other missing prerequisites', () => {
    expect(
      codes(gate(snapshotWith([], [], { sponsorshipRecorded: false }), 'PRA1', 'complete')),
    ).toEqual(['invalid-activity-status:PRA1', 'sponsorship-not-recorded'])
  })
})

describe('listActivityGates', () => {
  it('lists start and complete gates for all 15 activities, skip only where allowed', () => {
    const gates = listActivityGates(createEngagementSnapshot())
    expect(gates.map((entry) => entry.activity)).toEqual(IMMD_1_0.activities.map((a) => a.id))
    expect(
      gates.filter((entry) => entry.skip !== undefined).map((entry) => entry.activity),
    ).toEqual(['PRA6', 'PAA3'])
    expect(gates.filter((entry) => entry.start.allowed).map((entry) => entry.activity)).toEqual([
      'PRA1',
    ])
    expect(gates.every((entry) => entry.status === 'not-started')).toBe(true)
  })
})

describe('rule table', () => {
  it('has one rule per activity, in method order', () => {
    expect(ACTIVITY_GATE_RULES.map((rule) => rule.activity)).toEqual(
      IMMD_1_0.activities.map((a) => a.id),
    )
  })

  it('makes every activity wait for the producers of the artefacts it consumes', () => {
    const producer = new Map<string, (typeof IMMD_1_0.activities)[number]>()
    for (const activity of IMMD_1_0.activities)
      for (const id of activity.produces) producer.set(id, activity)
    for (const activity of IMMD_1_0.activities) {
      const rule = ACTIVITY_GATE_RULES.find((candidate) => candidate.activity === activity.id)
      for (const artifact of activity.consumes) {
        const upstream = producer.get(artifact)
        if (!upstream || upstream.id === activity.id) continue
        const covered = rule?.start.some(
          (condition) =>
            (condition.kind === 'activity-started' && condition.activity === upstream.id) ||
            (condition.kind === 'activity-completed' && condition.activity === upstream.id) ||
            (condition.kind === 'phase-completed' && condition.phase === upstream.phase),
        )
        expect(covered, `${activity.id} consumes ${artifact} from ${upstream.id}`).toBe(true)
      }
    }
  })
})
