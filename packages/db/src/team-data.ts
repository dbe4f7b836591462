/**
 * How an inventory record maps onto the columns of a `Team` row. Shared by the one-row Prisma
 * write (`createTeam`) and the set-based import (`team-bulk-upsert.ts`), so both store the same
 * values.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import type { Prisma } from './generated/sqlite/client.js'
import { toJsonValue } from './json.js'

/** The record-derived columns of a team (everything but ids and row timestamps). */
export interface TeamData {
  shortName: string
  officialName: string | null
  imcId: string | null
  model: string | null
  /** `authority.analysis` / `authority.response` (the old single key already fills both). */
  authorityAnalysis: string | null
  authorityResponse: string | null
  /** The record itself, as a plain JSON value (see {@link toJsonValue}). */
  record: Prisma.InputJsonValue
  importedAt: Date
}

/** Maps a record onto team columns; `importedAt` is when the import runs. */
export function toTeamData(record: InventoryRecord, importedAt: Date = new Date()): TeamData {
  return {
    shortName: record['short-team-name'],
    officialName: record['official-team-name'] ?? null,
    imcId: record.imc_id ?? null,
    model: record.model ?? null,
    authorityAnalysis: record.authority?.analysis ?? null,
    authorityResponse: record.authority?.response ?? null,
    record: toJsonValue(record),
    importedAt,
  }
}
