/**
 * Creating an engagement through `@immd/db`'s `insertEngagement` (engagement, fifteen activities,
 * one evaluation per driver, checklist, audit event): blank, planned from a team's inventory
 * records (`@immd/core/planning`), or a re-assessment that copies the previous engagement's scope
 * list, documents and preparation checklist and links `previousEngagementId`.
 * Runs inside the caller's transaction.
 *
 * @packageDocumentation
 */
import type { CohortProfile } from '@immd/core/analytics/cohort-profile'
import { type InventoryRecord, inventoryRecordSchema } from '@immd/core/inventory/record-schema'
import type { BandId } from '@immd/core/method-types'
import { type EngagementPlan, planEngagement } from '@immd/core/planning'
import type { AuditActor } from '@immd/db/audit-repository'
import { insertEngagement } from '@immd/db/engagement-repository'
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiTransaction } from '../database.js'
import { NotFoundError, ValidationError } from '../errors.js'

/** What {@link createEngagementRecord} needs (ids are database ids). */
export interface CreateEngagementInput {
  organizationId: string
  title: string
  teamId?: string | null
  fromEngagementId?: string | null
  methodVersion?: string | null
  threshold?: BandId | null
  plannedStart?: Date | null
  plannedEnd?: Date | null
  actor: AuditActor
}

const cloneSelect = {
  id: true,
  teamId: true,
  teamSnapshot: true,
  imcId: true,
  organizationalModel: true,
  country: true,
  constituency: true,
  sizeBand: true,
  methodVersion: true,
  successThreshold: true,
  sponsorName: true,
  scopeEntries: { orderBy: { ordinal: 'asc' } },
  documents: { orderBy: { ordinal: 'asc' } },
  checklistItems: { orderBy: { ordinal: 'asc' } },
} satisfies Prisma.EngagementSelect

type Source = Prisma.EngagementGetPayload<{ select: typeof cloneSelect }>

/** Creates the engagement; returns its row and, for a re-assessment, what was copied. */
export async function createEngagementRecord(tx: ApiTransaction, input: CreateEngagementInput) {
  const source = input.fromEngagementId
    ? await tx.engagement.findFirst({
        where: { id: input.fromEngagementId, organizationId: input.organizationId },
        select: cloneSelect,
      })
    : null
  if (input.fromEngagementId && !source) {
    throw new NotFoundError('Engagement', input.fromEngagementId)
  }
  const teamId = input.teamId ?? source?.teamId ?? null
  const team = teamId
    ? await tx.team.findFirst({ where: { id: teamId, organizationId: input.organizationId } })
    : null
  if (teamId && !team) throw new NotFoundError('Team', teamId)
  const methodVersion = input.methodVersion ?? source?.methodVersion ?? undefined
  if (methodVersion) await checkMethodOwner(tx, methodVersion, input.organizationId)
  const plan = team && !source ? await planFromTeam(tx, team) : undefined
  const engagement = await insertEngagement(tx, {
    organizationId: input.organizationId,
    title: input.title,
    methodVersion,
    teamId: team?.id ?? null,
    imcId: source?.imcId ?? team?.imcId ?? null,
    successThreshold: input.threshold ?? (source?.successThreshold as BandId | null) ?? null,
    plannedStart: input.plannedStart ?? null,
    plannedEnd: input.plannedEnd ?? null,
    previousEngagementId: source?.id ?? null,
    sponsorName: source?.sponsorName ?? null,
    plan,
    // A re-assessment belongs to the same cohort as the engagement it follows.
    cohort: source
      ? {
          organizationalModel: source.organizationalModel,
          country: source.country,
          constituency: source.constituency,
          sizeBand: source.sizeBand as CohortProfile['sizeBand'],
        }
      : undefined,
    actor: input.actor,
  })
  const copied = source ? await copyPlan(tx, engagement.id, source) : null
  return { engagement, copied }
}

/** A tailored method belongs to the organization that made it. */
async function checkMethodOwner(tx: ApiTransaction, version: string, organizationId: string) {
  const row = await tx.methodDefinition.findUnique({
    where: { version },
    select: { organizationId: true },
  })
  if (row?.organizationId && row.organizationId !== organizationId) {
    throw new NotFoundError('Method', version)
  }
}

/** Plans from the team's record and the records sharing its IMC id, the chosen team first. */
async function planFromTeam(
  tx: ApiTransaction,
  team: { id: string; organizationId: string; imcId: string | null },
): Promise<EngagementPlan> {
  const teams = team.imcId
    ? await tx.team.findMany({
        where: { organizationId: team.organizationId, imcId: team.imcId },
        orderBy: { shortName: 'asc' },
      })
    : await tx.team.findMany({ where: { id: team.id } })
  teams.sort((a, b) => Number(b.id === team.id) - Number(a.id === team.id))
  const records: InventoryRecord[] = []
  for (const row of teams) {
    const parsed = inventoryRecordSchema.safeParse(row.record)
    if (!parsed.success) {
      throw new ValidationError(
        parsed.error.issues.map((issue) => ({
          path: ['teams', row.shortName, ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
        `The inventory record of ${row.shortName} is not valid.`,
      )
    }
    records.push(parsed.data)
  }
  const planned = planEngagement({ records, imcId: team.imcId ?? undefined })
  if (!planned.ok) {
    throw new ValidationError([{ path: 'input.teamId', message: planned.error.message }])
  }
  return planned.plan
}

/**
 * A re-assessment starts from the previous plan with every progress flag reset: the scope list,
 * the document checklist and the preparation checklist replace the generated ones.
 */
async function copyPlan(tx: ApiTransaction, engagementId: string, source: Source) {
  await tx.checklistItem.deleteMany({ where: { engagementId } })
  await tx.checklistItem.createMany({
    data: source.checklistItems.map((item) => ({
      engagementId,
      activityId: item.activityId,
      ordinal: item.ordinal,
      text: item.text,
      ownerId: item.ownerId,
    })),
  })
  await tx.scopeEntry.createMany({
    data: source.scopeEntries.map((entry) => ({
      engagementId,
      kind: entry.kind,
      name: entry.name,
      pseudonym: entry.pseudonym,
      unit: entry.unit,
      role: entry.role,
      scopePosition: entry.scopePosition,
      team: entry.team,
      functions: entry.functions as Prisma.InputJsonValue,
      contact: entry.contact,
      ordinal: entry.ordinal,
    })),
  })
  await tx.document.createMany({
    data: source.documents.map((document) => ({
      engagementId,
      title: document.title,
      kind: document.kind,
      owner: document.owner,
      origin: document.origin,
      ordinal: document.ordinal,
    })),
  })
  if (source.teamSnapshot !== null) {
    await tx.engagement.update({
      where: { id: engagementId },
      data: { teamSnapshot: source.teamSnapshot as Prisma.InputJsonValue },
    })
  }
  return {
    fromEngagementId: source.id,
    checklistItems: source.checklistItems.length,
    scopeEntries: source.scopeEntries.length,
    documents: source.documents.length,
  }
}
