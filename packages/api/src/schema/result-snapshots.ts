/**
 * Stored results (one row per A4/A5 computation) and their history across re-assessments of the
 * same IMC (`previousEngagement` chain).
 *
 * @packageDocumentation
 */
import type { ActivityId, BandId } from '@immd/core/method-types'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { ActivityIdEnum, BandEnum } from './enums.js'

export const ResultSnapshotRef = builder.prismaNode('ResultSnapshot', {
  nullable: true,
  id: { field: 'id' },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    engagementId: t.exposeID('engagementId', { description: 'Database id of its engagement.' }),
    engagement: t.relation('engagement'),
    activityId: t.field({ type: ActivityIdEnum, resolve: (s) => s.activityId as ActivityId }),
    methodVersion: t.exposeString('methodVersion'),
    total: t.exposeFloat('total'),
    band: t.field({ type: BandEnum, resolve: (s) => s.band as BandId }),
    successThreshold: t.field({
      type: BandEnum,
      nullable: true,
      resolve: (s) => (s.successThreshold ?? null) as BandId | null,
    }),
    differential: t.exposeInt('differential', {
      nullable: true,
      description: 'Bands between threshold and result (positive = below the threshold).',
    }),
    profile: t.expose('profile', { type: 'JSON', description: 'The success profile as computed.' }),
    computedBy: t.relation('computedBy', { nullable: true }),
    computedAt: t.expose('computedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  resultSnapshots: t.relatedConnection('resultSnapshots', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 50,
    maxSize: refusePageSizeAbove(500),
    description: 'Results stored by this engagement, newest first. Page-size limit: 500.',
    query: { orderBy: [{ computedAt: 'desc' }, { id: 'desc' }] },
  }),
  history: t.field({
    type: [ResultSnapshotRef],
    description:
      'Results of this engagement and of the engagements it re-assesses, oldest first: the trend of the IMC.',
    resolve: (engagement, _args, ctx) => ctx.loaders.resultHistory.load(engagement.id),
  }),
}))
