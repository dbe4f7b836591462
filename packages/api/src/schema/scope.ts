/**
 * The IMMD Scope List: groups and people to interview (`Engagement.scopeList`).
 *
 * @packageDocumentation
 */

import { IMC_FUNCTIONS } from '@immd/core/inventory/vocabularies'
import { engagementAssessorScopes, engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { refusePageSizeAbove } from '../pagination.js'
import { ImcFunctionEnum, ScopeEntryKindEnum } from './record-enums.js'

const IMC_FUNCTION_SET: ReadonlySet<string> = new Set(IMC_FUNCTIONS)

export const ScopeEntryRef = builder.prismaNode('ScopeEntry', {
  nullable: true,
  id: { field: 'id' },
  // Select mode (see docs/performance.md): the detail reads these columns of every row; the
  // other fields select their own column when asked.
  select: {
    id: true,
    engagementId: true,
    kind: true,
    pseudonym: true,
    unit: true,
    role: true,
    functions: true,
    ordinal: true,
    interviewed: true,
  },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    kind: t.field({
      type: ScopeEntryKindEnum,
      description: 'Whether the entry is one person or a group interviewed together.',
      resolve: (e) => e.kind as typeof ScopeEntryKindEnum.$inferType,
    }),
    pseudonym: t.string({
      description: 'Used in notes and reports; real names stay out of the evidence.',
      resolve: (e) => e.pseudonym,
    }),
    name: t.exposeString('name', {
      nullable: true,
      description:
        "Real name, for scheduling only; never printed in evidence or reports. Null unless you are one of the engagement's assessors (pseudonymisation).",
      authScopes: (entry) => engagementAssessorScopes(entry),
      unauthorizedResolver: () => null,
    }),
    unit: t.string({ nullable: true, resolve: (e) => e.unit }),
    scopePosition: t.exposeString('scopePosition', {
      nullable: true,
      description: 'imc-manager, backup-manager, unit-lead, member, team or extended-staff.',
    }),
    team: t.exposeString('team', { nullable: true, description: 'Short name of its team record.' }),
    role: t.string({ nullable: true, resolve: (e) => e.role }),
    functions: t.field({
      type: [ImcFunctionEnum],
      description: 'The IMC functions the entry covers; empty when none was recorded.',
      resolve: (e) =>
        Array.isArray(e.functions)
          ? e.functions.filter((f): f is typeof ImcFunctionEnum.$inferType =>
              IMC_FUNCTION_SET.has(f as string),
            )
          : [],
    }),
    contact: t.exposeString('contact', {
      nullable: true,
      description: "Null unless you are one of the engagement's assessors.",
      authScopes: (entry) => engagementAssessorScopes(entry),
      unauthorizedResolver: () => null,
    }),
    position: t.int({ description: '1-based order.', resolve: (e) => e.ordinal }),
    interviewed: t.boolean({ resolve: (e) => e.interviewed }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  scopeList: t.relatedConnection('scopeEntries', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: refusePageSizeAbove(500),
    description: 'The IMMD Scope List, in interview order. Page-size limit: 500.',
    query: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
  }),
}))
