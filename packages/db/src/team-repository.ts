/**
 * Teams (CSIRTs and other incident-management groups) imported from an inventory.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import { type AuditActor, recordAuditEvent } from './audit-repository.js'
import type { DbClient, DbExecutor, DbTransaction } from './client.js'
import { mapDatabaseErrors, UniqueConstraintError } from './errors.js'
import type { Team } from './generated/sqlite/client.js'
import { toJsonValue } from './json.js'

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

function toTeamData(record: InventoryRecord) {
  return {
    shortName: record['short-team-name'],
    officialName: record['official-team-name'] ?? null,
    imcId: record.imc_id ?? null,
    model: record.model ?? null,
    record: toJsonValue(record),
    importedAt: new Date(),
  }
}

/**
 * Upserts teams by (organization, `short-team-name`): new names are created, known ones get the
 * new record. All-or-nothing: one failing record (or a name twice in the input) imports nothing.
 */
export function importTeams(prisma: DbClient, input: ImportTeamsInput): Promise<ImportTeamsResult> {
  const names = input.records.map((record) => record['short-team-name'])
  const duplicate = names.find((name, index) => names.indexOf(name) !== index)
  if (duplicate !== undefined) {
    return Promise.reject(new UniqueConstraintError('Team', ['organizationId', 'shortName']))
  }
  return mapDatabaseErrors(() => prisma.$transaction((tx) => upsertTeams(tx, input)))
}

/** The body of {@link importTeams}, for callers composing a larger transaction (the seed). */
export async function upsertTeams(
  tx: DbTransaction,
  input: ImportTeamsInput,
): Promise<ImportTeamsResult> {
  const { organizationId } = input
  const names = input.records.map((record) => record['short-team-name'])
  const known = await tx.team.findMany({
    where: { organizationId, shortName: { in: names } },
    select: { shortName: true },
  })
  const teams: Team[] = []
  for (const record of input.records) {
    const data = toTeamData(record)
    teams.push(
      await tx.team.upsert({
        where: { organizationId_shortName: { organizationId, shortName: data.shortName } },
        create: { organizationId, ...data },
        update: data,
      }),
    )
  }
  const created = teams.length - known.length
  await recordAuditEvent(tx, {
    organizationId,
    actor: input.actor,
    operation: 'team.import',
    targetType: 'Organization',
    targetId: organizationId,
    after: { teams: names, created, updated: known.length },
  })
  return { teams, created, updated: known.length }
}

/** Creates one team; a second team with the same short name is a {@link UniqueConstraintError}. */
export function createTeam(
  db: DbExecutor,
  input: { organizationId: string; record: InventoryRecord },
): Promise<Team> {
  return mapDatabaseErrors(() =>
    db.team.create({ data: { organizationId: input.organizationId, ...toTeamData(input.record) } }),
  )
}
