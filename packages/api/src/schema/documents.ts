/**
 * The IMMD Document Checklist (A2): `Engagement.documents`.
 *
 * @packageDocumentation
 */
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'

export const DocumentRef = builder.prismaNode('Document', {
  nullable: true,
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: {
    id: true,
    engagementId: true,
    title: true,
    kind: true,
    origin: true,
    ordinal: true,
    reviewedAt: true,
    version: true,
  },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    title: t.string({ resolve: (d) => d.title }),
    kind: t.string({
      nullable: true,
      description: 'e.g. rfc2350, procedure.',
      resolve: (d) => d.kind,
    }),
    owner: t.exposeString('owner', { nullable: true }),
    origin: t.string({
      description: '`record` (named in an inventory record), `standard` or `manual`.',
      resolve: (d) => d.origin,
    }),
    position: t.int({ description: '1-based order.', resolve: (d) => d.ordinal }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', nullable: true }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
    reviewedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.reviewedAt }),
    reviewer: t.relation('reviewer', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    version: t.int({ resolve: (d) => d.version }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    dataItems: t.relatedConnection('dataItems', {
      cursor: 'id',
      totalCount: true,
      defaultSize: 100,
      maxSize: refusePageSizeAbove(500),
      description: 'Data items generated from this document. Page-size limit: 500.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  documents: t.relatedConnection('documents', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'The IMMD Document Checklist, in order. Page-size limit: 500.',
    query: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
  }),
}))
