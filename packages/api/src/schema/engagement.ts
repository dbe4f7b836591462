/**
 * The Engagement: one IMMD assessment of one IMC. Its worksheets are added by the domain files
 * (phases, checklist, scope, interviews, documents, data items, evaluations, result, improvements,
 * lessons, result history) with `builder.prismaObjectFields('Engagement', …)`.
 *
 * @packageDocumentation
 */

import { nameSchema } from '@immd/core/free-text'
import type { BandId } from '@immd/core/method-types'
import { engagementScopes, engagementWriterScopes } from '../auth/engagement-scopes.js'
import { canWriteEngagement } from '../auth/scopes.js'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import {
  ConflictError,
  currentRowValue,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../errors.js'
import { requireLocalizedMethod } from '../methods.js'
import { writeEngagement } from '../services/engagement-write.js'
import { BandEnum, EngagementStateEnum } from './enums.js'
import { MethodRef } from './method.js'

/** The columns every Engagement query reads (see the `select` of {@link EngagementRef}). */
const ENGAGEMENT_BASE_SELECT = {
  id: true,
  organizationId: true,
  methodVersion: true,
  title: true,
  state: true,
  successThreshold: true,
  latestTotal: true,
  latestBand: true,
} as const

export const EngagementRef = builder.prismaNode('Engagement', {
  id: { field: 'id' },
  nullable: true,
  // Select mode: a query reads only the columns its fields need, not all 23 with the JSON snapshot
  // (each column costs parsing in the driver and in Prisma). The type scopes' columns and the
  // portfolio's are always read, and their fields read them without a per-field selection:
  // a field with one gets a Prisma-plugin wrapper that looks up the row's mapping on every row.
  select: ENGAGEMENT_BASE_SELECT,
  authScopes: (engagement, ctx) => engagementScopes(engagement, ctx),
  fields: (t) => ({
    title: t.string({ resolve: (e) => e.title }),
    state: t.field({
      type: EngagementStateEnum,
      resolve: (e) => e.state as typeof EngagementStateEnum.$inferType,
    }),
    successThreshold: t.field({
      type: BandEnum,
      nullable: true,
      description: 'The desired potential for success (a band); required before A5.',
      resolve: (e) => (e.successThreshold ?? null) as BandId | null,
    }),
    latestTotal: t.float({
      nullable: true,
      description: 'Total of the latest stored result snapshot (A4/A5).',
      resolve: (e) => e.latestTotal,
    }),
    latestBand: t.field({
      type: BandEnum,
      nullable: true,
      resolve: (e) => (e.latestBand ?? null) as BandId | null,
    }),
    latestScoredDrivers: t.exposeInt('latestScoredDrivers', { nullable: true }),
    latestMethodDrivers: t.exposeInt('latestMethodDrivers', { nullable: true }),
    sponsorName: t.exposeString('sponsorName', { nullable: true }),
    sponsorshipRecordedAt: t.expose('sponsorshipRecordedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When stakeholder sponsorship (PRO1) was recorded; PRA1 needs it.',
    }),
    methodVersion: t.exposeString('methodVersion'),
    method: t.field({
      type: MethodRef,
      description:
        "The engagement's method, its texts in the request's language (`Accept-Language`).",
      resolve: (e, _args, ctx) => requireLocalizedMethod(ctx.loaders, e.methodVersion, ctx.locale),
    }),
    imcId: t.exposeString('imcId', { nullable: true }),
    teamSnapshot: t.expose('teamSnapshot', {
      type: 'JSON',
      nullable: true,
      description:
        "Inventory records of the IMC as they were when the engagement was planned (staff names included): null unless you are one of the engagement's assessors.",
      authScopes: (engagement) => ({ engagementAssessor: engagement.id }),
      unauthorizedResolver: () => null,
    }),
    plannedStart: t.expose('plannedStart', { type: 'DateTime', nullable: true }),
    plannedEnd: t.expose('plannedEnd', { type: 'DateTime', nullable: true }),
    actualStart: t.expose('actualStart', { type: 'DateTime', nullable: true }),
    actualEnd: t.expose('actualEnd', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'Pass it back to edits of the engagement.' }),
    viewerCanWrite: t.boolean({
      description:
        "Whether you may change this engagement's data: your organization role, your seat on its team and your credential's scope, the same rule mutations apply. Clients disable edit controls when false.",
      resolve: (e, _args, ctx) => canWriteEngagement(ctx.viewer, ctx.loaders, e.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    organization: t.relation('organization'),
    team: t.relation('team', { nullable: true }),
    createdBy: t.relation('createdBy', { nullable: true }),
    previousEngagement: t.relation('previousEngagement', {
      nullable: true,
      description: 'The engagement this one re-assesses.',
    }),
  }),
})

builder.queryField('engagement', (t) =>
  t.prismaField({
    type: 'Engagement',
    nullable: true,
    description: 'One engagement by global id; null when it does not exist or is not yours.',
    args: { id: t.arg.globalID({ required: true, for: EngagementRef }) },
    authScopes: { authenticated: true },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.engagement.findUnique({
        ...query,
        where: { id: args.id.id, organizationId: { in: readableOrganizationIds(ctx.viewer) } },
      }),
  }),
)

/**
 * A mutation payload that returns the changed engagement, planned from the client's selection.
 * Mutations on engagement data reuse it: `engagementPayloadRef('SetSuccessThresholdPayload')`.
 */
export function engagementPayloadRef(
  name: string,
  descriptions: { type?: string; engagement?: string } = {},
) {
  return builder.objectRef<{ engagementId: string }>(name).implement({
    description: descriptions.type,
    fields: (t) => ({
      engagement: t.prismaField({
        type: 'Engagement',
        description: descriptions.engagement,
        resolve: (query, payload, _args, ctx) =>
          ctx.db.prisma.engagement.findUniqueOrThrow({
            ...query,
            where: { id: payload.engagementId },
          }),
      }),
    }),
  })
}

const UpdateEngagementPayload = engagementPayloadRef('UpdateEngagementPayload')

const UpdateEngagementInput = builder.inputType('UpdateEngagementInput', {
  description:
    'Omitted fields stay as they are; null clears a date. Ends may not come before starts.',
  fields: (t) => ({
    id: t.globalID({
      required: true,
      for: EngagementRef,
      description: 'Global id of the engagement to change (was `engagementId` before #17).',
    }),
    version: t.int({ required: true, description: 'The engagement version you read.' }),
    title: t.string({ validate: nameSchema(200) }),
    plannedStart: t.field({ type: 'DateTime' }),
    plannedEnd: t.field({ type: 'DateTime' }),
    actualStart: t.field({ type: 'DateTime' }),
    actualEnd: t.field({ type: 'DateTime' }),
  }),
})

const ENGAGEMENT_EDITABLE = [
  'title',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
] as const
type EditableField = (typeof ENGAGEMENT_EDITABLE)[number]

/** Issues for a period whose end comes before its start (after applying the change). */
function periodIssues(
  start: Date | null,
  end: Date | null,
  names: { start: EditableField; end: EditableField },
): ValidationIssue[] {
  if (!start || !end || end.getTime() >= start.getTime()) return []
  return [
    {
      path: `input.${names.end}`,
      message: `${names.end} (${end.toISOString()}) is before ${names.start} (${start.toISOString()}).`,
    },
  ]
}

builder.mutationField('updateEngagement', (t) =>
  t.field({
    type: UpdateEngagementPayload,
    description:
      'Changes the title and the planned and actual dates of an engagement; pass the version you read.',
    args: { input: t.arg({ type: UpdateEngagementInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.id.id, ctx),
    errors: { types: [ValidationError, NotFoundError, ConflictError], directResult: true },
    resolve: (_root, { input }, ctx) =>
      writeEngagement(ctx, 'open', async (tx, open) => {
        const id = input.id.id
        await open(id)
        const current = await tx.engagement.findUnique({
          where: { id },
          select: {
            id: true,
            organizationId: true,
            version: true,
            title: true,
            plannedStart: true,
            plannedEnd: true,
            actualStart: true,
            actualEnd: true,
          },
        })
        if (!current) throw new NotFoundError('Engagement', id)
        const data: {
          title?: string
          plannedStart?: Date | null
          plannedEnd?: Date | null
          actualStart?: Date | null
          actualEnd?: Date | null
        } = {}
        if (input.title !== undefined && input.title !== null) data.title = input.title.trim()
        for (const field of ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const) {
          const value = input[field]
          if (value !== undefined) data[field] = value ?? null
        }
        const next = { ...current, ...data } as typeof current
        throwIssuesOf([
          ...periodIssues(next.plannedStart, next.plannedEnd, {
            start: 'plannedStart',
            end: 'plannedEnd',
          }),
          ...periodIssues(next.actualStart, next.actualEnd, {
            start: 'actualStart',
            end: 'actualEnd',
          }),
        ])
        const { count } = await tx.engagement.updateMany({
          where: { id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        })
        if (count === 0) {
          const { organizationId: _organizationId, ...row } = current
          throw new ConflictError(
            `Engagement ${id} was changed by someone else: you sent version ${input.version}, it is at ${current.version}.`,
            { currentVersion: current.version, currentValue: currentRowValue(row, 'Engagement') },
          )
        }
        const changed = Object.keys(data) as EditableField[]
        const pick = (row: typeof current) =>
          Object.fromEntries([
            ...changed.map((field) => [field, row[field]]),
            ['version', row.version],
          ])
        return {
          result: { engagementId: id },
          audit: {
            operation: 'engagement.update',
            targetType: 'Engagement',
            targetId: id,
            organizationId: current.organizationId,
            engagementId: id,
            before: pick(current),
            after: pick({ ...next, version: current.version + 1 }),
          },
        }
      }),
  }),
)

function throwIssuesOf(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues)
}
