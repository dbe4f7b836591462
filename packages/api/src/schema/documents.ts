/**
 * The IMMD Document Checklist (A2): `Engagement.documents`.
 *
 * @packageDocumentation
 */
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'

export const DocumentRef = builder.prismaNode('Document', {
  nullable: true,
  id: { field: 'id' },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    title: t.exposeString('title'),
    kind: t.exposeString('kind', { nullable: true, description: 'e.g. rfc2350, procedure.' }),
    owner: t.exposeString('owner', { nullable: true }),
    origin: t.exposeString('origin', {
      description: '`record` (named in an inventory record), `standard` or `manual`.',
    }),
    position: t.exposeInt('ordinal', { description: '1-based order.' }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', nullable: true }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    reviewer: t.relation('reviewer', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    dataItems: t.relatedConnection('dataItems', {
      cursor: 'id',
      totalCount: true,
      defaultSize: 100,
      maxSize: 500,
      description: 'Data items generated from this document.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  documents: t.relatedConnection('documents', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: 500,
    description: 'The IMMD Document Checklist, in order.',
    query: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
  }),
}))
