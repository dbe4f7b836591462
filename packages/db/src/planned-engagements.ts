/**
 * Set-based creation of many draft engagements from inventory plans (the import's
 * `createEngagements`): the same rows {@link insertEngagement} writes for one plan (engagement,
 * activities, driver evaluations, Preparation Checklist, Scope List, Document Checklist, the lead
 * assessor's seat, one `engagement.create` audit event), but as a few multi-row INSERTs for all
 * plans together. One engagement at a time costs about ten statements and a method lookup per IMC,
 * which made an inventory of thousands of IMCs take minutes; here the method is resolved once and
 * the statement count grows with the rows' bytes, not with the number of IMCs.
 *
 * @packageDocumentation
 */
import type { EngagementPlan } from '@immd/core/planning'
import type { AuditActor } from './audit-repository.js'
import { insertRows } from './bulk-insert.js'
import type { DbTransaction } from './client.js'
import type { Engine } from './engine.js'
import { queryInChunks } from './id-chunks.js'
import { readMethodDefinition, resolveMethodDefinition } from './method-repository.js'
import { createUuidV7 } from './uuid.js'
import { assertOneOf, SCOPE_KINDS } from './vocabulary.js'

/** What {@link insertPlannedEngagements} needs. */
export interface InsertPlannedEngagementsInput {
  organizationId: string
  /** One plan per engagement; all must be for the same method version. */
  plans: readonly EngagementPlan[]
  /** The title of each engagement (default: `<plan name> assessment`). */
  title?: (plan: EngagementPlan) => string
  actor: AuditActor
}

/** The engagements created, in plan order. */
export interface PlannedEngagementRow {
  id: string
  imcId: string
}

type Row = Record<string, unknown>

/** Inserts one draft engagement per plan (see the module comment). */
export async function insertPlannedEngagements(
  tx: DbTransaction,
  engine: Engine,
  input: InsertPlannedEngagementsInput,
): Promise<PlannedEngagementRow[]> {
  const first = input.plans[0]
  if (first === undefined) return []
  const methodRow = await resolveMethodDefinition(tx, first.methodVersion)
  const method = readMethodDefinition(methodRow)
  const teamIds = await findMainTeams(tx, input.organizationId, input.plans)
  const now = new Date()
  const creator = input.actor.kind === 'system' ? null : input.actor.id
  const rows: Record<string, Row[]> = {
    Engagement: [],
    ActivityRecord: [],
    DriverEvaluation: [],
    ChecklistItem: [],
    ScopeEntry: [],
    Document: [],
    EngagementMember: [],
    AuditEvent: [],
  }
  const created: PlannedEngagementRow[] = []
  const stamp = { createdAt: now, updatedAt: now }
  const id = () => createUuidV7(now.getTime())
  for (const plan of input.plans) {
    if (plan.methodVersion !== method.version) {
      throw new Error(`Plans of one import must share a method version (${plan.methodVersion}).`)
    }
    const engagementId = id()
    const engagement = {
      id: engagementId,
      organizationId: input.organizationId,
      title: input.title?.(plan) ?? `${plan.name} assessment`,
      teamId: plan.teams.map((name) => teamIds.get(name)).find(Boolean) ?? null,
      imcId: plan.imcId,
      teamSnapshot: plan.records,
      planNotes: {
        model: plan.model,
        guidance: plan.guidance,
        warnings: plan.warnings,
        sessions: plan.sessions,
        coverage: plan.coverage,
      },
      methodId: methodRow.id,
      methodVersion: method.version,
      successThreshold: plan.threshold,
      createdById: creator,
      ...stamp,
    }
    rows.Engagement?.push(engagement)
    method.activities.forEach((activity, index) => {
      rows.ActivityRecord?.push({
        id: id(),
        engagementId,
        activityId: activity.id,
        phase: activity.phase,
        ordinal: index + 1,
        outputs: [],
        updatedAt: now,
      })
    })
    for (const driver of method.drivers) {
      rows.DriverEvaluation?.push({ id: id(), engagementId, driverId: driver.id, ...stamp })
    }
    plan.preparationChecklist.forEach((item, index) => {
      rows.ChecklistItem?.push({
        id: id(),
        engagementId,
        activityId: item.activity,
        ordinal: index + 1,
        text: item.text,
        ...stamp,
      })
    })
    plan.scopeList
      .flatMap((unit) => unit.entries)
      .forEach((entry, index) => {
        rows.ScopeEntry?.push({
          id: id(),
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
          ...stamp,
        })
      })
    plan.documentChecklist.forEach((document, index) => {
      rows.Document?.push({
        id: id(),
        engagementId,
        title: document.title,
        kind: document.standardItem,
        origin: document.source,
        ordinal: index + 1,
        ...stamp,
      })
    })
    if (creator) {
      rows.EngagementMember?.push({
        id: id(),
        engagementId,
        userId: creator,
        role: 'lead-assessor',
        createdAt: now,
      })
    }
    const { teamSnapshot: _snapshot, planNotes: _notes, ...after } = engagement
    rows.AuditEvent?.push({
      id: id(),
      organizationId: input.organizationId,
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      operation: 'engagement.create',
      targetType: 'Engagement',
      targetId: engagementId,
      after: { ...after, state: 'draft', version: 1 },
      createdAt: now,
    })
    created.push({ id: engagementId, imcId: plan.imcId })
  }
  // Parents first: the foreign keys are checked statement by statement.
  for (const [table, tableRows] of Object.entries(rows)) {
    await insertRows(tx, engine, table, tableRows)
  }
  return created
}

/** The plans' teams that exist in the organization, by short name. */
async function findMainTeams(
  tx: DbTransaction,
  organizationId: string,
  plans: readonly EngagementPlan[],
): Promise<Map<string, string>> {
  const names = [...new Set(plans.flatMap((plan) => plan.teams))]
  const teams = await queryInChunks(names, (chunk) =>
    tx.team.findMany({
      where: { organizationId, shortName: { in: chunk } },
      select: { id: true, shortName: true },
    }),
  )
  return new Map(teams.map((team) => [team.shortName, team.id]))
}
