/**
 * `EngagementFilter.search` (and the export's `search`): a case-insensitive substring of the title
 * or the IMC id, matched literally: `%`, `_` and `\` are characters, not patterns, and a NUL (which
 * no stored title can hold on PostgreSQL) matches nothing, on both engines.
 *
 * - PostgreSQL: `ILIKE '%…%'` with the text escaped, answered by the trigram indexes of the
 *   `portfolio_indexes_and_search` migration (pg_trgm); a text of several words is looked up by
 *   its rarest word first (`portfolio-search-postgres.ts`: common trigrams make the index slow).
 * - SQLite: Prisma's `LIKE` has no `ESCAPE` clause, so the text is looked up in the FTS5 trigram
 *   table of the same migration (three characters or more, as a quoted phrase: literal) or with
 *   `instr()` (shorter text), and the page is narrowed to the matching ids. When the text has
 *   more than {@link DENSE_MATCHES} matches and holds no pattern character, Prisma's `LIKE` is
 *   already literal and the ordered index walk finds a page early; text with `%` or `_` keeps the
 *   id list up to {@link SEARCH_ID_LIMIT} matches and beyond is refused with a typed error asking
 *   for more characters.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiDatabase, ApiPrismaClient } from '../database.js'
import { ValidationError } from '../errors.js'
import { findPostgresMatches } from './portfolio-search-postgres.js'

/** Matching ids SQLite hands to the page query at most (well under SQLite's 32,766 parameters). */
export const SEARCH_ID_LIMIT = 10_000

/**
 * Matches beyond which SQLite searches a text without pattern characters with `LIKE` in the page's
 * order instead of through an id list. With that many matches the ordered index walk meets a page
 * early, whereas an id list costs time in proportion to the matches: `engagement 1` (1,111 of
 * 10,000 engagements) took 24 ms of CPU per page that way, against 10 ms for a text with one match.
 */
export const DENSE_MATCHES = 200

/** A `where` no row satisfies. */
const NOTHING: Prisma.EngagementWhereInput = { id: { in: [] } }

/** The text as a LIKE pattern body: `\`, `%` and `_` escaped with `\` (PostgreSQL's default). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** FTS5 query of a literal phrase: the text in double quotes, its own quotes doubled. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

/** Options of {@link searchWhere}. */
export interface SearchWhereOptions {
  prisma: ApiPrismaClient
  engine: ApiDatabase['engine']
  organizationIds: readonly string[]
  text: string
}

/**
 * How PostgreSQL answers a search: exactly these ids (the rarest word's matches; none for a NUL),
 * or a case-insensitive `LIKE` of this escaped body on title and IMC id. The connection's `where`
 * ({@link searchWhere}) and the export's SQL (`portfolio-lines-postgres.ts`) both build from it.
 */
export type PostgresSearch = { ids: string[] } | { likeBody: string }

/** Decides {@link PostgresSearch} for a text (one or two lookups for a text of several words). */
export async function planPostgresSearch(
  options: Omit<SearchWhereOptions, 'engine'>,
): Promise<PostgresSearch> {
  if (options.text.includes('\u0000')) return { ids: [] }
  const ids = await findPostgresMatches({ ...options, likeBody: escapeLikePattern })
  return ids ? { ids } : { likeBody: escapeLikePattern(options.text) }
}

/** The `where` condition of a search (to be ANDed with the portfolio's other conditions). */
export async function searchWhere(
  options: SearchWhereOptions,
): Promise<Prisma.EngagementWhereInput> {
  const { text } = options
  if (options.engine === 'postgresql') {
    const search = await planPostgresSearch(options)
    if ('ids' in search) return { id: { in: search.ids } }
    const contains = { contains: search.likeBody, mode: 'insensitive' } as { contains: string }
    return { OR: [{ title: contains }, { imcId: contains }] }
  }
  if (text.includes('\u0000')) return NOTHING
  const hasPattern = /[%_]/.test(text)
  const ids = await findSqliteMatches(options, hasPattern ? SEARCH_ID_LIMIT : DENSE_MATCHES)
  if (!hasPattern && ids.length > DENSE_MATCHES) {
    // Prisma's `LIKE` has no escape clause, but without `%` or `_` the text is literal anyway.
    return { OR: [{ title: { contains: text } }, { imcId: { contains: text } }] }
  }
  if (ids.length <= SEARCH_ID_LIMIT) return { id: { in: ids } }
  throw new ValidationError([
    {
      path: 'filter.search',
      code: 'SEARCH_TOO_BROAD',
      subject: text,
      limit: SEARCH_ID_LIMIT,
      message: `"${text}" matches more than ${SEARCH_ID_LIMIT} engagements; add characters to narrow it.`,
    },
  ])
}

/** Ids of the organizations' engagements whose title or IMC id holds the text (at most limit + 1). */
async function findSqliteMatches(options: SearchWhereOptions, limit: number): Promise<string[]> {
  const { prisma, organizationIds, text } = options
  if (organizationIds.length === 0) return []
  const placeholders = organizationIds.map(() => '?').join(', ')
  // Trigrams need three characters (FTS5 counts characters, not bytes).
  const rows =
    [...text].length >= 3
      ? await prisma.$queryRawUnsafe<{ id: string }[]>(
          `SELECT e."id" FROM "EngagementSearch" s JOIN "Engagement" e ON e."rowid" = s."rowid"
         WHERE s."EngagementSearch" MATCH ? AND e."organizationId" IN (${placeholders}) LIMIT ?`,
          ftsPhrase(text),
          ...organizationIds,
          limit + 1,
        )
      : await prisma.$queryRawUnsafe<{ id: string }[]>(
          `SELECT "id" FROM "Engagement" WHERE "organizationId" IN (${placeholders})
         AND (instr(lower("title"), lower(?)) > 0 OR instr(lower(coalesce("imcId", '')), lower(?)) > 0)
         LIMIT ?`,
          ...organizationIds,
          text,
          text,
          limit + 1,
        )
  return rows.map((row) => row.id)
}
