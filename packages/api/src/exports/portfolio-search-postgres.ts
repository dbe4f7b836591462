/**
 * Search on PostgreSQL for text of several words, without reading the trigram index's long
 * posting lists.
 *
 * `ILIKE '%engagement 777%'` on the `pg_trgm` GIN index reads every trigram of the text; when
 * most of them occur in every title ("Engagement …"), the bitmap scan decodes posting lists as
 * long as the portfolio (245 index pages, 10–110 ms at 100,000 engagements, against 3 pages for
 * `'%77777%'`), even though only 111 rows match. The planner's row estimates are right; the
 * cost is in the index. So a text of two or more words (each of three characters or more) is
 * looked up by its rarest word only:
 *
 * 1. One statement counts, per word, the organizations' rows holding it, stopping at
 *    {@link CANDIDATE_LIMIT} + 1 (a common word is a sequential read that stops early, a rare one
 *    a short index lookup).
 * 2. If the rarest word has at most {@link CANDIDATE_LIMIT} rows, their ids holding the whole
 *    text (checked with `strpos`, which no index answers, so the whole text's trigrams are never
 *    read) become the page's `id IN (…)`, as on SQLite; the page and its bounded count are then
 *    index lookups by id.
 * 3. Otherwise every word is common and so, likely, the text: the plain `ILIKE`, whose page the
 *    planner reads in the page's order from the order index, stopping at the page's size.
 *
 * @packageDocumentation
 */
import type { ApiPrismaClient } from '../database.js'

/** A rarest word with more rows than this is "common": step 3. */
export const CANDIDATE_LIMIT = 1_000
/** Words probed at most (the longest ones; a longer word has rarer trigrams). */
const MAX_WORDS = 4

/** Options of {@link findPostgresMatches}. */
export interface PostgresSearchOptions {
  prisma: ApiPrismaClient
  organizationIds: readonly string[]
  text: string
  /** The text as an escaped `LIKE` body (`escapeLikePattern`). */
  likeBody: (text: string) => string
}

/** The words of the text worth a trigram lookup (three characters or more), longest first. */
export function searchWords(text: string): string[] {
  const words = [...new Set(text.split(/\s+/).filter((word) => [...word].length >= 3))]
  return words.sort((a, b) => b.length - a.length).slice(0, MAX_WORDS)
}

/**
 * The ids matching a text of two or more words, found through its rarest word; null when the
 * text has fewer words or every word is common (the caller then uses the plain `ILIKE`).
 */
export async function findPostgresMatches(
  options: PostgresSearchOptions,
): Promise<string[] | null> {
  const { prisma, organizationIds, text, likeBody } = options
  const words = searchWords(text)
  if (words.length < 2 || organizationIds.length === 0) return null
  const organizations = organizationIds.map((_, index) => `$${index + 1}`).join(', ')
  const next = organizationIds.length + 1
  // Per word: `$n` is its pattern; each count stops at the limit + 1.
  const counts = words
    .map(
      (_, index) =>
        `(SELECT count(*)::int FROM (SELECT 1 FROM "Engagement" WHERE "organizationId" IN (${organizations})
          AND ("title" ILIKE $${next + index} OR "imcId" ILIKE $${next + index}) LIMIT ${CANDIDATE_LIMIT + 1}) w) AS "w${index}"`,
    )
    .join(', ')
  const patterns = words.map((word) => `%${likeBody(word)}%`)
  const [row] = await prisma.$queryRawUnsafe<Record<string, number>[]>(
    `SELECT ${counts}`,
    ...organizationIds,
    ...patterns,
  )
  const sizes = words.map((_, index) => Number(row?.[`w${index}`] ?? Number.POSITIVE_INFINITY))
  const rarest = sizes.indexOf(Math.min(...sizes))
  if ((sizes[rarest] ?? Number.POSITIVE_INFINITY) > CANDIDATE_LIMIT) return null
  const ids = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "Engagement" WHERE "organizationId" IN (${organizations})
     AND ("title" ILIKE $${next} OR "imcId" ILIKE $${next})
     AND (strpos(lower("title"), lower($${next + 1})) > 0
       OR strpos(lower(coalesce("imcId", '')), lower($${next + 1})) > 0)`,
    ...organizationIds,
    patterns[rarest],
    text,
  )
  return ids.map((match) => match.id)
}
