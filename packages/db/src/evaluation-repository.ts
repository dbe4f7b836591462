/**
 * Recording a driver evaluation (A3): the answer, the rationale, and the data items behind it, in
 * one transaction guarded by the evaluation's `version`. There is no evaluation-time "not
 * applicable": a driver leaves the scored set only by a tailoring decision (DriverExclusion).
 *
 * @packageDocumentation
 */
import { isAnswerId } from '@immd/core/method'
import type { AnswerId, EffectCode, MethodDefinition } from '@immd/core/method-types'
import { type AuditActor, recordAuditEvent } from './audit-repository.js'
import type { DbClient, DbTransaction } from './client.js'
import {
  InvalidValueError,
  mapDatabaseErrors,
  NotFoundError,
  VersionConflictError,
} from './errors.js'
import type { DataItem, DriverEvaluation } from './generated/sqlite/client.js'
import { readMethodDefinition } from './method-repository.js'
import { assertOneOf, EFFECT_CODES } from './vocabulary.js'

/** Where a new data item comes from: one interview session or one document of the engagement. */
export type DataItemSource =
  | { kind: 'interview'; interviewSessionId: string }
  | { kind: 'document'; documentId: string }

/** A data item created together with the evaluation; it is linked to the evaluated driver. */
export interface NewDataItemInput {
  text: string
  effect: EffectCode
  source: DataItemSource
  /** Further drivers the item supports, besides the evaluated one. */
  alsoDriverIds?: string[]
}

/** What {@link recordDriverEvaluation} needs. */
export interface RecordDriverEvaluationInput {
  engagementId: string
  driverId: string
  /** The `version` the caller read; a different current version is a conflict. */
  expectedVersion: number
  /** An answer of the method, or null to clear the answer. */
  answer: AnswerId | null
  rationale?: string | null
  /** New data items to create, and existing data items (ids) to link to this driver. */
  dataItems?: { create?: NewDataItemInput[]; link?: string[] }
  actor: AuditActor
  /**
   * The engagement as the caller already read it in this transaction, after taking its write lock
   * and setting its `updatedAt` (the API's `writeEngagement`): saves re-reading the method and
   * touching the row again. Without it, both are done here.
   */
  lockedEngagement?: { organizationId: string; method: MethodDefinition }
}

/** The stored evaluation and the data items created with it. */
export interface RecordDriverEvaluationResult {
  evaluation: DriverEvaluation
  createdDataItems: DataItem[]
}

/**
 * Records a driver evaluation with optimistic concurrency: of two writers holding the same version,
 * exactly one succeeds and the other gets {@link VersionConflictError} carrying the current row.
 */
export function recordDriverEvaluation(
  prisma: DbClient,
  input: RecordDriverEvaluationInput,
): Promise<RecordDriverEvaluationResult> {
  return mapDatabaseErrors(() => prisma.$transaction((tx) => applyDriverEvaluation(tx, input)))
}

/** The body of {@link recordDriverEvaluation}, for callers composing a larger transaction (the seed). */
export async function applyDriverEvaluation(
  tx: DbTransaction,
  input: RecordDriverEvaluationInput,
): Promise<RecordDriverEvaluationResult> {
  const { engagementId, driverId } = input
  const userId = input.actor.kind === 'system' ? null : input.actor.id
  // The guarded write comes first: it takes the write lock before anything is read, so a
  // concurrent writer waits here and then sees the new version (SQLite cannot upgrade a reader).
  // One statement writes and returns the row: its version check is the same `where`.
  const [updated] = await tx.driverEvaluation.updateManyAndReturn({
    where: { engagementId, driverId, version: input.expectedVersion },
    data: {
      answer: input.answer,
      rationale: input.rationale ?? null,
      evaluatorId: userId,
      evaluatedAt: new Date(),
      version: { increment: 1 },
    },
  })
  if (!updated) {
    const current = await tx.driverEvaluation.findUnique({
      where: { engagementId_driverId: { engagementId, driverId } },
    })
    if (!current) throw new NotFoundError('DriverEvaluation', { engagementId, driverId })
    throw new VersionConflictError('DriverEvaluation', current.id, input.expectedVersion, current)
  }
  const engagement = input.lockedEngagement ?? (await readEngagementMethod(tx, engagementId))
  const { method } = engagement
  if (input.answer !== null && !isAnswerId(method, input.answer)) {
    throw new InvalidValueError(
      'answer',
      input.answer,
      method.answers.map((a) => a.id),
    )
  }
  const driverIds = new Set(method.drivers.map((driver) => driver.id))
  const created = await createDataItems(tx, engagementId, userId, input.dataItems?.create ?? [])
  const linkIds = await checkLinkedItems(tx, engagementId, input.dataItems?.link ?? [])
  const links = [
    ...created.map((item, index) => ({
      item: item.id,
      drivers: [driverId, ...(input.dataItems?.create?.[index]?.alsoDriverIds ?? [])],
    })),
    ...linkIds.map((id) => ({ item: id, drivers: [driverId] })),
  ].flatMap(({ item, drivers }) => drivers.map((d) => ({ dataItemId: item, driverId: d })))
  for (const link of links) {
    if (!driverIds.has(link.driverId))
      throw new InvalidValueError('driverId', link.driverId, [...driverIds])
  }
  await insertMissingLinks(tx, links)
  const evaluation = updated
  if (!input.lockedEngagement) {
    await tx.engagement.update({ where: { id: engagementId }, data: { updatedAt: new Date() } })
  }
  await recordAuditEvent(tx, {
    organizationId: engagement.organizationId,
    actor: input.actor,
    operation: 'evaluation.record',
    targetType: 'DriverEvaluation',
    targetId: evaluation.id,
    after: {
      ...evaluation,
      createdDataItems: created.map((item) => item.id),
      linkedDataItems: linkIds,
    },
  })
  return { evaluation, createdDataItems: created }
}

