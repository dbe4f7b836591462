/**
 * Page sizes of the connections: `first`/`last` above a connection's limit are refused with a
 * PAGE_SIZE_EXCEEDED error instead of being capped, so a client asking for 500 never silently
 * gets 100 and mistakes it for everything. The limit is stated in the argument's description
 * (100 unless the connection's own description says more).
 *
 * @packageDocumentation
 */
import { DomainError } from './errors.js'

/** The page-size limit of a connection that states no other. */
export const DEFAULT_MAX_PAGE_SIZE = 100

/** `first` or `last` asked for more edges than the connection gives in one page. */
export class PageSizeError extends DomainError {
  override name = 'PageSizeError'

  constructor(argument: 'first' | 'last', value: number, limit: number) {
    super(
      `\`${argument}: ${value}\` is above this connection's page-size limit of ${limit}: ask for at most ${limit} and page on with \`${argument === 'first' ? 'after' : 'before'}\`.`,
      'PAGE_SIZE_EXCEEDED',
    )
  }
}

/** Connection arguments as the Prisma plugin passes them to `maxSize`. */
interface PageArgs {
  first?: number | null
  last?: number | null
}

/**
 * A `maxSize` for Pothos connections that refuses (rather than caps) a `first` or `last` above
 * `limit`, and otherwise answers `limit`.
 */
export function refusePageSizeAbove(limit: number): (args: PageArgs) => number {
  return (args) => {
    if (args.first != null && args.first > limit)
      throw new PageSizeError('first', args.first, limit)
    if (args.last != null && args.last > limit) throw new PageSizeError('last', args.last, limit)
    return limit
  }
}

/** Description of `first`/`last` on every connection (the Relay plugin's argument options). */
export const PAGE_SIZE_DESCRIPTION = {
  first: `Edges from the start (after \`after\`). At most ${DEFAULT_MAX_PAGE_SIZE} unless the field's description states a larger page-size limit; a larger value is refused with a PAGE_SIZE_EXCEEDED error, never capped.`,
  last: `Edges from the end (before \`before\`). At most ${DEFAULT_MAX_PAGE_SIZE} unless the field's description states a larger page-size limit; a larger value is refused with a PAGE_SIZE_EXCEEDED error, never capped.`,
}
