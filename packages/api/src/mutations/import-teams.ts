/**
 * `importTeams`: parses an inventory with `@immd/core`'s `parseInventory`, then, all or nothing,
 * upserts the teams through `@immd/db`'s `importTeams` and optionally creates one draft engagement
 * per IMC from `@immd/core`'s `planEngagements` (`@immd/db`'s set-based `insertPlannedEngagements`). Records equal to
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
import { type EngagementPlan, type PlanningWarning, planEngagements } from '@immd/core/planning'
import { queryInChunks } from '@immd/db/id-chunks'
import { insertPlannedEngagements } from '@immd/db/planned-engagements'
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

/** A planning warning of one IMC of the import (`@immd/core` planning). */
export interface ImportPlanningWarning extends PlanningWarning {
  imcId: string
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
  /** What the planner noticed per IMC (model, authority, coverage, threshold …), for every IMC. */
  planningWarnings: ImportPlanningWarning[]
}

/**
 * Transaction time allowed for an import: the default minute, plus 20 ms per record beyond 1,000
 * (measured imports write well under 5 ms per record with engagements on either engine), so a
 * large request is not rolled back for being large.
 */
export function importTimeoutMs(recordCount: number): number {
  return 60_000 + Math.max(0, recordCount - 1_000) * 20
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
  const stored = await queryInChunks(
    records.map((record) => record['short-team-name']),
    (names) =>
      tx.team.findMany({
        where: { organizationId, shortName: { in: names } },
        select: { shortName: true, record: true },
      }),
  )
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

/** Inserts one draft engagement per planned IMC that has none yet. */
async function createImcEngagements(
  ctx: ApiContext,
  tx: ApiTransaction,
  organizationId: string,
  plans: readonly EngagementPlan[],
) {
  const existing = await queryInChunks(
    plans.map((plan) => plan.imcId),
    (imcIds) =>
      tx.engagement.findMany({
        where: { organizationId, imcId: { in: imcIds } },
        select: { imcId: true },
      }),
  )
  const assessed = new Set(existing.map((row) => row.imcId))
  const existingImcIds = plans.map((plan) => plan.imcId).filter((id) => assessed.has(id))
  // Set-based: a few multi-row statements for all new IMCs, not ten statements per IMC.
  const engagements = await insertPlannedEngagements(tx, ctx.db.engine, {
    organizationId,
    plans: plans.filter((plan) => !assessed.has(plan.imcId)),
    actor: actorOf(ctx.viewer),
  })
  return { engagements, existingImcIds }
}

/** The built-in method the import plans with. */
function readDefaultMethod() {
  const method = getBuiltInMethod(DEFAULT_METHOD_VERSION)
  if (!method) throw new Error(`The built-in method ${DEFAULT_METHOD_VERSION} is missing.`)
  return method
}

/** Imports an inventory into an organization (see the module comment). */
export function importTeams(ctx: ApiContext, input: ImportTeamsInput): Promise<ImportTeamsOutcome> {
  const parsed = readInventory(input)
  const { organizationId } = input
  // Planned before the transaction opens: pure work that needs no connection.
  const plans = planEngagements({ records: parsed.records, method: readDefaultMethod() })
  const planningWarnings = plans.flatMap((plan) =>
    plan.warnings.map((warning) => ({ imcId: plan.imcId, ...warning })),
  )
  const timeoutMs = importTimeoutMs(parsed.records.length)
  return writeAudited(ctx, { timeoutMs }, async (tx) => {
    const counts = await classify(tx, organizationId, parsed.records)
    if (counts.changed.length > 0) {
      await upsertTeams(tx, {
        organizationId,
        records: counts.changed,
        actor: actorOf(ctx.viewer),
      })
    }
    const teams = await queryInChunks(
      parsed.records.map((record) => record['short-team-name']),
      (names) =>
        tx.team.findMany({
          where: { organizationId, shortName: { in: names } },
          select: { id: true, shortName: true },
        }),
    )
    const idByName = new Map(teams.map((team) => [team.shortName, team.id]))
    const teamIds = parsed.records.flatMap(
      (record) => idByName.get(record['short-team-name']) ?? [],
    )
    const planned = input.createEngagements
      ? await createImcEngagements(ctx, tx, organizationId, plans)
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
        // insertPlannedEngagements stored it.
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
        planningWarnings,
      },
      audit,
    }
  })
}
