/**
 * An assessor's override of what the planner proposed: a planned interviewee (a Scope List entry)
 * or a planned document (a Document Checklist item) is dropped, or replaced by someone or something
 * else, with a reason. The change is applied to the Scope List or Document Checklist, and the
 * override is recorded in the engagement's `planNotes.overrides` (what was planned, the action, the
 * replacement, the reason, who and when), so the plan view shows the planner's proposal next to the
 * assessor's decision instead of silently losing it. Each override is one audited write through the
 * engagement-write helper, refused once the results are communicated.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto'
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import { found, viewerUserId } from '../mutations/guards.js'
import { writeEngagement } from './engagement-write.js'

/** What a planned item can be. */
export type PlanItemKind = 'interviewee' | 'document'

/** What the assessor does with a planned item. */
export type PlanOverrideAction = 'drop' | 'replace'

/** What {@link overridePlanItem} needs (database ids). */
export interface PlanOverrideInput {
  engagementId: string
  itemKind: PlanItemKind
  itemId: string
  action: PlanOverrideAction
  /** For `replace`: who is interviewed instead (the entry's role) or which document instead (its title). */
  replacement?: string | null
  reason: string
}

/** One recorded override, as stored in `planNotes.overrides` (JSON). */
export interface PlanOverrideRecord {
  id: string
  itemKind: PlanItemKind
  itemId: string
  /** What the plan proposed: the entry's pseudonym and role, or the document's title. */
  planned: string
  action: PlanOverrideAction
  replacement: string | null
  reason: string
  decidedById: string | null
  decidedBy: string | null
  decidedAt: string
}

/** What an override returns (database ids). */
export interface PlanOverrideChange {
  engagementId: string
  overrideId: string
}

type PlanNotes = Record<string, unknown> & { overrides?: PlanOverrideRecord[] }

function checkInput(input: PlanOverrideInput): { reason: string; replacement: string | null } {
  const reason = input.reason.trim()
  const replacement = input.replacement?.trim() || null
  const issues = []
  if (!reason) issues.push({ path: 'input.reason', message: 'Say why the plan is overridden.' })
  if (input.action === 'replace' && !replacement) {
    issues.push({
      path: 'input.replacement',
      message: `A replacement needs the ${input.itemKind === 'document' ? 'document' : 'person or group'} that replaces the planned one.`,
    })
  }
  if (input.action === 'drop' && replacement) {
    issues.push({ path: 'input.replacement', message: 'A dropped item has no replacement.' })
  }
  if (issues.length > 0) throw new ValidationError(issues)
  return { reason, replacement }
}

/** Applies the override to a Scope List entry; returns what was planned and the audit images. */
async function overrideInterviewee(
  tx: ApiTransaction,
  input: PlanOverrideInput,
  replacement: string | null,
) {
  const entry = found(
    await tx.scopeEntry.findUnique({
      where: { id: input.itemId },
      include: { _count: { select: { participations: true } } },
    }),
    'ScopeEntry',
    input.itemId,
  )
  const { _count: counts, ...before } = entry
  if (before.engagementId !== input.engagementId)
    throw new NotFoundError('ScopeEntry', input.itemId)
  const planned = before.role ? `${before.pseudonym} (${before.role})` : before.pseudonym
  if (input.action === 'drop') {
    if (counts.participations > 0) {
      throw new ConflictError(
        `${before.pseudonym} took part in ${counts.participations} interview session(s): the interview happened, so it cannot be dropped from the plan.`,
        { currentValue: String(counts.participations) },
      )
    }
    await tx.scopeEntry.delete({ where: { id: before.id } })
    return { planned, targetType: 'ScopeEntry', before, after: null }
  }
  // A replacement is another person: the planned person's name and contact no longer apply.
  const after = await tx.scopeEntry.update({
    where: { id: before.id },
    data: { role: replacement, name: null, contact: null },
  })
  return { planned, targetType: 'ScopeEntry', before, after }
}

/** Applies the override to a Document Checklist item; returns what was planned and the audit images. */
async function overrideDocument(
  tx: ApiTransaction,
  input: PlanOverrideInput,
  replacement: string | null,
) {
  const document = found(
    await tx.document.findUnique({
      where: { id: input.itemId },
      include: { _count: { select: { dataItems: true } } },
    }),
    'Document',
    input.itemId,
  )
  const { _count: counts, ...before } = document
  if (before.engagementId !== input.engagementId) throw new NotFoundError('Document', input.itemId)
  if (before.origin === 'manual') {
    throw new ValidationError([
      {
        path: 'input.itemId',
        code: 'PLAN_ITEM_MANUAL',
        subject: before.title,
        message: `${before.title} was added by hand, not planned: edit or remove it on the Document Checklist.`,
      },
    ])
  }
  if (counts.dataItems > 0) {
    throw new ConflictError(
      `${before.title} is the source of ${counts.dataItems} data item(s): it was used, so it cannot be overridden.`,
      { currentVersion: before.version },
    )
  }
  if (input.action === 'drop') {
    await tx.document.delete({ where: { id: before.id } })
    return { planned: before.title, targetType: 'Document', before, after: null }
  }
  const after = await tx.document.update({
    where: { id: before.id },
    data: { title: replacement ?? before.title, version: { increment: 1 } },
  })
  return { planned: before.title, targetType: 'Document', before, after }
}

/**
 * Drops or replaces a planned interviewee or document of an engagement planned from inventory
 * records, and records the override (who, when, why) in its plan notes.
 */
export function overridePlanItem(
  ctx: ApiContext,
  input: PlanOverrideInput,
): Promise<PlanOverrideChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const { reason, replacement } = checkInput(input)
    const row = await tx.engagement.findUniqueOrThrow({
      where: { id: engagement.id },
      select: { planNotes: true },
    })
    const notes = row.planNotes as PlanNotes | null
    if (!notes || typeof notes !== 'object') {
      throw new ValidationError([
        {
          path: 'input.engagementId',
          code: 'NOT_PLANNED',
          message:
            'This engagement was not planned from inventory records: there is no plan to override; edit the Scope List or Document Checklist instead.',
        },
      ])
    }
    const applied =
      input.itemKind === 'interviewee'
        ? await overrideInterviewee(tx, input, replacement)
        : await overrideDocument(tx, input, replacement)
    const userId = viewerUserId(ctx.viewer)
    const user = userId
      ? await tx.user.findUnique({ where: { id: userId }, select: { name: true } })
      : null
    const record: PlanOverrideRecord = {
      id: randomUUID(),
      itemKind: input.itemKind,
      itemId: input.itemId,
      planned: applied.planned,
      action: input.action,
      replacement,
      reason,
      decidedById: userId,
      decidedBy: user?.name ?? null,
      decidedAt: new Date().toISOString(),
    }
    // The engagement's write lock (taken by `open`) serialises writers, so this read-modify-write
    // of the JSON column cannot lose a concurrent override.
    await tx.engagement.update({
      where: { id: engagement.id },
      data: {
        planNotes: {
          ...notes,
          overrides: [...(notes.overrides ?? []), record],
        } as unknown as Prisma.InputJsonValue,
      },
    })
    return {
      result: { engagementId: engagement.id, overrideId: record.id },
      audit: {
        operation: 'plan.override',
        targetType: applied.targetType,
        targetId: input.itemId,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before: applied.before,
        after: { item: applied.after, override: record },
      },
    }
  })
}
