/**
 * Reads the portfolio in keyset chunks and turns each row into what the `engagements` connection
 * answers for it: Relay global ids, enum names, ISO dates, the organization and the team.
 * One chunk is one `findMany`; teams are read once per export, when a chunk first refers to them
 * (an organization has a few teams and thousands of engagements). So the statement count grows
 * with the number of chunks, never with the number of rows.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { ApiDatabase, ApiPrismaClient } from '../database.js'
import {
  type EngagementColumn,
  type PortfolioSelection,
  selectPortfolioColumns,
} from './portfolio-fields.js'
import { type PortfolioQuery, schemaEnum } from './portfolio-query.js'
import {
  type PortfolioKey,
  portfolioAfter,
  portfolioOrderBy,
  portfolioWhere,
} from './portfolio-where.js'

/** One exported engagement: the fields of the SDK's `EngagementListItem` plus the team's name. */
export interface PortfolioRow {
  id: string
  title: string
  imcId: string | null
  state: string
  methodVersion: string
  successThreshold: string | null
  latestTotal: number | null
  latestBand: string | null
  latestScoredDrivers: number | null
  latestMethodDrivers: number | null
  plannedStart: string | null
  plannedEnd: string | null
  createdAt: string
  updatedAt: string
  organization: { id: string; slug: string; name: string }
  team: { id: string; shortName: string; officialName: string | null } | null
}

/** An exported engagement with the selected columns only (`portfolio-fields.ts`). */
export type ExportedRow = Partial<PortfolioRow>

/**
 * Every column a chunk may read: the exported columns (each stored under its own name), the
 * tenancy check's `organizationId` and the team link.
 */
const RECORD_SELECT = {
  id: true,
  organizationId: true,
  title: true,
  imcId: true,
  state: true,
  methodVersion: true,
  successThreshold: true,
  latestTotal: true,
  latestBand: true,
  latestScoredDrivers: true,
  latestMethodDrivers: true,
  plannedStart: true,
  plannedEnd: true,
  createdAt: true,
  updatedAt: true,
  teamId: true,
} as const satisfies Record<EngagementColumn | 'organizationId' | 'teamId', true>

/**
 * A stored row as a chunk may read it, typed by Prisma from {@link RECORD_SELECT}; a chunk reads
 * only the selected columns, and the writers only touch those.
 */
type PortfolioRecord = Prisma.EngagementGetPayload<{ select: typeof RECORD_SELECT }>

/** A team as the row shows it. */
type TeamColumns = NonNullable<PortfolioRow['team']>

/** The columns one chunk reads: the selection's, the keyset's and the tenancy check's. */
function selectColumns(selection: PortfolioSelection, query: PortfolioQuery) {
  const select: Partial<Record<keyof typeof RECORD_SELECT, true>> = {
    id: true,
    organizationId: true,
    [query.order.field]: true,
  }
  for (const key of selection.keys) {
    if (key === 'team') select.teamId = true
    else if (key !== 'organization') select[key] = true
  }
  return select satisfies Prisma.EngagementSelect
}

/**
 * Rows per SQL statement when the caller does not say: few statements for 10,000 rows, while a
 * chunk (rows and their text) stays a few MiB.
 */
export const DEFAULT_CHUNK_SIZE = 2000

/** Options of {@link readPortfolio}. */
export interface ReadPortfolioOptions {
  /** The tenant-guarded client of the request. */
  prisma: ApiPrismaClient
  engine: ApiDatabase['engine']
  /** Organizations the viewer may read (`readableOrganizationIds`). */
  organizationIds: readonly string[]
  query: PortfolioQuery
  /** The columns to write (default: every column). */
  selection?: PortfolioSelection
  /** Rows per statement (default {@link DEFAULT_CHUNK_SIZE}). */
  chunkSize?: number
}

/**
 * Yields the export in chunks of at most `chunkSize` rows, reading the next chunk only when the
 * consumer asks for it, so memory holds one chunk (and the teams met so far) whatever the
 * portfolio's size. Only the selected columns are read; organizations and teams only when a
 * column of theirs is selected (organizations once for all chunks).
 */
