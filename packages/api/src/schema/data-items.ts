/**
 * Data items: coded evidence from one interview or one document, relevant to one or more drivers
 * (`Engagement.dataItems`, filterable by driver and effect).
 *
 * @packageDocumentation
 */
import type { EffectCode } from '@immd/core/method-types'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { EffectEnum } from './enums.js'

export const DataItemRef = builder.prismaNode('DataItem', {
  nullable: true,
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: { id: true, engagementId: true, text: true, effect: true, sourceKind: true },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    text: t.string({ resolve: (d) => d.text }),
    effect: t.field({ type: EffectEnum, resolve: (d) => d.effect as EffectCode }),
    effectCode: t.string({ description: '`+`, `-`, `0` or `?`.', resolve: (d) => d.effect }),
    selfReported: t.exposeBoolean('selfReported', {
      description: 'True when a respondent suggested it through a respondent link.',
    }),
    sourceKind: t.string({
      description: '`interview` or `document`.',
      resolve: (d) => d.sourceKind,
    }),
    interviewSession: t.relation('interviewSession', { nullable: true }),
    document: t.relation('document', { nullable: true }),
    drivers: t.stringList({
      description: 'Ids of the drivers whose rationale includes this item.',
      select: { drivers: { select: { driverId: true }, orderBy: { driverId: 'asc' } } },
      resolve: (d) => d.drivers.map((link) => link.driverId),
    }),
    createdBy: t.relation('createdBy', { nullable: true }),
    version: t.exposeInt('version', {
      description: 'Send it back to updateDataItem or removeDataItem (optimistic concurrency).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  dataItems: t.relatedConnection('dataItems', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'Rationale data items, oldest first. Page-size limit: 500.',
    args: {
      driverId: t.arg.string({ description: 'Only items linked to this driver.' }),
      effect: t.arg({ type: [EffectEnum], description: 'Only items with these effects.' }),
    },
    query: (args) => ({
      where: {
        ...(args.driverId ? { drivers: { some: { driverId: args.driverId } } } : {}),
        ...(args.effect?.length ? { effect: { in: args.effect } } : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  }),
}))
