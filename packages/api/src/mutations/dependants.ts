/**
 * Removals that would orphan other rows are refused (InUseError) instead of cascading or leaving
 * dangling references: the message names what depends on the object and what to do first.
 *
 * @packageDocumentation
 */
import { InUseError } from '../errors.js'

/** One kind of dependant found for an object about to be removed. */
export interface FoundDependants {
  /** Kind of the dependant rows (a GraphQL type name, e.g. `DataItem`). */
  kind: string
  count: number
  /** What the dependants are, for people: `data item(s) come from it`. */
  says: string
  /** What to do about them first: `remove them or move them to another source`. */
  advice: string
}

/**
 * Throws InUseError when any of `found` counts rows; `entity` is the GraphQL type name of the
 * object, `rowId` its database id and `label` how people know it (its title).
 */
export function refuseWhileInUse(
  entity: string,
  rowId: string,
  label: string,
  found: FoundDependants[],
): void {
  const present = found.filter((dependant) => dependant.count > 0)
  if (present.length === 0) return
  const reasons = present.map(
    (dependant) => `${dependant.count} ${dependant.says} (${dependant.advice})`,
  )
  throw new InUseError(
    entity,
    rowId,
    present.map(({ kind, count }) => ({ kind, count })),
    `“${label}” cannot be removed while ${reasons.join('; ')}. Nothing was removed.`,
  )
}