export async function* readPortfolio(
  options: ReadPortfolioOptions,
): AsyncGenerator<ExportedRow[], void, undefined> {
  const { prisma, query } = options
  const selection = options.selection ?? selectPortfolioColumns([])
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE)
  const where = await portfolioWhere({
    prisma,
    engine: options.engine,
    readableOrganizationIds: options.organizationIds,
    filter: query.filter,
  })
  const orderBy = portfolioOrderBy(query.order)
  const organizations =
    selection.organization.length === 0
      ? []
      : await prisma.organization.findMany({
          where: { id: { in: [...options.organizationIds] } },
          select: { id: true, slug: true, name: true },
        })
  const teams = new Map<string, TeamColumns>()
  const toRow = createRowMapper({
    selection,
    readable: new Set(options.organizationIds),
    organizations: new Map(
      organizations.map((row) => [row.id, { ...row, id: encodeGlobalID('Organization', row.id) }]),
    ),
    teams,
  })
  const select = selectColumns(selection, query)
  let after: PortfolioKey | undefined
  for (;;) {
    const records = (await prisma.engagement.findMany({
      where: after ? { AND: [where, portfolioAfter(query.order, after)] } : where,
      orderBy,
      take: chunkSize,
      select,
      // The selection is chosen at run time (a subset of RECORD_SELECT), which Prisma cannot
      // type; the writers read only the selected columns.
    })) as unknown as PortfolioRecord[]
    if (selection.team.length > 0) await loadTeams(prisma, records, teams)
    if (records.length > 0) yield records.map(toRow)
    after = records[records.length - 1]
    if (records.length < chunkSize || !after) return
  }
}

/** Adds the teams of `records` that `teams` lacks, in one statement (none when all are known). */
async function loadTeams(
  prisma: ApiPrismaClient,
  records: readonly PortfolioRecord[],
  teams: Map<string, TeamColumns>,
): Promise<void> {
  const missing = new Set<string>()
  for (const { teamId } of records) if (teamId && !teams.has(teamId)) missing.add(teamId)
  if (missing.size === 0) return
  const rows = await prisma.team.findMany({
    where: { id: { in: [...missing] } },
    select: { id: true, shortName: true, officialName: true },
  })
  for (const row of rows) teams.set(row.id, { ...row, id: encodeGlobalID('Team', row.id) })
}

/** What {@link createRowMapper} maps with. */
interface RowMapperOptions {
  selection: PortfolioSelection
  /** The viewer's readable organizations: a row of any other is a bug, never written. */
  readable: ReadonlySet<string>
  organizations: Map<string, PortfolioRow['organization']>
  teams: Map<string, TeamColumns>
}

/**
 * Maps stored rows to the connection's values (enum names as `schema.graphql` spells them),
 * with the selected keys only, in the selection's order: one writer per key, chosen once.
 */
function createRowMapper(options: RowMapperOptions) {
  const { selection, readable, organizations, teams } = options
  const state = schemaEnum('EngagementState')
  const band = schemaEnum('Band')
  const bandName = (value: string | null) => (value === null ? null : String(band.serialize(value)))
  const iso = (value: Date | null) => value?.toISOString() ?? null
  const pick = <T extends object>(value: T, keys: readonly (keyof T)[]) =>
    Object.fromEntries(keys.map((key) => [key, value[key]]))
  const values: Record<EngagementColumn, (record: PortfolioRecord) => unknown> = {
    id: (record) => encodeGlobalID('Engagement', record.id),
    title: (record) => record.title,
    imcId: (record) => record.imcId,
    state: (record) => String(state.serialize(record.state)),
    methodVersion: (record) => record.methodVersion,
    successThreshold: (record) => bandName(record.successThreshold),
    latestTotal: (record) => record.latestTotal,
    latestBand: (record) => bandName(record.latestBand),
    latestScoredDrivers: (record) => record.latestScoredDrivers,
    latestMethodDrivers: (record) => record.latestMethodDrivers,
    plannedStart: (record) => iso(record.plannedStart),
    plannedEnd: (record) => iso(record.plannedEnd),
    createdAt: (record) => record.createdAt.toISOString(),
    updatedAt: (record) => record.updatedAt.toISOString(),
  }
  const writers = selection.keys.map((key): [string, (record: PortfolioRecord) => unknown] => {
    if (key === 'organization') {
      return [
        key,
        (record) =>
          pick(organizations.get(record.organizationId) as object, selection.organization as never),
      ]
    }
    if (key === 'team') {
      // A team deleted since the chunk was read is gone, as `onDelete: SetNull` would leave it.
      return [
        key,
        (record) => {
          const team = record.teamId ? teams.get(record.teamId) : undefined
          return team ? pick(team, selection.team) : null
        },
      ]
    }
    return [key, values[key]]
  })
  return (record: PortfolioRecord): ExportedRow => {
    // The guarded client only returns rows of these organizations; anything else is a bug.
    if (!readable.has(record.organizationId)) {
      throw new Error(`Engagement ${record.id} is outside the readable organizations.`)
    }
    const row: Record<string, unknown> = {}
    for (const [key, write] of writers) row[key] = write(record)
    return row as ExportedRow
  }
}
