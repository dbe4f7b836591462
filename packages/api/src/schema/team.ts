/**
 * Teams: the inventory records of an organization's CSIRTs and incident-management groups, and
 * the `teams(organizationId)` connection.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import { redactInventoryRecord } from '../auth/disclosure.js'
import { builder } from '../builder.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'
import { OrganizationRef } from './organization.js'

/** The columns every Team query reads (see the `select` of {@link TeamRef}). */
const TEAM_BASE_SELECT = { id: true, organizationId: true, shortName: true } as const

export const TeamRef = builder.prismaNode('Team', {
  nullable: true,
  id: { field: 'id' },
  // Select mode: a query reads only the columns its fields need. Lists of engagements read their
  // team's short name, and without it every row also carried the team's imported `record` (a JSON
  // inventory record, the largest column) through the driver and Prisma. The type scope's column
  // (`organizationId`) and the short name are always read, and their fields read them without a
  // per-field selection, which would add a Prisma-plugin wrapper per row (see engagement.ts).
  select: TEAM_BASE_SELECT,
  authScopes: (team) => ({ member: team.organizationId }),
  fields: (t) => ({
    shortName: t.string({
      description: 'Global IRT `short-team-name`.',
      resolve: (team) => team.shortName,
    }),
    officialName: t.exposeString('officialName', { nullable: true }),
    imcId: t.exposeString('imcId', {
      nullable: true,
      description: 'Records sharing an IMC id form one IMC, assessed by one engagement.',
    }),
    model: t.exposeString('model', { nullable: true, description: 'Organizational model.' }),
    record: t.expose('record', {
      type: 'JSON',
      description:
        "The imported record: verbatim for the organization's admins and lead assessors; for " +
        "everyone else without the staff's personal data (names, contacts and backups of `staff` " +
        'and `extended_staff` are null, other staff keys than role, unit, fte, skills and hours ' +
        'are left out, and so are record keys the inventory format does not define).',
      // Staff lists name people and how to reach them: only those who import inventories and
      // plan engagements from them need that (docs/security.md, "Team inventory records").
      authScopes: (team) => ({ organizationLead: team.organizationId }),
      // The parent's type is the base selection, but this field's own selection (`record`) is read
      // whenever the field is asked for, refused or not, so the row carries it here.
      unauthorizedResolver: (team) => {
        const { record } = team as typeof team & { record: Prisma.JsonValue }
        return redactInventoryRecord(record) as Prisma.JsonValue
      },
    }),
    importedAt: t.expose('importedAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    organization: t.relation('organization'),
  }),
})

builder.queryField('teams', (t) =>
  t.prismaConnection({
    maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
    type: 'Team',
    cursor: 'id',
    nullable: true,
    totalCount: (_connection, args, ctx) =>
      ctx.db.prisma.team.count({ where: { organizationId: args.organizationId.id } }),
    description: 'The inventory records of one organization, by short name.',
    args: { organizationId: t.arg.globalID({ required: true, for: OrganizationRef }) },
    authScopes: (_root, args) => ({ member: args.organizationId.id }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.team.findMany({
        ...query,
        where: { organizationId: args.organizationId.id },
        orderBy: [{ shortName: 'asc' }, { id: 'asc' }],
      }),
  }),
)
