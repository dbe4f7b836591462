/**
 * Payloads of the worksheet mutations: the changed (or removed) row and the engagement it
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

/** Prisma models whose writes answer with a {@link changePayloadRef} payload. */
type ChangedModel =
  | 'ActivityRecord'
  | 'ChecklistItem'
  | 'DataItem'
  | 'Document'
  | 'DriverEvaluation'
  | 'Improvement'
  | 'InterviewSession'
  | 'LessonLearned'
  | 'ScopeEntry'

/** The one Prisma call every payload field makes: re-read a row by id with the client's selection. */
interface RowReader {
  findUniqueOrThrow(args: object): Promise<unknown>
}

/**
 * `changePayloadRef<DataItemChange>('DataItemPayload', { field: 'dataItem', model: 'DataItem',
 * id: (c) => c.dataItemId })`: the payload of an add/update write, the changed row and its
 * engagement, both re-read after commit and planned from the client's selection.
 *
 * Every worksheet payload has exactly these two fields; declaring them here keeps the shapes
 * identical. The row is read through the delegate named after the model (Prisma's own naming,
 * `DataItem` → `prisma.dataItem`), which is why the model list is closed.
 */
export function changePayloadRef<Change extends { engagementId: string }>(
  name: string,
  row: {
    field: string
    model: ChangedModel
    id: (change: Change) => string
    description?: string
  },
  engagementDescription?: string,
) {
  const delegate = row.model.charAt(0).toLowerCase() + row.model.slice(1)
  return builder.objectRef<Change>(name).implement({
    fields: (t) => ({
      [row.field]: t.prismaField({
        type: row.model,
        description: row.description,
        // The delegate is chosen by name, so TypeScript cannot relate its result to `row.model`;
        // Prisma returns the row of that model, which is what the field type declares.
        resolve: (query, change, _args, ctx) =>
          (ctx.db.prisma as unknown as Record<string, RowReader>)[delegate]?.findUniqueOrThrow({
            ...query,
            where: { id: row.id(change) },
          }) as never,
      }),
      engagement: t.prismaField({
        type: 'Engagement',
        description: engagementDescription,
        resolve: (query, change, _args, ctx) =>
          ctx.db.prisma.engagement.findUniqueOrThrow({
            ...query,
            where: { id: change.engagementId },
          }),
      }),
    }),
  })
}
