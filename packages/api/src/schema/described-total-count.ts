/**
 * A described `totalCount` for Prisma-plugin connections. Kept apart from `pagination.ts` because
 * it needs the builder's types, and the builder needs pagination's constants.
 *
 * @packageDocumentation
 */
import type { FieldMap, ObjectFieldBuilder } from '@pothos/core'
import type { builder } from '../builder.js'

/** A connection's `totalCount` as the Prisma plugin leaves it: a number, a promise or a thunk. */
type TotalCountSource = { totalCount?: number | Promise<number> | (() => number | Promise<number>) }

type TotalCountFieldBuilder = ObjectFieldBuilder<
  (typeof builder)['$inferSchemaTypes'],
  TotalCountSource
>

/**
 * Connection options (the third argument of `relatedConnection`) that give the Prisma plugin's
 * `totalCount` field a description; the plugin's own field has none. Replaces that field with an
 * equivalent one: same name and extension (so a `totalCount`-only selection still skips the rows).
 */
export function describedTotalCount(description: string): {
  fields: (t: TotalCountFieldBuilder) => FieldMap
} {
  return {
    fields: (t) => ({
      totalCount: t.int({
        description,
        nullable: false,
        extensions: { pothosPrismaTotalCount: true },
        resolve: (connection) => {
          const total = connection.totalCount
          if (total === undefined) throw new Error('totalCount was not loaded for this connection.')
          return typeof total === 'function' ? total() : total
        },
      }),
    }),
  }
}
