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
  plannedStart: string | null
  plannedEnd: string | null
  createdAt: string
  updatedAt: string
  organization: { id: string; slug: string; name: string }
  team: { id: string; shortName: string; officialName: string | null } | null
}

/** The columns one chunk reads. */
const ROW_SELECT = {
  id: true,
  organizationId: true,
  title: true,
  imcId: true,
  state: true,
  methodVersion: true,
  successThreshold: true,
  latestTotal: true,
  latestBand: true,
  plannedStart: true,
  plannedEnd: true,
  createdAt: true,
  updatedAt: true,
  teamId: true,
} satisfies Prisma.EngagementSelect

/** A stored row as one chunk reads it. */
type PortfolioRecord = Prisma.EngagementGetPayload<{ select: typeof ROW_SELECT }>

/** A team as the row shows it. */
type TeamColumns = NonNullable<PortfolioRow['team']>

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
  /** Rows per statement (default {@link DEFAULT_CHUNK_SIZE}). */
  chunkSize?: number
}

/**
 * Yields the export in chunks of at most `chunkSize` rows, reading the next chunk only when the
 * consumer asks for it, so memory holds one chunk (and the teams met so far) whatever the
 * portfolio's size. The first statement reads the viewer's organizations, once for all chunks.
 */
export async function* readPortfolio(
  options: ReadPortfolioOptions,
): AsyncGenerator<PortfolioRow[], void, undefined> {
  const { prisma, query } = options
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE)
  const where = await portfolioWhere({
    prisma,
    engine: options.engine,
    readableOrganizationIds: options.organizationIds,
    filter: query.filter,
  })
  const orderBy = portfolioOrderBy(query.order)
  const organizations = await prisma.organization.findMany({
    where: { id: { in: [...options.organizationIds] } },
    select: { id: true, slug: true, name: true },
  })
  const teams = new Map<string, TeamColumns>()
  const toRow = createRowMapper(
    new Map(
      organizations.map((row) => [row.id, { ...row, id: encodeGlobalID('Organization', row.id) }]),
    ),
    teams,
  )
  let after: PortfolioKey | undefined
  for (;;) {
    const records: PortfolioRecord[] = await prisma.engagement.findMany({
      where: after ? { AND: [where, portfolioAfter(query.order, after)] } : where,
      orderBy,
      take: chunkSize,
      select: ROW_SELECT,
    })
    await loadTeams(prisma, records, teams)
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

/** Maps stored rows to the connection's values (enum names as `schema.graphql` spells them). */
function createRowMapper(
  organizations: Map<string, PortfolioRow['organization']>,
  teams: Map<string, TeamColumns>,
) {
  const state = schemaEnum('EngagementState')
  const band = schemaEnum('Band')
  const bandName = (value: string | null) => (value === null ? null : String(band.serialize(value)))
  const iso = (value: Date | null) => value?.toISOString() ?? null
  return (record: PortfolioRecord): PortfolioRow => {
    const organization = organizations.get(record.organizationId)
    // The guarded client only returns rows of these organizations; anything else is a bug.
    if (!organization) {
      throw new Error(`Engagement ${record.id} is outside the readable organizations.`)
    }
    return {
      id: encodeGlobalID('Engagement', record.id),
      title: record.title,
      imcId: record.imcId,
      state: String(state.serialize(record.state)),
      methodVersion: record.methodVersion,
      successThreshold: bandName(record.successThreshold),
      latestTotal: record.latestTotal,
      latestBand: bandName(record.latestBand),
      plannedStart: iso(record.plannedStart),
      plannedEnd: iso(record.plannedEnd),
      createdAt: record.createdAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
      organization,
      // A team deleted since the chunk was read is gone, as `onDelete: SetNull` would leave it.
      team: record.teamId ? (teams.get(record.teamId) ?? null) : null,
    }
  }
}
