/**
 * Driver evaluations (A3): the assessor team's answer per driver with its rationale.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { engagementDriver } from './engagement-driver.js'
import { AnswerEnum } from './enums.js'
import { DriverRef } from './method.js'

export const DriverEvaluationRef = builder.prismaNode('DriverEvaluation', {
  nullable: true,
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: {
    id: true,
    engagementId: true,
    driverId: true,
    answer: true,
    notApplicable: true,
    rationale: true,
    version: true,
  },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    driverId: t.string({ resolve: (e) => e.driverId }),
    driver: t.field({
      type: DriverRef,
      nullable: true,
      description: "The driver in the engagement's method (null if tailoring removed it).",
      resolve: (e, _args, ctx) => engagementDriver(e, ctx),
    }),
    answer: t.field({
      type: AnswerEnum,
      nullable: true,
      resolve: (e) => (e.answer ?? null) as AnswerId | null,
    }),
    notApplicable: t.boolean({
      description:
        'Always false since evaluation-time N/A was retired (stored ones became migrated exclusions).',
      deprecationReason:
        'Use Engagement.exclusions: a driver leaves the scored set only by tailoring.',
      resolve: (e) => e.notApplicable,
    }),
    rationale: t.string({ nullable: true, resolve: (e) => e.rationale }),
    evaluator: t.relation('evaluator', { nullable: true }),
    evaluatedAt: t.expose('evaluatedAt', { type: 'DateTime', nullable: true }),
    version: t.int({ resolve: (e) => e.version }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  evaluations: t.relatedConnection('evaluations', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description:
      'Driver evaluations (the IMMD Worksheet answers), in method order. Page-size limit: 500.',
    // Rows are created in driver order (tailored drivers later), so creation order is method order.
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
}))
