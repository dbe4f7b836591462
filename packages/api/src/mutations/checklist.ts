/**
 * Writes of the IMMD Preparation Checklist (PRA1-PRA6): add, update, remove and reorder items.
 *
 * @packageDocumentation
 */
import type { ActivityId } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ValidationError } from '../errors.js'
import { type OpenEngagement, writeEngagement } from '../services/engagement-write.js'
import { expectVersion, found, requireMember } from './guards.js'
import type { Removal } from './payloads.js'

/** Fields of a checklist item; `null` clears an optional field, `undefined` keeps it. */
export interface ChecklistItemFields {
  activityId?: ActivityId | null
  text?: string | null
  ownerId?: string | null
  dueDate?: Date | null
  done?: boolean | null
  notes?: string | null
}

/** What a checklist write returns: the item and its engagement (database ids). */
export interface ChecklistItemChange {
  engagementId: string
  checklistItemId: string
}

/**
 * Loads an item (NotFoundError when it does not exist) and opens its engagement for writing.
 * Returns the item as it was before the write, for the audit row.
 */
async function requireChecklistItem(tx: ApiTransaction, open: OpenEngagement, id: string) {
  const before = found(await tx.checklistItem.findUnique({ where: { id } }), 'ChecklistItem', id)
  const engagement = await open(before.engagementId)
  return { before, engagement }
}

/** Completes a guarded write of an item: NotFoundError or ConflictError when `count` is 0. */
function expectChecklistItemVersion(
  tx: ApiTransaction,
  id: string,
  version: number,
  count: number,
) {
  return expectVersion({
    entity: 'ChecklistItem',
    id,
    version,
    count,
    current: () => tx.checklistItem.findUnique({ where: { id } }),
  })
}

/** Appends an item to the checklist. */
export function addChecklistItem(
  ctx: ApiContext,
  input: ChecklistItemFields & { engagementId: string; activityId: ActivityId; text: string },
): Promise<ChecklistItemChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(input.engagementId)
    if (input.ownerId) await requireMember(tx, engagement, input.ownerId)
    const last = await tx.checklistItem.aggregate({
      where: { engagementId: engagement.id },
      _max: { ordinal: true },
    })
    const item = await tx.checklistItem.create({
      data: {
        engagementId: engagement.id,
        activityId: input.activityId,
        ordinal: (last._max.ordinal ?? 0) + 1,
        text: input.text,
        ownerId: input.ownerId ?? null,
        dueDate: input.dueDate ?? null,
        done: input.done ?? false,
        doneAt: input.done ? new Date() : null,
        notes: input.notes ?? null,
      },
    })
    return {
      result: { engagementId: engagement.id, checklistItemId: item.id },
      audit: {
        operation: 'checklist.add',
        targetType: 'ChecklistItem',
        targetId: item.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: item,
      },
    }
  })
}

/** Changes the given fields of an item, if `version` is still its version. */
export function updateChecklistItem(
  ctx: ApiContext,
  input: ChecklistItemFields & { id: string; version: number },
): Promise<ChecklistItemChange> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const { before, engagement } = await requireChecklistItem(tx, open, input.id)
    if (input.ownerId) await requireMember(tx, engagement, input.ownerId)
    const doneChanged =
      input.done !== undefined && input.done !== null && input.done !== before.done
    const { count } = await tx.checklistItem.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        activityId: input.activityId ?? undefined,
        text: input.text ?? undefined,
        ownerId: input.ownerId,
        dueDate: input.dueDate,
        notes: input.notes,
        ...(doneChanged
          ? { done: input.done ?? false, doneAt: input.done ? new Date() : null }
          : {}),
        version: { increment: 1 },
      },
    })
    await expectChecklistItemVersion(tx, input.id, input.version, count)
    const after = await tx.checklistItem.findUniqueOrThrow({ where: { id: input.id } })
    return {
      result: { engagementId: engagement.id, checklistItemId: input.id },
      audit: {
        operation: 'checklist.update',
        targetType: 'ChecklistItem',
        targetId: input.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before,
        after,
      },
    }
  })
}

/** Removes an item, if `version` is still its version. */
export function removeChecklistItem(
  ctx: ApiContext,
  input: { id: string; version: number },
): Promise<Removal> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const { before, engagement } = await requireChecklistItem(tx, open, input.id)
    const { count } = await tx.checklistItem.deleteMany({
      where: { id: input.id, version: input.version },
    })
    await expectChecklistItemVersion(tx, input.id, input.version, count)
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: {
        operation: 'checklist.remove',
        targetType: 'ChecklistItem',
        targetId: input.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before,
      },
    }
  })
}

/** Puts the items in the given order; `itemIds` must list every item of the checklist once. */
export function reorderChecklistItems(
  ctx: ApiContext,
  input: { engagementId: string; itemIds: string[] },
): Promise<{ engagementId: string }> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const items = await tx.checklistItem.findMany({
      where: { engagementId: engagement.id },
      orderBy: [{ ordinal: 'asc' }, { id: 'asc' }],
      select: { id: true },
    })
    const current = items.map((item) => item.id)
    const issues = orderIssues(current, input.itemIds)
    if (issues.length > 0) throw new ValidationError(issues)
    for (const [index, id] of input.itemIds.entries()) {
      await tx.checklistItem.update({ where: { id }, data: { ordinal: index + 1 } })
    }
    return {
      result: { engagementId: engagement.id },
      audit: {
        operation: 'checklist.reorder',
        targetType: 'Engagement',
        targetId: engagement.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before: { order: current },
        after: { order: input.itemIds },
      },
    }
  })
}

/** Issues of a requested order: unknown, repeated and left-out item ids. */
function orderIssues(current: string[], requested: string[]) {
  const known = new Set(current)
  const seen = new Set<string>()
  const issues = requested.flatMap((id, index) => {
    const problem = !known.has(id)
      ? `${id} is not an item of this checklist.`
      : seen.has(id)
        ? `${id} is listed twice.`
        : null
    seen.add(id)
    return problem ? [{ path: `itemIds.${index}`, message: problem }] : []
  })
  const left = current.filter((id) => !seen.has(id))
  if (left.length > 0) {
    issues.push({
      path: 'itemIds',
      message: `Every item must be listed; missing: ${left.join(', ')}.`,
    })
  }
  return issues
}
