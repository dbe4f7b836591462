/**
 * The IMMD Scope List: groups and people to interview (`Engagement.scopeList`).
 *
 * @packageDocumentation
 */
import { engagementAssessorScopes, engagementChildScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'

export const ScopeEntryRef = builder.prismaNode('ScopeEntry', {
  nullable: true,
  id: { field: 'id' },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    kind: t.exposeString('kind', { description: '`group` or `person`.' }),
    pseudonym: t.exposeString('pseudonym', {
      description: 'Used in notes and reports; real names stay out of the evidence.',
    }),
    name: t.exposeString('name', {
      nullable: true,
      description:
        "Real name, for scheduling only; never printed in evidence or reports. Null unless you are one of the engagement's assessors (pseudonymisation).",
      authScopes: (entry) => engagementAssessorScopes(entry),
      unauthorizedResolver: () => null,
    }),
    unit: t.exposeString('unit', { nullable: true }),
    scopePosition: t.exposeString('scopePosition', {
      nullable: true,
      description: 'imc-manager, backup-manager, unit-lead, member, team or extended-staff.',
    }),
    team: t.exposeString('team', { nullable: true, description: 'Short name of its team record.' }),
    role: t.exposeString('role', { nullable: true }),
    functions: t.stringList({
      description: 'IMC functions covered: protect, detect, respond, sustain.',
      resolve: (e) =>
        Array.isArray(e.functions)
          ? e.functions.filter((f): f is string => typeof f === 'string')
          : [],
    }),
    contact: t.exposeString('contact', {
      nullable: true,
      description: "Null unless you are one of the engagement's assessors.",
      authScopes: (entry) => engagementAssessorScopes(entry),
      unauthorizedResolver: () => null,
    }),
    position: t.exposeInt('ordinal', { description: '1-based order.' }),
    interviewed: t.exposeBoolean('interviewed'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  scopeList: t.relatedConnection('scopeEntries', {
    cursor: 'id',
    totalCount: true,
    defaultSize: 100,
    maxSize: 500,
    description: 'The IMMD Scope List, in interview order.',
    query: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
  }),
}))
