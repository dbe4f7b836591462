/**
 * Writes of lessons learned (PAA2, PAO2) and the process updates they led to (PAA3, PAO3).
 *
 * @packageDocumentation
 */
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { type OpenEngagement, writeEngagement } from '../services/engagement-write.js'
import { expectVersion, found, viewerUserId, worksheetAudit } from './guards.js'
import type { Removal } from './payloads.js'

/** Fields of a lesson; `null` clears an optional field, `undefined` keeps it. */
export interface LessonFields {
  text?: string | null
  category?: string | null
  processUpdate?: string | null
  appliedAt?: Date | null
}

/** What a lesson write returns (database ids). */
export interface LessonChange {
  engagementId: string
  lessonId: string
}

/** Audit rows of this worksheet's writes. */
const audit = worksheetAudit('LessonLearned')

/** Completes a guarded write of a lesson: NotFoundError or ConflictError when `count` is 0. */
function expectLessonVersion(tx: ApiTransaction, id: string, version: number, count: number) {
  return expectVersion({
    entity: 'Lesson',
    id,
    version,
    count,
    current: () => tx.lessonLearned.findUnique({ where: { id } }),
  })
}

/**
 * Loads a lesson (NotFoundError when it does not exist) and opens its engagement for writing.
 * Returns the lesson as it was before the write, for the audit row.
 */
async function requireLesson(tx: ApiTransaction, open: OpenEngagement, id: string) {
  const before = found(await tx.lessonLearned.findUnique({ where: { id } }), 'Lesson', id)
  const engagement = await open(before.engagementId)
  return { before, engagement }
}

/** Records a lesson learned; with `appliedAt` it also counts as a process update (PAA3). */
export function addLessonLearned(
  ctx: ApiContext,
  input: LessonFields & { engagementId: string; text: string },
): Promise<LessonChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const lesson = await tx.lessonLearned.create({
      data: {
        engagementId: engagement.id,
        text: input.text,
        category: input.category ?? null,
        processUpdate: input.processUpdate ?? null,
        appliedAt: input.appliedAt ?? null,
        authorId: viewerUserId(ctx.viewer),
      },
    })
    return {
      result: { engagementId: engagement.id, lessonId: lesson.id },
      audit: audit(engagement, 'lesson.add', lesson.id, undefined, lesson),
    }
  })
}

/** Changes the given fields of a lesson, if `version` is still its version. */
export function updateLessonLearned(
  ctx: ApiContext,
  input: LessonFields & { id: string; version: number },
): Promise<LessonChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const { before, engagement } = await requireLesson(tx, open, input.id)
    const { count } = await tx.lessonLearned.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        text: input.text ?? undefined,
        category: input.category,
        processUpdate: input.processUpdate,
        appliedAt: input.appliedAt,
        version: { increment: 1 },
      },
    })
    await expectLessonVersion(tx, input.id, input.version, count)
    const after = await tx.lessonLearned.findUniqueOrThrow({ where: { id: input.id } })
    return {
      result: { engagementId: engagement.id, lessonId: input.id },
      audit: audit(engagement, 'lesson.update', input.id, before, after),
    }
  })
}

/** Removes a lesson, if `version` is still its version. */
export function removeLessonLearned(
  ctx: ApiContext,
  input: { id: string; version: number },
): Promise<Removal> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const { before, engagement } = await requireLesson(tx, open, input.id)
    const { count } = await tx.lessonLearned.deleteMany({
      where: { id: input.id, version: input.version },
    })
    await expectLessonVersion(tx, input.id, input.version, count)
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: audit(engagement, 'lesson.remove', input.id, before, undefined),
    }
  })
}
