/**
 * `importTeams`: parses an inventory with `@immd/core`'s `parseInventory`, then, all or nothing,
 * upserts the teams through `@immd/db`'s `importTeams` and optionally creates one draft engagement
 * per IMC from `@immd/core`'s `planEngagement` (`@immd/db`'s `insertEngagement`). Records equal to
 * the stored ones are left untouched, and IMCs that already have an engagement get no second one,
 * so importing the same inventory twice changes nothing.
 *
 * @packageDocumentation
 */
import {
  type InventoryFormat,
  type InventoryProblem,
  type InventoryRecord,
  parseInventory,
} from '@immd/core/inventory/parse-inventory'
import { DEFAULT_METHOD_VERSION, getBuiltInMethod } from '@immd/core/method'
import { groupRecordsByImc, planEngagement } from '@immd/core/planning'
import { insertEngagement } from '@immd/db/engagement-repository'
import { upsertTeams } from '@immd/db/team-repository'
import { type AuditEntry, actorOf, writeAudited } from '../audit.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { DomainError, ValidationError } from '../errors.js'

/** The inventory did not validate: every problem, with where it is. Nothing was written. */
export class InventoryValidationError extends DomainError {
  override name = 'InventoryValidationError'

  constructor(
    readonly problems: InventoryProblem[],
    readonly recordCount: number,
  ) {
    const errors = problems.filter((problem) => problem.severity === 'error')
    super(
      `The inventory has ${errors.length} error(s) in ${recordCount} record(s); nothing was imported.`,
      'BAD_USER_INPUT',
    )
  }
}

/** What {@link importTeams} needs (database ids). */
export interface ImportTeamsInput {
  organizationId: string
  /** Records as JSON values (an array), or … */
  records?: unknown
  /** … the inventory as text in `format` (detected when omitted), with an optional staff CSV. */
  text?: string | null
  format?: InventoryFormat | null
  staffCsv?: string | null
  createEngagements?: boolean | null
}

/** What an import did. */
export interface ImportTeamsOutcome {
  organizationId: string
  format: InventoryFormat
  created: number
  updated: number
  unchanged: number
  /** Team ids in input order. */
  teamIds: string[]
  engagementIds: string[]
  /** IMC ids that already had an engagement, so none was created. */
  existingImcIds: string[]
  warnings: InventoryProblem[]
}

/** Parses the input; throws unless every record is valid. */
export function readInventory(input: ImportTeamsInput) {
  const hasRecords = input.records !== undefined && input.records !== null
  if (hasRecords === Boolean(input.text)) {
    throw new ValidationError([
      { path: 'input.records', message: 'Give either records (a JSON array) or text, not both.' },
    ])
  }
  if (hasRecords && !Array.isArray(input.records)) {
    throw new ValidationError([
      { path: 'input.records', message: 'Must be a JSON array of records.' },
    ])
  }
  // JSON records are validated as indented JSON text, so problems also carry a line.
  const parsed = parseInventory(
    hasRecords
      ? { text: JSON.stringify(input.records, null, 2), format: 'json' }
      : {
          text: input.text ?? '',
          format: input.format ?? undefined,
          staffCsv: input.staffCsv ?? undefined,
        },
  )
  if (parsed.problems.some((problem) => problem.severity === 'error')) {
    throw new InventoryValidationError(parsed.problems, parsed.recordCount)
  }
  return parsed
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  )
}

/** Splits records into new, changed and unchanged against the stored teams. */
async function classify(tx: ApiTransaction, organizationId: string, records: InventoryRecord[]) {
  const stored = await tx.team.findMany({
    where: { organizationId, shortName: { in: records.map((r) => r['short-team-name']) } },
    select: { shortName: true, record: true },
  })
  const byName = new Map(stored.map((team) => [team.shortName, canonical(team.record)]))
  const changed = records.filter((record) => {
    const before = byName.get(record['short-team-name'])
    return before === undefined || before !== canonical(JSON.parse(JSON.stringify(record)))
  })
  const created = changed.filter((record) => !byName.has(record['short-team-name'])).length
  return {
    changed,
    created,
    updated: changed.length - created,
    unchanged: records.length - changed.length,
  }
}

/** Plans and inserts one draft engagement per IMC that has none yet. */
async function createImcEngagements(
  ctx: ApiContext,
  tx: ApiTransaction,
  organizationId: string,
  records: InventoryRecord[],
) {
  const method = getBuiltInMethod(DEFAULT_METHOD_VERSION)
  if (!method) throw new Error(`The built-in method ${DEFAULT_METHOD_VERSION} is missing.`)
  const imcIds = groupRecordsByImc(records).map((group) => group.imcId)
  const existing = await tx.engagement.findMany({
    where: { organizationId, imcId: { in: imcIds } },
    select: { imcId: true },
  })
  const existingImcIds = imcIds.filter((id) => existing.some((row) => row.imcId === id))
  const engagements: { id: string; imcId: string }[] = []
  for (const imcId of imcIds.filter((id) => !existingImcIds.includes(id))) {
    const planned = planEngagement({ records, method, imcId })
    if (!planned.ok)
      throw new ValidationError([{ path: 'input.records', message: planned.error.message }])
    const engagement = await insertEngagement(tx, {
      organizationId,
      title: `${planned.plan.name} assessment`,
      plan: planned.plan,
      actor: actorOf(ctx.viewer),
    })
    engagements.push({ id: engagement.id, imcId })
  }
  return { engagements, existingImcIds }
}

/** Imports an inventory into an organization (see the module comment). */
export function importTeams(ctx: ApiContext, input: ImportTeamsInput): Promise<ImportTeamsOutcome> {
  const parsed = readInventory(input)
  const { organizationId } = input
  return writeAudited(ctx, async (tx) => {
    const counts = await classify(tx, organizationId, parsed.records)
    if (counts.changed.length > 0) {
      await upsertTeams(tx, {
        organizationId,
        records: counts.changed,
        actor: actorOf(ctx.viewer),
      })
    }
    const teams = await tx.team.findMany({
      where: { organizationId, shortName: { in: parsed.records.map((r) => r['short-team-name']) } },
      select: { id: true, shortName: true },
    })
    const teamIds = parsed.records.flatMap((record) =>
      teams.filter((team) => team.shortName === record['short-team-name']).map((team) => team.id),
    )
    const planned = input.createEngagements
      ? await createImcEngagements(ctx, tx, organizationId, parsed.records)
      : { engagements: [], existingImcIds: [] }
    const audit: AuditEntry[] = [
      {
        operation: 'team.import',
        targetType: 'Organization',
        targetId: organizationId,
        organizationId,
        // @immd/db recorded its own `team.import` row when something changed.
        recorded: counts.changed.length > 0,
        after: {
          format: parsed.format,
          created: counts.created,
          updated: counts.updated,
          unchanged: counts.unchanged,
        },
      },
      ...planned.engagements.map((engagement) => ({
        operation: 'engagement.create',
        targetType: 'Engagement',
        targetId: engagement.id,
        organizationId,
        engagementId: engagement.id,
        // insertEngagement stored it.
        recorded: true,
      })),
    ]
    return {
      result: {
        organizationId,
        format: parsed.format,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        teamIds,
        engagementIds: planned.engagements.map((engagement) => engagement.id),
        existingImcIds: planned.existingImcIds,
        warnings: parsed.problems,
      },
      audit,
    }
  })
}
