/**
 * Creating an engagement: the engagement row, its fifteen activity records, one evaluation row per
 * driver, the Preparation Checklist, and (from a plan) the Scope List and Document Checklist, in
 * one transaction.
 *
 * @packageDocumentation
 */
import { type CohortProfile, describeCohortProfile } from '@immd/core/analytics/cohort-profile'
import type { BandId } from '@immd/core/method-types'
import type { EngagementPlan } from '@immd/core/planning'
import { buildPreparationChecklist } from '@immd/core/planning/preparation-checklist'
import { type AuditActor, recordAuditEvent } from './audit-repository.js'
import type { DbClient, DbTransaction } from './client.js'
import { mapDatabaseErrors } from './errors.js'
import type { Engagement } from './generated/sqlite/client.js'
import { toJsonValue } from './json.js'
import { readMethodDefinition, resolveMethodDefinition } from './method-repository.js'
import { assertOneOf, ENGAGEMENT_ROLES, type EngagementRole, SCOPE_KINDS } from './vocabulary.js'

/** What {@link createEngagement} needs. */
export interface CreateEngagementInput {
  organizationId: string
  title: string
  /** Stored or built-in method version; default `immd-1.0` (or the plan's method version). */
  methodVersion?: string
  /** The main team assessed; with a plan, defaults to the plan's first team found in the organization. */
  teamId?: string | null
  imcId?: string | null
  successThreshold?: BandId | null
  plannedStart?: Date | null
  plannedEnd?: Date | null
  /** The earlier engagement of the same IMC, when this is a re-assessment. */
  previousEngagementId?: string | null
  sponsorName?: string | null
  /** Assessment team; the creating user is added as lead assessor when not listed. */
  members?: { userId: string; role: EngagementRole }[]
  /** A plan from `@immd/core/planning` `planEngagement`: scope list, documents, checklist, records. */
  plan?: EngagementPlan
  /**
   * The IMC's cohort attributes (analytics, issue #15); by default read from the plan's records
   * (`describeCohortProfile`), none without a plan. A re-assessment passes its predecessor's.
   */
  cohort?: CohortProfile | null
  actor: AuditActor
}

/**
 * Creates an engagement with everything the method says it starts with. All-or-nothing: a missing
 * organization, team or user rolls the whole creation back as a typed error.
 */
export function createEngagement(
  prisma: DbClient,
  input: CreateEngagementInput,
): Promise<Engagement> {
  return mapDatabaseErrors(() => prisma.$transaction((tx) => insertEngagement(tx, input)))
}

/** The body of {@link createEngagement}, for callers composing a larger transaction (the seed). */
export async function insertEngagement(
  tx: DbTransaction,
  input: CreateEngagementInput,
): Promise<Engagement> {
  const { plan } = input
  const methodRow = await resolveMethodDefinition(
    tx,
    input.methodVersion ?? plan?.methodVersion ?? 'immd-1.0',
  )
  const method = readMethodDefinition(methodRow)
  const teamId = input.teamId ?? (plan ? await findPlanTeam(tx, input.organizationId, plan) : null)
  const threshold = input.successThreshold ?? plan?.threshold ?? null
  const engagement = await tx.engagement.create({
    data: {
      organizationId: input.organizationId,
      title: input.title,
      teamId,
      imcId: input.imcId ?? plan?.imcId ?? null,
      ...(input.cohort ?? (plan ? describeCohortProfile(plan.records) : {})),
      teamSnapshot: plan ? toJsonValue(plan.records) : undefined,
      planNotes: plan
        ? toJsonValue({
            model: plan.model,
            guidance: plan.guidance,
            warnings: plan.warnings,
            sessions: plan.sessions,
            coverage: plan.coverage,
          })
        : undefined,
      methodId: methodRow.id,
      methodVersion: method.version,
      successThreshold: threshold,
      plannedStart: input.plannedStart ?? null,
      plannedEnd: input.plannedEnd ?? null,
      previousEngagementId: input.previousEngagementId ?? null,
      sponsorName: input.sponsorName ?? null,
      createdById: input.actor.kind === 'system' ? null : input.actor.id,
    },
  })
  const engagementId = engagement.id
  await tx.activityRecord.createMany({
    data: method.activities.map((activity, index) => ({
      engagementId,
      activityId: activity.id,
      phase: activity.phase,
      ordinal: index + 1,
      outputs: [],
    })),
  })
  await tx.driverEvaluation.createMany({
    data: method.drivers.map((driver) => ({ engagementId, driverId: driver.id })),
  })
  const checklist =
    plan?.preparationChecklist ??
    buildPreparationChecklist({
      method,
      name: input.title,
      records: [],
      threshold,
      scopeList: [],
      documentCount: 0,
    })
  await tx.checklistItem.createMany({
    data: checklist.map((item, index) => ({
      engagementId,
      activityId: item.activity,
      ordinal: index + 1,
      text: item.text,
    })),
  })
  if (plan) await insertPlanLists(tx, engagementId, plan)
  const members = listMembers(input)
  if (members.length > 0) {
    await tx.engagementMember.createMany({
      data: members.map((member) => ({
        engagementId,
        userId: member.userId,
        role: assertOneOf('members.role', member.role, ENGAGEMENT_ROLES),
      })),
    })
  }
  await recordAuditEvent(tx, {
    organizationId: input.organizationId,
    actor: input.actor,
    operation: 'engagement.create',
    targetType: 'Engagement',
    targetId: engagementId,
    after: { ...engagement, teamSnapshot: undefined, planNotes: undefined },
  })
  return engagement
}

