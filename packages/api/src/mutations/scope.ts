/**
 * Writes of the IMMD Scope List: add, update and remove entries, mark them interviewed.
 *
 * @packageDocumentation
 */
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, ValidationError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import { found } from './guards.js'
import type { Removal } from './payloads.js'

/** Fields of a scope entry; `null` clears an optional field, `undefined` keeps it. */
export interface ScopeEntryFields {
  kind?: 'person' | 'group' | null
  pseudonym?: string | null
  name?: string | null
  unit?: string | null
  role?: string | null
  functions?: string[] | null
  contact?: string | null
}

/** What a scope write returns (database ids). */
export interface ScopeEntryChange {
  engagementId: string
  scopeEntryId: string
}

/** Pseudonyms identify interviewees in notes and reports, so they are unique per engagement. */
async function assertPseudonymFree(
  tx: ApiTransaction,
  engagementId: string,
  pseudonym: string,
  exceptId?: string,
): Promise<void> {
  const taken = await tx.scopeEntry.findFirst({
    where: { engagementId, pseudonym, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  })
  if (taken) {
    throw new ValidationError([
      {
        path: 'input.pseudonym',
        code: 'PSEUDONYM_TAKEN',
        subject: pseudonym,
        message: `${pseudonym} is already used in this scope list.`,
      },
    ])
  }
}

/** Appends an entry to the scope list. */
export function addScopeEntry(
  ctx: ApiContext,
  input: ScopeEntryFields & { engagementId: string; kind: 'person' | 'group'; pseudonym: string },
): Promise<ScopeEntryChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    await assertPseudonymFree(tx, engagement.id, input.pseudonym)
    const last = await tx.scopeEntry.aggregate({
      where: { engagementId: engagement.id },
      _max: { ordinal: true },
    })
    const entry = await tx.scopeEntry.create({
      data: {
        engagementId: engagement.id,
        kind: input.kind,
        pseudonym: input.pseudonym,
        name: input.name ?? null,
        unit: input.unit ?? null,
        role: input.role ?? null,
        functions: [...new Set(input.functions ?? [])],
        contact: input.contact ?? null,
        ordinal: (last._max.ordinal ?? 0) + 1,
      },
    })
    return {
      result: { engagementId: engagement.id, scopeEntryId: entry.id },
      audit: {
        operation: 'scope.add',
        targetType: 'ScopeEntry',
        targetId: entry.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: entry,
      },
    }
  })
}

/** Changes the given fields of an entry. */
export function updateScopeEntry(
  ctx: ApiContext,
  input: ScopeEntryFields & { id: string; interviewed?: boolean | null },
): Promise<ScopeEntryChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const before = found(
      await tx.scopeEntry.findUnique({ where: { id: input.id } }),
      'ScopeEntry',
      input.id,
    )
    const engagement = await open(before.engagementId)
    if (input.pseudonym) await assertPseudonymFree(tx, engagement.id, input.pseudonym, input.id)
    const after = await tx.scopeEntry.update({
      where: { id: input.id },
      data: {
        kind: input.kind ?? undefined,
        pseudonym: input.pseudonym ?? undefined,
        name: input.name,
        unit: input.unit,
        role: input.role,
        functions: input.functions ? [...new Set(input.functions)] : undefined,
        contact: input.contact,
        interviewed: input.interviewed ?? undefined,
      },
    })
    const marksOnly = Object.keys(input).every((key) => key === 'id' || key === 'interviewed')
    return {
      result: { engagementId: engagement.id, scopeEntryId: input.id },
      audit: {
        operation: marksOnly ? 'scope.interviewed' : 'scope.update',
        targetType: 'ScopeEntry',
        targetId: input.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before,
        after,
      },
    }
  })
}

/** Removes an entry that has not taken part in an interview session (its ratings would go too). */
export function removeScopeEntry(ctx: ApiContext, input: { id: string }): Promise<Removal> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const before = found(
      await tx.scopeEntry.findUnique({
        where: { id: input.id },
        include: { _count: { select: { participations: true } } },
      }),
      'ScopeEntry',
      input.id,
    )
    const sessions = before._count.participations
    if (sessions > 0) {
      throw new ConflictError(
        `${before.pseudonym} took part in ${sessions} interview session(s); remove them from the sessions first.`,
        { currentValue: String(sessions) },
      )
    }
    const engagement = await open(before.engagementId)
    await tx.scopeEntry.delete({ where: { id: input.id } })
    const { _count: _ignored, ...entry } = before
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: {
        operation: 'scope.remove',
        targetType: 'ScopeEntry',
        targetId: input.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before: entry,
      },
    }
  })
}
