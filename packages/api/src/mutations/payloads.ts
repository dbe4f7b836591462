/**
 * Payload of the `remove…` mutations: the global id of the removed row and the engagement it
 * belonged to (re-read after commit, planned from the client's selection).
 *
 * @packageDocumentation
 */
import { builder } from '../builder.js'

/** What a removal resolver returns (database ids). */
export interface Removal {
  engagementId: string
  removedId: string
}

/** `removalPayloadRef('RemoveChecklistItemPayload', 'ChecklistItem')`. */
export function removalPayloadRef(name: string, typename: string) {
  return builder.objectRef<Removal>(name).implement({
    description: `The ${typename} removed and the engagement it belonged to.`,
    fields: (t) => ({
      removedId: t.globalID({
        description: `Global id of the removed ${typename}.`,
        resolve: (removal) => ({ type: typename, id: removal.removedId }),
      }),
      engagement: t.prismaField({
        type: 'Engagement',
        resolve: (query, removal, _args, ctx) =>
          ctx.db.prisma.engagement.findUniqueOrThrow({
            ...query,
            where: { id: removal.engagementId },
          }),
      }),
    }),
  })
}
