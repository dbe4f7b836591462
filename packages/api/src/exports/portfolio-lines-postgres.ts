/**
 * The NDJSON export on PostgreSQL, written by the database: each chunk is one statement whose
 * single row holds the chunk's lines as one text, so Node neither maps 10,000 rows through
 * Prisma nor stringifies them (the row path, `portfolio-rows.ts`, spent most of its CPU there).
 * The lines are byte for byte those of the row path: the same keys in the same order, ids encoded
 * as Relay encodes them, enum names, ISO dates, strings escaped as `JSON.stringify` escapes them
 * (`to_json`), and the same filter, order and keyset as `portfolio-where.ts`
 * (`tests/portfolio-export-postgres.test.ts` compares the two).
 *
 * Only NDJSON is written here: CSV's quoting and formula guard stay in `@immd/reports`.
 *
 * @packageDocumentation
 */
import { enumJsonSql, globalIdSql, isoDateSql, literal } from '../compiled-reads/sql-values.js'
import type { ApiPrismaClient } from '../database.js'
import {
  type EngagementColumn,
  type PortfolioSelection,
  selectPortfolioColumns,
} from './portfolio-fields.js'
import { type PortfolioQuery, schemaEnum } from './portfolio-query.js'
import { planPostgresSearch } from './portfolio-search.js'
import type { PortfolioOrder, PortfolioOrderField } from './portfolio-types.js'
import { FILTER_COLUMNS, narrowOrganizationIds } from './portfolio-where.js'

/**
 * Lines per statement when the caller does not say. A chunk is one text (about 1 MiB at 5,000
 * lines of the bench's seven fields), so it can be larger than the row path's 2,000 row objects;
 * each statement pays its planning and a round trip (`bench:profile --operation export`: a
 * 10,000-row export took 81 ms in process at 2,000 lines per statement, 64 ms at 5,000).
 */
export const LINES_CHUNK_SIZE = 5000

/** Options of {@link readPortfolioLines}. */
export interface ReadPortfolioLinesOptions {
  /** The tenant-guarded client of the request. */
  prisma: ApiPrismaClient
  /** Organizations the viewer may read (`readableOrganizationIds`). */
  organizationIds: readonly string[]
  query: PortfolioQuery
  /** The columns to write (default: every column). */
  selection?: PortfolioSelection
  /** Lines per statement (default {@link LINES_CHUNK_SIZE}). */
  chunkSize?: number
}

/** The one row a chunk statement answers. */
interface ChunkRow {
  lines: string | null
  rows: number
  lastId: string | null
  lastKey: string | null
}

/** A condition with `$n` placeholders, numbered by {@link Parameters.add}. */
interface Parameters {
  values: string[]
  add(value: string): string
}

function createParameters(): Parameters {
  const values: string[] = []
  return {
    values,
    add(value) {
      values.push(value)
      return `$${values.length}`
    },
  }
}

/** A JSON value of a SQL expression: `to_json` escapes strings as `JSON.stringify` does. */
const jsonText = (value: string) => `coalesce(to_json(${value})::text, 'null')`

/**
 * A string that needs no escaping (base64 ids, ISO dates) as JSON: quoted, without the cost of
 * `to_json` on every row.
 */
const plainText = (value: string) => `coalesce('"' || ${value} || '"', 'null')`

/**
 * A double as JSON: `JSON.stringify` writes NaN and the infinities as null. PostgreSQL's text of a
 * double is its shortest round-trip form, as JavaScript's; the two differ only in when they switch
 * to exponents (below 1e-4 or from 1e15 here, below 1e-6 or from 1e21 there), far outside the
 * 0–100 totals this writes, and even there they are the same number.
 */
const numberText = (value: string) =>
  `CASE WHEN ${value} IS NULL OR ${value} IN ('NaN', 'Infinity', '-Infinity') THEN 'null' ELSE ${value}::text END`

/** An integer as JSON (its text is the same in both languages), or null. */
const integerText = (value: string) => `coalesce(${value}::text, 'null')`

