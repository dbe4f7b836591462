/**
 * Driver exclusions: the tailoring decisions that take drivers out of the scored set, with who
 * decided, when and why (`origin: MIGRATED` for evaluation-time N/A converted by the
 * `driver_exclusions` migration). Also the engagement's data version and the superseded marks of
 * stored results, which say which version of the data a result was computed from.
 *
 * @packageDocumentation
 */
import { engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { engagementDriver } from './engagement-driver.js'
import { DriverRef } from './method.js'
import { ExclusionOriginEnum } from './result-status.js'

// Named ExclusionDecision: `DriverExclusion` is the result's own view of an exclusion (result-status.ts).
export const DriverExclusionRef = builder.prismaNode('DriverExclusion', {
  name: 'ExclusionDecision',
  nullable: true,
  id: { field: 'id' },
  description: 'A driver taken out of the scored set by a tailoring decision.',
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    driverId: t.exposeString('driverId'),
    driver: t.field({
      type: DriverRef,
      nullable: true,
      description: "The driver in the engagement's method.",
      resolve: (e, _args, ctx) => engagementDriver(e, ctx),
    }),
    reason: t.exposeString('reason', { description: 'Why the driver does not apply.' }),
    decidedBy: t.relation('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
    origin: t.field({
      type: ExclusionOriginEnum,
      resolve: (e) => e.origin as 'tailoring' | 'migrated',
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  exclusions: t.relatedConnection('exclusions', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: 500,
    description:
      'Drivers excluded from the scored set by tailoring, with who decided and why, in driver id order.',
    query: { orderBy: [{ driverId: 'asc' }, { id: 'asc' }] },
  }),
  dataVersion: t.exposeInt('dataVersion', {
    description:
      'Incremented by every write of engagement data; stored results record the version they were computed from.',
  }),
}))

builder.prismaObjectFields('ResultSnapshot', (t) => ({
  dataVersion: t.exposeInt('dataVersion', {
    nullable: true,
    description:
      "The engagement's data version the result was computed from (null: stored before versions).",
  }),
  supersededAt: t.expose('supersededAt', {
    type: 'DateTime',
    nullable: true,
    description:
      'Set when a lead assessor re-opened the result or changed the scored set after it.',
  }),
  supersededReason: t.exposeString('supersededReason', { nullable: true }),
}))
