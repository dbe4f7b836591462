/**
 * Set-based upsert of teams: one multi-row
 * `INSERT … ON CONFLICT ("organizationId", "shortName") DO UPDATE … RETURNING` per chunk of
 * records, instead of one Prisma `upsert` per record. Prisma's upsert is a single statement too,
 * but each one costs a round trip plus the client's query compilation and result interpretation, so
 * 1,000 records took 1,000 statements and barely beat autocommitted row-by-row inserts.
 *
 * Values are bound parameters of a `Prisma.Sql` statement: Prisma writes each engine's
 * placeholders (`?` for SQLite, `$n` for PostgreSQL), so one statement text serves both engines.
 * Rows carry what the generated client would send: a UUIDv7 id (`@default(uuid(7))`), the import
 * time as `createdAt` (`@default(now())`, evaluated by the client) and `updatedAt` (`@updatedAt`),
 * and the record as JSON text. PostgreSQL types the untyped parameters from the target columns
 * (text → jsonb, timestamp strings from `@prisma/adapter-pg` → timestamp(3)), so no cast is needed,
 * and SQLite must not get one (`CAST(… AS JSONB)` would apply numeric affinity).
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import type { DbExecutor } from './client.js'
import { mapDatabaseErrors, NotFoundError, UniqueConstraintError } from './errors.js'
import { Prisma, type Team } from './generated/sqlite/client.js'
import { toTeamData } from './team-data.js'
import { createUuidV7 } from './uuid.js'

/** The columns each VALUES tuple binds, in order. */
const INSERTED_COLUMNS = [
  'id',
  'organizationId',
  'shortName',
  'officialName',
  'imcId',
  'model',
  'authorityAnalysis',
  'authorityResponse',
  'record',
  'importedAt',
  'createdAt',
  'updatedAt',
] as const

/**
 * What a re-import replaces on a known team, as Prisma's `upsert` did with the record's data:
 * `id`, `organizationId`, `shortName` (the conflict key) and `createdAt` stay.
 */
const REPLACED_COLUMNS = [
  'officialName',
  'imcId',
  'model',
  'authorityAnalysis',
  'authorityResponse',
  'record',
  'importedAt',
  'updatedAt',
] as const

/**
 * What the statement cannot know in advance: whether the row existed (its id and creation time
 * then stay). Every other column holds what was bound, so rows are completed in JavaScript rather
 * than read back: returning every column makes Prisma parse each record and date again, which
 * measurably slowed the statement for no information.
 */
const RETURNED_COLUMNS = ['id', 'shortName', 'createdAt'] as const

type ReturnedRow = Pick<Team, (typeof RETURNED_COLUMNS)[number]>

/**
 * Bound parameters per statement: under SQLite's 32,766 (better-sqlite3's build) and
 * PostgreSQL's 65,535, with room to spare.
 */
const MAX_PARAMETERS = 30_000

/** Records per statement: 2,500, so a typical import of up to 2,500 records is one statement. */
export const TEAMS_PER_STATEMENT = Math.floor(MAX_PARAMETERS / INSERTED_COLUMNS.length)

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ')

/**
 * The teams written, in input order, and how many of them were inserted (the rest existed). Each
 * team holds the values the statement stored; `record` is the JSON value as sent (PostgreSQL's
 * jsonb may list its keys in another order when read back).
 */
export interface TeamUpsertRows {
  teams: Team[]
  created: number
}

/**
 * Rejects a short name given twice: within one statement PostgreSQL refuses to update a row twice
 * ("ON CONFLICT DO UPDATE command cannot affect row a second time") while SQLite silently keeps the
 * last, so the check runs before any SQL and fails the same way on both engines.
 */
export function assertDistinctShortNames(records: readonly InventoryRecord[]): void {
  const seen = new Set<string>()
  for (const record of records) {
    const name = record['short-team-name']
    if (seen.has(name)) throw new UniqueConstraintError('Team', ['organizationId', 'shortName'])
    seen.add(name)
  }
}

/**
 * One multi-row upsert, as a `Prisma.Sql` built directly from its string pieces and flat values:
 * nesting `Prisma.sql`/`Prisma.join` per row allocates and flattens thousands of fragments, which
 * showed up in profiles. Every value still becomes a bound parameter.
 */
function upsertStatement(rows: readonly (readonly unknown[])[]): Prisma.Sql {
  const replaced = REPLACED_COLUMNS.map((column) => `"${column}" = excluded."${column}"`)
  const strings: string[] = []
  const values: unknown[] = []
  let text = `INSERT INTO "Team" (${quoted(INSERTED_COLUMNS)}) VALUES (`
  rows.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      strings.push(text)
      values.push(value)
      text = columnIndex < row.length - 1 ? ', ' : ''
    })
    text +=
      rowIndex < rows.length - 1
        ? '), ('
        : `) ON CONFLICT ("organizationId", "shortName") DO UPDATE SET ${replaced.join(', ')}` +
          ` RETURNING ${quoted(RETURNED_COLUMNS)}`
  })
  strings.push(text)
  return new Prisma.Sql(strings, values)
}

/**
 * Inserts new teams and replaces the record of known ones (matched on organization and short
 * name), in as few statements as the parameter limits allow. Runs on the executor it is given, so
 * inside a caller's transaction it is part of that transaction. Short names must be distinct
 * ({@link assertDistinctShortNames}); constraint violations become typed errors.
 */
export async function upsertTeamRows(
  db: DbExecutor,
  organizationId: string,
  records: readonly InventoryRecord[],
  now: Date = new Date(),
): Promise<TeamUpsertRows> {
  assertDistinctShortNames(records)
  const rows = records.map((record) => ({
    // An id that comes back is ours exactly when the row was inserted: a known row keeps its id.
    id: createUuidV7(now.getTime()),
    organizationId,
    ...toTeamData(record, now),
    createdAt: now,
    updatedAt: now,
  }))
  const returned = new Map<string, ReturnedRow>()
  for (let start = 0; start < rows.length; start += TEAMS_PER_STATEMENT) {
    const values = rows
      .slice(start, start + TEAMS_PER_STATEMENT)
      .map((row) =>
        INSERTED_COLUMNS.map((column) =>
          column === 'record' ? JSON.stringify(row.record) : row[column],
        ),
      )
    const written = await mapDatabaseErrors(
      () => db.$queryRaw<ReturnedRow[]>(upsertStatement(values)),
      'Team',
    )
    for (const row of written) returned.set(row.shortName, row)
  }
  // RETURNING order is unspecified (SQLite documents it as arbitrary): match rows by name.
  let created = 0
  const teams = rows.map(({ record, ...row }): Team => {
    const stored = returned.get(row.shortName)
    if (!stored) throw new NotFoundError('Team', { organizationId, shortName: row.shortName })
    if (stored.id === row.id) created += 1
    return { ...row, id: stored.id, createdAt: stored.createdAt, record: record as Team['record'] }
  })
  return { teams, created }
}
