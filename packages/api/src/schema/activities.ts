/**
 * Phases and activities of an engagement: each ActivityRecord with its status, outputs and lifecycle
 * gate (can it start / complete now, and what is missing), computed by `@immd/core/lifecycle`.
 * `Engagement.phases` loads the activity rows and everything the gates need in the engagement's own
 * query and computes the gates once per engagement.
 *
 * @packageDocumentation
 */
import type { ActivityGates, ActivityStatus, GatePrerequisite } from '@immd/core/lifecycle'
import { DEFAULT_METHOD_VERSION, getBuiltInMethod } from '@immd/core/method'
import type { ActivityId, PhaseDefinition, PhaseId } from '@immd/core/method-types'
import type { ActivityRecord } from '@immd/db/generated/sqlite/client'
import { readOutputs, SNAPSHOT_SELECT, type SnapshotRow } from '@immd/db/lifecycle-snapshot'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { computeGates } from '../engagements/gates.js'
import { requireLocalizedMethod, requireMethod } from '../methods.js'
import { ActivityIdEnum, ActivityStatusEnum, PhaseEnum } from './enums.js'
import { GatePrerequisiteRef } from './errors.js'

/** Tailoring copies the process unchanged, so activity names come from the built-in method. */
const BUILT_IN = getBuiltInMethod(DEFAULT_METHOD_VERSION)

/** The missing prerequisites of the transition the activity's status allows next. */
function nextMissing(gates: ActivityGates): GatePrerequisite[] {
  const next =
    gates.status === 'not-started'
      ? gates.start
      : gates.status === 'in-progress'
        ? gates.complete
        : { allowed: true as const }
  return next.allowed ? [] : next.missing
}

const missingOf = (result: ActivityGates['start'] | undefined) =>
  result && !result.allowed ? result.missing : []

const ActivityGateRef = builder.objectRef<ActivityGates>('ActivityGate').implement({
  description: 'Whether the activity may start, complete or be skipped now, and what is missing.',
  fields: (t) => ({
    canStart: t.boolean({ resolve: (g) => g.start.allowed }),
    canComplete: t.boolean({ resolve: (g) => g.complete.allowed }),
    canSkip: t.boolean({
      nullable: true,
      description: 'Null for activities that cannot be skipped (all but PRA6 and PAA3).',
      resolve: (g) => (g.skip ? g.skip.allowed : null),
    }),
    missing: t.field({
      type: [GatePrerequisiteRef],
      description: 'What the next transition (start when not started, else complete) lacks.',
      resolve: nextMissing,
    }),
    startMissing: t.field({ type: [GatePrerequisiteRef], resolve: (g) => missingOf(g.start) }),
    completeMissing: t.field({
      type: [GatePrerequisiteRef],
      resolve: (g) => missingOf(g.complete),
    }),
  }),
})

export const ActivityRef = builder.prismaNode('ActivityRecord', {
  nullable: true,
  name: 'Activity',
  id: { field: 'id' },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    activityId: t.field({ type: ActivityIdEnum, resolve: (a) => a.activityId as ActivityId }),
    phase: t.field({ type: PhaseEnum, resolve: (a) => a.phase as PhaseId }),
    position: t.exposeInt('ordinal', { description: '1-based order.' }),
    name: t.string({
      description: "The activity's name in the request's language (`Accept-Language`).",
      resolve: async (a, _args, ctx) => {
        // One localized copy per request and locale (the loader caches it), not one per activity.
        const method = BUILT_IN
          ? await ctx.loaders.localizedMethod.load({
              version: BUILT_IN.version,
              locale: ctx.locale,
            })
          : null
        return method?.activities.find((d) => d.id === a.activityId)?.name ?? a.activityId
      },
    }),
    status: t.field({ type: ActivityStatusEnum, resolve: (a) => a.status as ActivityStatus }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completedBy: t.relation('completedBy', { nullable: true }),
    outputs: t.stringList({
      description: 'Ids of the artefacts produced so far (e.g. PRO1, O2).',
      resolve: (a) => readOutputs(a.outputs),
    }),
    notes: t.exposeString('notes', { nullable: true }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    gate: t.field({
      type: ActivityGateRef,
      resolve: async (a, _args, ctx) => {
        const gates = await ctx.loaders.engagementGates.load(a.engagementId)
        const gate = gates?.get(a.activityId)
        if (!gate) throw new Error(`No gate for activity ${a.activityId} of ${a.engagementId}.`)
        return gate
      },
    }),
  }),
})

interface EngagementPhase {
  engagementId: string
  phase: PhaseDefinition
  activities: ActivityRecord[]
}

const EngagementPhaseRef = builder.objectRef<EngagementPhase>('EngagementPhase').implement({
  description: 'One phase of an engagement with the activity records of that engagement.',
  fields: (t) => ({
    id: t.id({
      description:
        "Unique across the API: the engagement's `id`, `:`, then the phase code (each engagement has its own activity states).",
      resolve: (p) => `${encodeGlobalID('Engagement', p.engagementId)}:${p.phase.id}`,
    }),
    code: t.field({
      type: PhaseEnum,
      description: 'Which of the three phases this is.',
      resolve: (p) => p.phase.id,
    }),
    number: t.int({ resolve: (p) => p.phase.number }),
    name: t.string({
      description: "The phase's name in the request's language (`Accept-Language`).",
      resolve: (p) => p.phase.name,
    }),
    activities: t.field({ type: [ActivityRef], resolve: (p) => p.activities }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  phases: t.field({
    type: [EngagementPhaseRef],
    description: 'The three phases with their activities, in method order.',
    select: (_args, _ctx, nestedSelection) => ({
      ...SNAPSHOT_SELECT,
      activities: nestedSelection({ orderBy: { ordinal: 'asc' } }, ['activities']),
    }),
    resolve: async (engagement, _args, ctx) => {
      const [method, localized] = await Promise.all([
        requireMethod(ctx.loaders, engagement.methodVersion),
        requireLocalizedMethod(ctx.loaders, engagement.methodVersion, ctx.locale),
      ])
      const activities = engagement.activities as unknown as ActivityRecord[]
      // Gates for every activity from the rows already loaded: no query per activity.
      ctx.loaders.engagementGates.prime(
        engagement.id,
        computeGates(engagement as unknown as SnapshotRow, method),
      )
      return localized.phases.map((phase) => ({
        engagementId: engagement.id,
        phase,
        activities: activities.filter((activity) => activity.phase === phase.id),
      }))
    },
  }),
}))
