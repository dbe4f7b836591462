/**
 * Field scopes of mutations that name a row of an engagement by id (a checklist item, a document …):
 * writers of the engagement's organization. An unknown row only needs authentication, so the
 * resolver answers with a typed NotFoundError.
 *
 * @packageDocumentation
 */
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import type { ApiContext } from '../context.js'
import type { ApiPrismaClient } from '../database.js'

/** Rows that belong to one engagement and are changed by id. */
export type EngagementChild =
  | 'checklistItem'
  | 'scopeEntry'
  | 'interviewSession'
  | 'document'
  | 'dataItem'
  | 'improvement'
  | 'lessonLearned'

type Row = { engagementId: string } | null

/** One query: the engagement id of a child row. */
function findEngagementId(prisma: ApiPrismaClient, model: EngagementChild, id: string) {
  const args = { where: { id }, select: { engagementId: true } } as const
  const lookups: Record<EngagementChild, () => Promise<Row>> = {
    checklistItem: () => prisma.checklistItem.findUnique(args),
    scopeEntry: () => prisma.scopeEntry.findUnique(args),
    interviewSession: () => prisma.interviewSession.findUnique(args),
    document: () => prisma.document.findUnique(args),
    dataItem: () => prisma.dataItem.findUnique(args),
    improvement: () => prisma.improvement.findUnique(args),
    lessonLearned: () => prisma.lessonLearned.findUnique(args),
  }
  return lookups[model]()
}

/** Scopes of a mutation on the child row `id` of `model`. */
export async function childWriterScopes(model: EngagementChild, id: string, ctx: ApiContext) {
  const row = await findEngagementId(ctx.db.prisma, model, id)
  return row ? engagementWriterScopes(row.engagementId, ctx) : { authenticated: true }
}
