/**
 * The assessment team of an engagement (per-engagement roles): `Engagement.members`,
 * `setEngagementMember` and `removeEngagementMember`, for the organization's admins and lead
 * assessors. Seats decide who of the assessors may write the engagement, who sees interviewees'
 * real names (lead assessors and assessors) and TLP:AMBER/RED notes (anyone on the team).
 * The writes are `services/engagement-team.ts` (through `writeEngagement`, lock `'open'`).
 *
 * @packageDocumentation
 */

import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { NotFoundError } from '../errors.js'
import { removeEngagementMember, setEngagementMember } from '../services/engagement-team.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { UserRef } from './viewer.js'

const EngagementRoleEnum = builder.enumType('EngagementRole', {
  values: {
    LEAD_ASSESSOR: { value: 'lead-assessor' },
    ASSESSOR: { value: 'assessor' },
    NOTE_TAKER: { value: 'note-taker', description: 'Writes; sees pseudonyms only.' },
    OBSERVER: { value: 'observer', description: 'Reads restricted notes; does not write.' },
  } as const,
})

builder.prismaObject('EngagementMember', {
  description: 'A seat on the assessment team of an engagement.',
  authScopes: (seat, ctx) =>
    ctx.loaders.engagementOrganization
      .load(seat.engagementId)
      .then((organizationId) => (organizationId ? { member: organizationId } : false)),
  fields: (t) => ({
    role: t.field({ type: EngagementRoleEnum, resolve: (seat) => seat.role as 'assessor' }),
    user: t.relation('user'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  members: t.relation('members', {
    description: 'The assessment team, oldest seat first.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
}))

/** Admins and lead assessors of the engagement's organization; unknown or hidden: not found. */
async function teamManagerScopes(engagementId: string, ctx: ApiContext) {
  const organizationId = await ctx.loaders.engagementOrganization.load(engagementId)
  return organizationId ? { writer: organizationId } : { authenticated: true }
}

const SetEngagementMemberPayload = engagementPayloadRef('SetEngagementMemberPayload')

const SetEngagementMemberInput = builder.inputType('SetEngagementMemberInput', {
  description: "A seat on an engagement's assessment team.",
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    userId: t.globalID({ required: true, for: UserRef }),
    role: t.field({ type: EngagementRoleEnum, required: true }),
  }),
})

builder.mutationField('setEngagementMember', (t) =>
  t.field({
    type: SetEngagementMemberPayload,
    description: 'Gives a member of the organization a seat (or another role) on the team.',
    args: { input: t.arg({ type: SetEngagementMemberInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => teamManagerScopes(args.engagementId.id, ctx),
    errors: { types: [NotFoundError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      setEngagementMember(ctx, {
        engagementId: args.engagementId.id,
        userId: args.userId.id,
        role: args.role,
      }),
  }),
)

const RemoveEngagementMemberPayload = engagementPayloadRef('RemoveEngagementMemberPayload')

const RemoveEngagementMemberInput = builder.inputType('RemoveEngagementMemberInput', {
  description: 'The team member to take off an engagement.',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    userId: t.globalID({ required: true, for: UserRef }),
  }),
})

builder.mutationField('removeEngagementMember', (t) =>
  t.field({
    type: RemoveEngagementMemberPayload,
    args: { input: t.arg({ type: RemoveEngagementMemberInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => teamManagerScopes(args.engagementId.id, ctx),
    errors: { types: [NotFoundError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      removeEngagementMember(ctx, { engagementId: args.engagementId.id, userId: args.userId.id }),
  }),
)
