/**
 * The Engagement: one IMMD assessment of one IMC. Its worksheets are added by the domain files
 * (phases, checklist, scope, interviews, documents, data items, evaluations, result, improvements,
 * lessons, result history) with `builder.prismaObjectFields('Engagement', …)`.
 *
 * @packageDocumentation
 */
import type { BandId } from '@immd/core/method-types'
import { engagementScopes } from '../auth/engagement-scopes.js'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import { requireMethod } from '../methods.js'
import { BandEnum, EngagementStateEnum } from './enums.js'
import { MethodRef } from './method.js'

export const EngagementRef = builder.prismaNode('Engagement', {
  id: { field: 'id' },
  nullable: true,
  authScopes: (engagement, ctx) => engagementScopes(engagement, ctx),
  fields: (t) => ({
    title: t.exposeString('title'),
    state: t.field({
      type: EngagementStateEnum,
      resolve: (e) => e.state as typeof EngagementStateEnum.$inferType,
    }),
    successThreshold: t.field({
      type: BandEnum,
      nullable: true,
      description: 'The desired potential for success (a band); required before A5.',
      resolve: (e) => (e.successThreshold ?? null) as BandId | null,
    }),
    latestTotal: t.exposeFloat('latestTotal', {
      nullable: true,
      description: 'Total of the latest stored result snapshot (A4/A5).',
    }),
    latestBand: t.field({
      type: BandEnum,
      nullable: true,
      resolve: (e) => (e.latestBand ?? null) as BandId | null,
    }),
    sponsorName: t.exposeString('sponsorName', { nullable: true }),
    sponsorshipRecordedAt: t.expose('sponsorshipRecordedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When stakeholder sponsorship (PRO1) was recorded; PRA1 needs it.',
    }),
    methodVersion: t.exposeString('methodVersion'),
    method: t.field({
      type: MethodRef,
      resolve: (e, _args, ctx) => requireMethod(ctx.loaders, e.methodVersion),
    }),
    imcId: t.exposeString('imcId', { nullable: true }),
    teamSnapshot: t.expose('teamSnapshot', {
      type: 'JSON',
      nullable: true,
      description:
        "Inventory records of the IMC as they were when the engagement was planned (staff names included): null unless you are one of the engagement's assessors.",
      authScopes: (engagement) => ({ engagementAssessor: engagement.id }),
      unauthorizedResolver: () => null,
    }),
    plannedStart: t.expose('plannedStart', { type: 'DateTime', nullable: true }),
    plannedEnd: t.expose('plannedEnd', { type: 'DateTime', nullable: true }),
    actualStart: t.expose('actualStart', { type: 'DateTime', nullable: true }),
    actualEnd: t.expose('actualEnd', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'Pass it back to edits of the engagement.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    organization: t.relation('organization'),
    team: t.relation('team', { nullable: true }),
    createdBy: t.relation('createdBy', { nullable: true }),
    previousEngagement: t.relation('previousEngagement', {
      nullable: true,
      description: 'The engagement this one re-assesses.',
    }),
  }),
})

builder.queryField('engagement', (t) =>
  t.prismaField({
    type: 'Engagement',
    nullable: true,
    description: 'One engagement by global id; null when it does not exist or is not yours.',
    args: { id: t.arg.globalID({ required: true, for: EngagementRef }) },
    authScopes: { authenticated: true },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.engagement.findUnique({
        ...query,
        where: { id: args.id.id, organizationId: { in: readableOrganizationIds(ctx.viewer) } },
      }),
  }),
)

/**
 * A mutation payload that returns the changed engagement, planned from the client's selection.
 * Mutations on engagement data reuse it: `engagementPayloadRef('SetSuccessThresholdPayload')`.
 */
export function engagementPayloadRef(name: string) {
  return builder.objectRef<{ engagementId: string }>(name).implement({
    fields: (t) => ({
      engagement: t.prismaField({
        type: 'Engagement',
        resolve: (query, payload, _args, ctx) =>
          ctx.db.prisma.engagement.findUniqueOrThrow({
            ...query,
            where: { id: payload.engagementId },
          }),
      }),
    }),
  })
}
