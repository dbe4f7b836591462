/**
 * Results communicated to stakeholders (PAA1, output PAO1): `Engagement.communications`.
 *
 * @packageDocumentation
 */
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'

export const ResultCommunicationRef = builder.prismaNode('ResultCommunication', {
  nullable: true,
  id: { field: 'id' },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    audience: t.exposeString('audience'),
    medium: t.exposeString('medium', { nullable: true }),
    communicatedAt: t.expose('communicatedAt', { type: 'DateTime' }),
    resultSnapshot: t.relation('resultSnapshot', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    createdBy: t.relation('createdBy', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  communications: t.relatedConnection('communications', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 50,
    maxSize: refusePageSizeAbove(500),
    description:
      'Records of the results communicated to stakeholders (PAA1). Page-size limit: 500.',
    query: { orderBy: [{ communicatedAt: 'asc' }, { id: 'asc' }] },
  }),
}))
