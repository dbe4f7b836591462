/**
 * The IMC Improvement Worksheet (A6): `Engagement.improvements`.
 *
 * @packageDocumentation
 */

import type { AnswerId } from '@immd/core/method-types'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { DataItemRef } from './data-items.js'
import { AnswerEnum } from './enums.js'
import { ImprovementPriorityEnum, ImprovementStatusEnum } from './record-enums.js'

type ImprovementPriority = typeof ImprovementPriorityEnum.$inferType
type ImprovementStatus = typeof ImprovementStatusEnum.$inferType

export const ImprovementRef = builder.prismaNode('Improvement', {
  nullable: true,
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: {
    id: true,
    engagementId: true,
    driverId: true,
    proposal: true,
    priority: true,
    status: true,
    version: true,
  },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    driverId: t.string({ resolve: (i) => i.driverId }),
    proposal: t.string({ resolve: (i) => i.proposal }),
    priority: t.field({
      type: ImprovementPriorityEnum,
      description: 'How urgent the improvement is; the same enum `addImprovement` takes.',
      resolve: (i) => i.priority as ImprovementPriority,
    }),
    owner: t.relation('owner', { nullable: true }),
    ownerName: t.exposeString('ownerName', { nullable: true }),
    dueDate: t.expose('dueDate', { type: 'DateTime', nullable: true }),
    status: t.field({
      type: ImprovementStatusEnum,
      description:
        'Where the improvement stands in its plan; the same enum `updateImprovement` takes.',
      resolve: (i) => i.status as ImprovementStatus,
    }),
    expectedAnswer: t.field({
      type: AnswerEnum,
      nullable: true,
      select: { expectedAnswer: true },
      description:
        'The answer the driver should get once the improvement is done; null when not stated.',
      resolve: (i) => (i.expectedAnswer ?? null) as AnswerId | null,
    }),
    dataItems: t.field({
      type: [DataItemRef],
      description: 'The data items (mostly - and ?) that motivate it.',
      select: (_args, _ctx, nestedSelection) => ({
        dataItems: { select: { dataItem: nestedSelection() }, orderBy: { dataItemId: 'asc' } },
      }),
      resolve: (i) => i.dataItems.map((link) => link.dataItem),
    }),
    version: t.int({ resolve: (i) => i.version }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  improvements: t.relatedConnection('improvements', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'Rows of the IMC Improvement Worksheet. Page-size limit: 500.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
}))
