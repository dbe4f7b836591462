/**
 * Teams (CSIRTs and other incident-management groups) imported from an inventory.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import { type AuditActor, recordAuditEvent } from './audit-repository.js'
import type { DbClient, DbExecutor, DbTransaction } from './client.js'
import { mapDatabaseErrors } from './errors.js'
import type { Team } from './generated/sqlite/client.js'
import { assertDistinctShortNames, upsertTeamRows } from './team-bulk-upsert.js'
import { toTeamData } from './team-data.js'

/** What {@link importTeams} needs: records already parsed by `@immd/core/inventory`. */
export interface ImportTeamsInput {
  organizationId: string
  records: readonly InventoryRecord[]
  actor: AuditActor
}

/** The imported teams, in input order, and how many were new. */
export interface ImportTeamsResult {
  teams: Team[]
  created: number
  updated: number
}

/**
 * Upserts teams by (organization, `short-team-name`): new names are created, known ones get the
 * new record. All-or-nothing: one failing record (or a name twice in the input) imports nothing.
 */
export function importTeams(prisma: DbClient, input: ImportTeamsInput): Promise<ImportTeamsResult> {
  try {
    // Refused before a transaction is opened; upsertTeams checks again for its direct callers.
    assertDistinctShortNames(input.records)
  } catch (error) {
    return Promise.reject(error)
  }
  return mapDatabaseErrors(() => prisma.$transaction((tx) => upsertTeams(tx, input)))
}

/**
 * The body of {@link importTeams}, for callers composing a larger transaction (the API's
 * `importTeams` mutation, the seed). Writes set-based, one multi-row upsert per few thousand
 * records (see `team-bulk-upsert.ts`), then one `team.import` audit event. Every given record is
 * written (known teams get a new `importedAt`/`updatedAt`), so callers that must leave unchanged
 * records alone pass only the changed ones, as the API does.
 */
export async function upsertTeams(
  tx: DbTransaction,
  input: ImportTeamsInput,
): Promise<ImportTeamsResult> {
  const { organizationId } = input
  const { teams, created } = await upsertTeamRows(tx, organizationId, input.records)
  const updated = teams.length - created
  await recordAuditEvent(tx, {
    organizationId,
    actor: input.actor,
    operation: 'team.import',
    targetType: 'Organization',
    targetId: organizationId,
    after: { teams: input.records.map((record) => record['short-team-name']), created, updated },
  })
  return { teams, created, updated }
}

/** Creates one team; a second team with the same short name is a `UniqueConstraintError`. */
export function createTeam(
  db: DbExecutor,
  input: { organizationId: string; record: InventoryRecord },
): Promise<Team> {
  return mapDatabaseErrors(() =>
    db.team.create({ data: { organizationId: input.organizationId, ...toTeamData(input.record) } }),
  )
}
