/**
 * Lifecycle mutations: `startActivity`, `completeActivity`, `skipActivity` (gated by
 * `@immd/core/lifecycle`), `recordSponsorship` (PRO1, needed by PRA1) and `communicateResults`
 * (PAA1 with its record). Completing A4 or A5 stores a result snapshot.
 *
 * @packageDocumentation
 */
import type { ActivityTransition } from '@immd/core/lifecycle'
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { engagementWriteErrors } from '../errors.js'
import {
  type ActivityChange,
  communicateResults,
  recordSponsorship,
  transitionActivity,
} from '../mutations/activities.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { ActivityIdEnum } from './enums.js'

const ActivityTransitionPayload = builder
  .objectRef<ActivityChange>('ActivityTransitionPayload')
  .implement({
    fields: (t) => ({
      activity: t.prismaField({
        type: 'ActivityRecord',
        resolve: (query, change, _args, ctx) =>
          ctx.db.prisma.activityRecord.findUniqueOrThrow({
            ...query,
            where: { id: change.activityRecordId },
          }),
      }),
      engagement: t.prismaField({
        type: 'Engagement',
        description: 'The engagement with its new state (and latest total and band after A4/A5).',
        resolve: (query, change, _args, ctx) =>
          ctx.db.prisma.engagement.findUniqueOrThrow({
            ...query,
            where: { id: change.engagementId },
          }),
      }),
      resultSnapshot: t.prismaField({
        type: 'ResultSnapshot',
        nullable: true,
        description: 'The result stored by this transition (completing A4 or A5), else null.',
        resolve: (query, change, _args, ctx) =>
          change.resultSnapshotId
            ? ctx.db.prisma.resultSnapshot.findUnique({
                ...query,
                where: { id: change.resultSnapshotId },
              })
            : null,
      }),
    }),
  })

const TRANSITIONS: [string, ActivityTransition, string][] = [
  ['startActivity', 'start', 'Starts an activity whose start gate is open.'],
  [
    'completeActivity',
    'complete',
    'Completes an activity whose completion gate is open; A4 and A5 store the result.',
  ],
  ['skipActivity', 'skip', 'Skips an activity the method allows to skip (PRA6, PAA3).'],
]

const ActivityTransitionInput = builder.inputType('ActivityTransitionInput', {
  description: 'The activity to start, complete or skip.',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    activityId: t.field({
      type: ActivityIdEnum,
      required: true,
      description: 'The activity, e.g. `PRA1`, `A4`.',
    }),
    version: t.int({
      required: true,
      description: 'The activity `version` you read (`Activity.version`).',
    }),
    notes: t.string({
      validate: z.string().max(10_000),
      description: 'Notes kept with the transition (at most 10,000 characters).',
    }),
  }),
})

const RecordSponsorshipInput = builder.inputType('RecordSponsorshipInput', {
  description: 'The stakeholder sponsor of an engagement (PRO1).',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    sponsorName: t.string({
      required: true,
      validate: z.string().trim().min(1).max(200),
      description: 'Name of the sponsor (1–200 characters).',
    }),
    version: t.int({ required: true, description: 'The engagement version you read.' }),
  }),
})

for (const [name, transition, description] of TRANSITIONS) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ActivityTransitionPayload,
      description,
      args: { input: t.arg({ type: ActivityTransitionInput, required: true }) },
      authScopes: (_root, { input: args }, ctx) =>
        engagementWriterScopes(args.engagementId.id, ctx),
      errors: engagementWriteErrors(),
      resolve: (_root, { input: args }, ctx) =>
        transitionActivity(ctx, { ...args, engagementId: args.engagementId.id }, transition),
    }),
  )
}

builder.mutationField('recordSponsorship', (t) =>
  t.field({
    type: engagementPayloadRef('RecordSponsorshipPayload'),
    description: 'Records who sponsors the assessment (PRO1); PRA1 cannot complete without it.',
    args: { input: t.arg({ type: RecordSponsorshipInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => engagementWriterScopes(args.engagementId.id, ctx),
    errors: engagementWriteErrors(),
    resolve: (_root, { input: args }, ctx) =>
      recordSponsorship(ctx, { ...args, engagementId: args.engagementId.id }),
  }),
)

const CommunicateResultsInput = builder.inputType('CommunicateResultsInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    audience: t.string({
      required: true,
      defaultValue: 'sponsor',
      validate: z.string().trim().min(1).max(200),
      description: 'e.g. sponsor, IMC manager, all IMC staff.',
    }),
    medium: t.string({ validate: z.string().trim().max(200), description: 'e.g. briefing.' }),
    summary: t.string({ validate: z.string().max(20_000) }),
    communicatedAt: t.field({ type: 'DateTime', description: 'Default: now.' }),
  }),
})

builder.mutationField('communicateResults', (t) =>
  t.field({
    type: ActivityTransitionPayload,
    description:
      'PAA1: records the communication of the latest result and completes PAA1 (starting it if needed).',
    args: { input: t.arg({ type: CommunicateResultsInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: engagementWriteErrors(),
    resolve: (_root, { input }, ctx) =>
      communicateResults(ctx, { ...input, engagementId: input.engagementId.id }),
  }),
)
