/**
 * The IMMD Preparation Checklist (PRA1-PRA6): `Engagement.preparationChecklist`.
 *
 * @packageDocumentation
 */
import type { ActivityId } from '@immd/core/method-types'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { ActivityIdEnum } from './enums.js'

export const ChecklistItemRef = builder.prismaNode('ChecklistItem', {
  nullable: true,
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: {
    id: true,
    engagementId: true,
    activityId: true,
    ordinal: true,
    text: true,
    done: true,
    version: true,
  },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    activityId: t.field({ type: ActivityIdEnum, resolve: (i) => i.activityId as ActivityId }),
    position: t.int({ description: '1-based order.', resolve: (i) => i.ordinal }),
    text: t.string({ resolve: (i) => i.text }),
    owner: t.relation('owner', { nullable: true }),
    dueDate: t.expose('dueDate', { type: 'DateTime', nullable: true }),
    done: t.boolean({ resolve: (i) => i.done }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    version: t.int({ resolve: (i) => i.version }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  preparationChecklist: t.relatedConnection('checklistItems', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'The IMMD Preparation Checklist, in order. Page-size limit: 500.',
    query: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
  }),
}))