function listMembers(input: CreateEngagementInput): { userId: string; role: EngagementRole }[] {
  const members = [...(input.members ?? [])]
  // A user acting through an API token is still that user: they lead what they create.
  const creator = input.actor.kind === 'system' ? null : input.actor.id
  if (creator && !members.some((member) => member.userId === creator)) {
    members.unshift({ userId: creator, role: 'lead-assessor' })
  }
  return members
}

async function findPlanTeam(tx: DbTransaction, organizationId: string, plan: EngagementPlan) {
  const teams = await tx.team.findMany({
    where: { organizationId, shortName: { in: plan.teams } },
    select: { id: true, shortName: true },
  })
  // The plan lists teams in inventory order; the first one found is the main team.
  const first = plan.teams
    .map((name) => teams.find((team) => team.shortName === name))
    .find(Boolean)
  return first?.id ?? null
}

async function insertPlanLists(tx: DbTransaction, engagementId: string, plan: EngagementPlan) {
  const entries = plan.scopeList.flatMap((unit) => unit.entries)
  await tx.scopeEntry.createMany({
    data: entries.map((entry, index) => ({
      engagementId,
      kind: assertOneOf('scope.kind', entry.kind, SCOPE_KINDS),
      name: entry.name,
      pseudonym: entry.pseudonym,
      unit: entry.unit,
      role: entry.role,
      scopePosition: entry.position,
      team: entry.team,
      functions: entry.imcFunctions,
      contact: entry.contact,
      ordinal: index + 1,
    })),
  })
  await tx.document.createMany({
    data: plan.documentChecklist.map((document, index) => ({
      engagementId,
      title: document.title,
      kind: document.standardItem,
      origin: document.source,
      ordinal: index + 1,
    })),
  })
}

/** What {@link recordSponsorship} needs. */
export interface RecordSponsorshipInput {
  engagementId: string
  sponsorName: string
  actor: AuditActor
}

/** Records stakeholder sponsorship (PRO1), which PRA1 needs before it can complete. */
export function recordSponsorship(
  prisma: DbClient,
  input: RecordSponsorshipInput,
): Promise<Engagement> {
  return mapDatabaseErrors(() =>
    prisma.$transaction(async (tx) => {
      const engagement = await tx.engagement.update({
        where: { id: input.engagementId },
        data: {
          sponsorName: input.sponsorName,
          sponsorshipRecordedAt: new Date(),
          version: { increment: 1 },
        },
      })
      await recordAuditEvent(tx, {
        organizationId: engagement.organizationId,
        actor: input.actor,
        operation: 'engagement.sponsorship',
        targetType: 'Engagement',
        targetId: engagement.id,
        after: {
          sponsorName: engagement.sponsorName,
          sponsorshipRecordedAt: engagement.sponsorshipRecordedAt,
        },
      })
      return engagement
    }),
  )
}