/** A JSON object of `[key, value expression]` pairs, in order. */
function objectText(entries: readonly (readonly [string, string])[]): string {
  const parts = entries.map(
    ([key, value], index) =>
      `${literal(`${index === 0 ? '{' : ','}${JSON.stringify(key)}:`)} || ${value}`,
  )
  return `${parts.join(' || ')} || '}'`
}

/** Each engagement column as the connection answers it, for the row `e`. */
function engagementValues(): Record<EngagementColumn, string> {
  const state = schemaEnum('EngagementState')
  const band = schemaEnum('Band')
  return {
    id: plainText(globalIdSql('Engagement', 'e')),
    title: jsonText('e."title"'),
    imcId: jsonText('e."imcId"'),
    state: enumJsonSql(state, 'e."state"'),
    methodVersion: jsonText('e."methodVersion"'),
    successThreshold: enumJsonSql(band, 'e."successThreshold"'),
    latestTotal: numberText('e."latestTotal"'),
    latestBand: enumJsonSql(band, 'e."latestBand"'),
    latestScoredDrivers: integerText('e."latestScoredDrivers"'),
    latestMethodDrivers: integerText('e."latestMethodDrivers"'),
    plannedStart: plainText(isoDateSql('e."plannedStart"')),
    plannedEnd: plainText(isoDateSql('e."plannedEnd"')),
    createdAt: plainText(isoDateSql('e."createdAt"')),
    updatedAt: plainText(isoDateSql('e."updatedAt"')),
  }
}

/** The line of one engagement and the joins it needs. */
function lineOf(selection: PortfolioSelection): { line: string; joins: string } {
  const values = engagementValues()
  const joins: string[] = []
  const entries = selection.keys.map((key): [string, string] => {
    if (key === 'organization') {
      joins.push(`JOIN "Organization" o ON o."id" = e."organizationId"`)
      const columns = {
        id: plainText(globalIdSql('Organization', 'o')),
        slug: jsonText('o."slug"'),
        name: jsonText('o."name"'),
      }
      return [key, objectText(selection.organization.map((column) => [column, columns[column]]))]
    }
    if (key === 'team') {
      // A team of the engagement's own organization, as the tenant-guarded client reads it.
      joins.push(
        `LEFT JOIN "Team" t ON t."id" = e."teamId" AND t."organizationId" = e."organizationId"`,
      )
      const columns = {
        id: plainText(globalIdSql('Team', 't')),
        shortName: jsonText('t."shortName"'),
        officialName: jsonText('t."officialName"'),
      }
      const team = objectText(selection.team.map((column) => [column, columns[column]]))
      return [key, `CASE WHEN t."id" IS NULL THEN 'null' ELSE ${team} END`]
    }
    return [key, values[key]]
  })
  return { line: `${objectText(entries)} || E'\\n'`, joins: joins.join(' ') }
}

/** The stored type of each order column: the keyset's last value is sent back as text. */
const KEY_TYPES: Record<PortfolioOrderField, string> = {
  updatedAt: 'timestamp(3)',
  title: 'text',
  latestTotal: 'double precision',
  state: 'text',
}

/** The last order value of a chunk (`p."key"`) as text that casts back to the same value. */
function lastKeyText(field: PortfolioOrderField): string {
  const last = `(array_agg(p."key" ORDER BY p."n" DESC))[1]`
  return field === 'updatedAt' ? `to_char(${last}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')` : `${last}::text`
}

/** `portfolioOrderBy` in SQL: the column (totals: nulls last), then the id, one direction. */
function orderSql({ field, direction }: PortfolioOrder): string {
  const nulls = field === 'latestTotal' ? ' NULLS LAST' : ''
  return `e.${JSON.stringify(field)} ${direction.toUpperCase()}${nulls}, e."id" ${direction.toUpperCase()}`
}

