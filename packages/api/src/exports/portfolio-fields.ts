/**
 * Which values of each engagement an export writes: `?fields=` of `GET /exports/engagements.*`,
 * the export's counterpart of a GraphQL selection. Names are the CSV column names (paths of the
 * NDJSON object: `title`, `team.shortName`); `organization` and `team` stand for all their
 * columns. Without `fields`, every column, in the documented order. A script that needs five
 * columns of 10,000 engagements reads and transfers five, as it would through GraphQL.
 *
 * @packageDocumentation
 */

/** Every exportable column, in the default order (the CSV header without `fields`). */
export const PORTFOLIO_COLUMNS = [
  'id',
  'title',
  'imcId',
  'state',
  'methodVersion',
  'successThreshold',
  'latestTotal',
  'latestBand',
  'latestScoredDrivers',
  'latestMethodDrivers',
  'plannedStart',
  'plannedEnd',
  'createdAt',
  'updatedAt',
  'organization.id',
  'organization.slug',
  'organization.name',
  'team.id',
  'team.shortName',
  'team.officialName',
] as const

/** One exportable column. */
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number]

/** The engagement's own columns (not under `organization` or `team`). */
export type EngagementColumn = Exclude<PortfolioColumn, `${'organization' | 'team'}.${string}`>

/** The columns of a nested object (`organization.slug` → `slug`). */
export type NestedColumn<P extends 'organization' | 'team'> =
  Extract<PortfolioColumn, `${P}.${string}`> extends `${P}.${infer C}` ? C : never

/** The columns one export writes, in its order, grouped as the NDJSON object nests them. */
export interface PortfolioSelection {
  /** In the requested order (the CSV header). */
  columns: readonly PortfolioColumn[]
  /** Top-level keys of each NDJSON object, in order: own columns, `organization`, `team`. */
  keys: readonly (EngagementColumn | 'organization' | 'team')[]
  organization: readonly NestedColumn<'organization'>[]
  team: readonly NestedColumn<'team'>[]
}

/** A `fields` value the export refuses, with the reason. */
export class PortfolioFieldsError extends Error {
  override name = 'PortfolioFieldsError'
}

const KNOWN = new Set<string>(PORTFOLIO_COLUMNS)

/** Reads `fields` (names separated by commas; repeated parameters add up); none: every column. */
export function selectPortfolioColumns(names: readonly string[]): PortfolioSelection {
  const expanded = names.flatMap((name) =>
    name === 'organization' || name === 'team'
      ? PORTFOLIO_COLUMNS.filter((column) => column.startsWith(`${name}.`))
      : [name],
  )
  for (const name of expanded) {
    if (!KNOWN.has(name)) {
      throw new PortfolioFieldsError(
        `fields: unknown field "${name}"; use ${PORTFOLIO_COLUMNS.join(', ')}, organization or team.`,
      )
    }
  }
  const columns = [
    ...new Set(expanded.length > 0 ? expanded : PORTFOLIO_COLUMNS),
  ] as PortfolioColumn[]
  const keys: PortfolioSelection['keys'][number][] = []
  const organization: NestedColumn<'organization'>[] = []
  const team: NestedColumn<'team'>[] = []
  for (const column of columns) {
    const [head, nested] = column.split('.') as [string, string | undefined]
    if (nested === undefined) keys.push(head as EngagementColumn)
    else if (head === 'organization') organization.push(nested as NestedColumn<'organization'>)
    else team.push(nested as NestedColumn<'team'>)
    if (nested !== undefined && !keys.includes(head as 'organization' | 'team')) {
      keys.push(head as 'organization' | 'team')
    }
  }
  return { columns, keys, organization, team }
}
