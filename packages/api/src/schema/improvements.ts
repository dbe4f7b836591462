/**
 * The IMC Improvement Worksheet (A6): `Engagement.improvements`.
 *
 * @packageDocumentation
 */
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { DataItemRef } from './data-items.js'

export const ImprovementRef = builder.prismaNode('Improvement', {
  nullable: true,
  id: { field: 'id' },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    proposal: t.exposeString('proposal'),
    priority: t.exposeString('priority', { description: '`high`, `medium` or `low`.' }),
    owner: t.relation('owner', { nullable: true }),
    ownerName: t.exposeString('ownerName', { nullable: true }),
    dueDate: t.expose('dueDate', { type: 'DateTime', nullable: true }),
    status: t.exposeString('status', {
      description: '`proposed`, `accepted`, `in-progress`, `done` or `rejected`.',
    }),
    expectedAnswer: t.exposeString('expectedAnswer', { nullable: true }),
    dataItems: t.field({
      type: [DataItemRef],
      description: 'The data items (mostly - and ?) that motivate it.',
      select: (_args, _ctx, nestedSelection) => ({
        dataItems: { select: { dataItem: nestedSelection() }, orderBy: { dataItemId: 'asc' } },
      }),
      resolve: (i) => i.dataItems.map((link) => link.dataItem),
    }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  improvements: t.relatedConnection('improvements', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: 500,
    description: 'Rows of the IMC Improvement Worksheet.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
}))