/** `portfolioAfter` in SQL: rows strictly after the last of the previous chunk. */
function afterSql(
  order: PortfolioOrder,
  lastId: string,
  lastKey: string | null,
  params: Parameters,
): string {
  const beyond = order.direction === 'asc' ? '>' : '<'
  const column = `e.${JSON.stringify(order.field)}`
  const id = params.add(lastId)
  if (lastKey === null) {
    // Only totals are nullable: after a null, only nulls with a later id.
    return `(${column} IS NULL AND e."id" ${beyond} ${id})`
  }
  const key = `${params.add(lastKey)}::${KEY_TYPES[order.field]}`
  if (order.field === 'latestTotal') {
    return `(${column} ${beyond} ${key} OR (${column} = ${key} AND e."id" ${beyond} ${id}) OR ${column} IS NULL)`
  }
  // A row comparison is a range condition the order index answers directly.
  return `(${column}, e."id") ${beyond} (${key}, ${id})`
}

/** `value IN ($n, …)` of the given values. */
const inList = (column: string, values: readonly string[], params: Parameters) =>
  `${column} IN (${values.map((value) => params.add(value)).join(', ')})`

/**
 * `portfolioWhere` in SQL, or null when no row can match: the same organizations, list filters
 * (`FILTER_COLUMNS`) and search decision (`planPostgresSearch`) as the connection.
 */
async function whereSql(
  options: ReadPortfolioLinesOptions,
  params: Parameters,
): Promise<string | null> {
  const { filter } = options.query
  const organizationIds = narrowOrganizationIds(options.organizationIds, filter)
  if (organizationIds.length === 0) return null
  const conditions = [inList('e."organizationId"', organizationIds, params)]
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const values = filter[key as keyof typeof FILTER_COLUMNS]
    if (values?.length) conditions.push(inList(`e."${column}"`, values, params))
  }
  if (filter.updatedAfter) {
    const after = params.add(filter.updatedAfter.toISOString())
    conditions.push(`e."updatedAt" > (${after}::timestamptz AT TIME ZONE 'UTC')`)
  }
  if (filter.search !== undefined) {
    const search = await planPostgresSearch({
      prisma: options.prisma,
      organizationIds,
      text: filter.search,
    })
    if ('ids' in search) {
      if (search.ids.length === 0) return null
      conditions.push(inList('e."id"', search.ids, params))
    } else {
      const pattern = params.add(`%${search.likeBody}%`)
      conditions.push(`(e."title" ILIKE ${pattern} OR e."imcId" ILIKE ${pattern})`)
    }
  }
  return conditions.join(' AND ')
}

/**
 * Yields the export's NDJSON text in chunks of at most `chunkSize` lines, reading the next chunk
 * only when the consumer asks for it; one statement per chunk, plus the search's lookups.
 */
export async function* readPortfolioLines(
  options: ReadPortfolioLinesOptions,
): AsyncGenerator<string, void, undefined> {
  const { query } = options
  const selection = options.selection ?? selectPortfolioColumns([])
  const chunkSize = Math.max(1, Math.trunc(options.chunkSize ?? LINES_CHUNK_SIZE))
  const filterParams = createParameters()
  const where = await whereSql(options, filterParams)
  if (where === null) return
  const { line, joins } = lineOf(selection)
  const order = orderSql(query.order)
  let after: { id: string; key: string | null } | undefined
  for (;;) {
    const params = createParameters()
    params.values.push(...filterParams.values)
    const keyset = after ? ` AND ${afterSql(query.order, after.id, after.key, params)}` : ''
    const [chunk] = await options.prisma.$queryRawUnsafe<ChunkRow[]>(
      `SELECT string_agg(p."line", '' ORDER BY p."n") AS "lines", count(*)::int AS "rows",
         (array_agg(p."id" ORDER BY p."n" DESC))[1] AS "lastId",
         ${lastKeyText(query.order.field)} AS "lastKey"
       FROM (SELECT ${line} AS "line", e."id", e.${JSON.stringify(query.order.field)} AS "key",
               row_number() OVER (ORDER BY ${order}) AS "n"
             FROM "Engagement" e ${joins}
             WHERE ${where}${keyset}
             ORDER BY ${order} LIMIT ${chunkSize}) p`,
      ...params.values,
    )
    if (!chunk?.lines || !chunk.lastId) return
    yield chunk.lines
    if (chunk.rows < chunkSize) return
    after = { id: chunk.lastId, key: chunk.lastKey }
  }
}
