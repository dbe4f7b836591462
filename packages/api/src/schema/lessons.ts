/**
 * Lessons learned about the IMMD process itself (PAA2, PAO2): `Engagement.lessons`.
 *
 * @packageDocumentation
 */
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'

export const LessonRef = builder.prismaNode('LessonLearned', {
  nullable: true,
  name: 'Lesson',
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: { id: true, engagementId: true, text: true },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    text: t.string({ resolve: (l) => l.text }),
    category: t.exposeString('category', { nullable: true }),
    processUpdate: t.exposeString('processUpdate', {
      nullable: true,
      description:
        'The change to IMMD procedures, artefacts, tools or training it leads to (PAA3).',
    }),
    appliedAt: t.expose('appliedAt', { type: 'DateTime', nullable: true }),
    author: t.relation('author', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version', {
      description: 'Send it back to updateLessonLearned or removeLessonLearned.',
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  lessons: t.relatedConnection('lessons', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'Lessons learned in the postmortem. Page-size limit: 500.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
}))