/** The engagement's organization and method, for callers that did not read them. */
async function readEngagementMethod(
  tx: DbTransaction,
  engagementId: string,
): Promise<{ organizationId: string; method: MethodDefinition }> {
  const row = await tx.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: { organizationId: true, method: { select: { definition: true } } },
  })
  return { organizationId: row.organizationId, method: readMethodDefinition(row.method) }
}

async function createDataItems(
  tx: DbTransaction,
  engagementId: string,
  createdById: string | null,
  items: readonly NewDataItemInput[],
): Promise<DataItem[]> {
  if (items.length === 0) return []
  const sessions = items.flatMap((i) =>
    i.source.kind === 'interview' ? [i.source.interviewSessionId] : [],
  )
  const documents = items.flatMap((i) =>
    i.source.kind === 'document' ? [i.source.documentId] : [],
  )
  await checkBelongs(tx, 'InterviewSession', sessions, engagementId)
  await checkBelongs(tx, 'Document', documents, engagementId)
  return tx.dataItem.createManyAndReturn({
    data: items.map((item) => ({
      engagementId,
      text: item.text,
      effect: assertOneOf('effect', item.effect, EFFECT_CODES),
      sourceKind: item.source.kind,
      interviewSessionId: item.source.kind === 'interview' ? item.source.interviewSessionId : null,
      documentId: item.source.kind === 'document' ? item.source.documentId : null,
      createdById,
    })),
  })
}

/** Sources must belong to the same engagement: a foreign key alone would accept another's. */
async function checkBelongs(
  tx: DbTransaction,
  model: 'InterviewSession' | 'Document',
  ids: string[],
  engagementId: string,
): Promise<void> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return
  const where = { id: { in: unique }, engagementId }
  const found =
    model === 'InterviewSession'
      ? await tx.interviewSession.findMany({ where, select: { id: true } })
      : await tx.document.findMany({ where, select: { id: true } })
  const missing = unique.filter((id) => !found.some((row) => row.id === id))
  if (missing.length > 0) throw new NotFoundError(model, { id: missing, engagementId })
}

async function checkLinkedItems(
  tx: DbTransaction,
  engagementId: string,
  ids: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const found = await tx.dataItem.findMany({
    where: { id: { in: unique }, engagementId },
    select: { id: true },
  })
  const missing = unique.filter((id) => !found.some((row) => row.id === id))
  if (missing.length > 0) throw new NotFoundError('DataItem', { id: missing, engagementId })
  return unique
}

/** `skipDuplicates` does not exist on SQLite, so existing links are read and left out. */
async function insertMissingLinks(
  tx: DbTransaction,
  links: { dataItemId: string; driverId: string }[],
) {
  if (links.length === 0) return
  const existing = await tx.dataItemDriver.findMany({
    where: { OR: links.map((link) => ({ dataItemId: link.dataItemId, driverId: link.driverId })) },
  })
  const key = (link: { dataItemId: string; driverId: string }) =>
    `${link.dataItemId} ${link.driverId}`
  const have = new Set(existing.map(key))
  const fresh = [
    ...new Map(links.filter((link) => !have.has(key(link))).map((l) => [key(l), l])).values(),
  ]
  if (fresh.length > 0) await tx.dataItemDriver.createMany({ data: fresh })
}
