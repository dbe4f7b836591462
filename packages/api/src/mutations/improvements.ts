/**
 * Writes of the IMC Improvement Worksheet (A6): add, update and remove improvements, each for one
 * driver, motivated by data items of the engagement, owned by a user or a named person.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { NotFoundError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import {
  answerIssues,
  driverIssues,
  expectVersion,
  found,
  methodOf,
  requireMember,
  type TargetEngagement,
  throwIssues,
  worksheetAudit,
} from './guards.js'
import type { Removal } from './payloads.js'

/** Fields of an improvement; `null` clears an optional field, `undefined` keeps it. */
export interface ImprovementFields {
  driverId?: string | null
  dataItemIds?: string[] | null
  proposal?: string | null
  priority?: string | null
  ownerId?: string | null
  ownerName?: string | null
  dueDate?: Date | null
  status?: string | null
  expectedAnswer?: AnswerId | null
}

/** What an improvement write returns (database ids). */
export interface ImprovementChange {
  engagementId: string
  improvementId: string
}

/** Completes a guarded write of an improvement: NotFoundError or ConflictError when `count` is 0. */
function expectImprovementVersion(tx: ApiTransaction, id: string, version: number, count: number) {
  return expectVersion({
    entity: 'Improvement',
    id,
    version,
    count,
    current: () => tx.improvement.findUnique({ where: { id } }),
  })
}

/** Validates drivers, answers, owner and data items; returns the data item ids to link. */
async function checkFields(
  tx: ApiTransaction,
  engagement: TargetEngagement,
  input: ImprovementFields,
): Promise<string[] | null> {
  const method = await methodOf(tx, engagement)
  throwIssues([
    ...(input.driverId
      ? driverIssues(method, [input.driverId], 'input.driverId').map((issue) => ({
          ...issue,
          path: 'input.driverId',
        }))
      : []),
    ...answerIssues(method, input.expectedAnswer, 'input.expectedAnswer'),
    ...(input.ownerId && input.ownerName
      ? [{ path: 'input.ownerName', message: 'Give an owner user or an owner name, not both.' }]
      : []),
  ])
  if (input.ownerId) await requireMember(tx, engagement, input.ownerId)
  if (!input.dataItemIds) return null
  const ids = [...new Set(input.dataItemIds)]
  const rows = await tx.dataItem.findMany({
    where: { id: { in: ids }, engagementId: engagement.id },
    select: { id: true },
  })
  const missing = ids.find((id) => !rows.some((row) => row.id === id))
  if (missing) throw new NotFoundError('DataItem', missing)
  return ids
}

async function snapshot(tx: ApiTransaction, id: string) {
  return tx.improvement.findUnique({ where: { id }, include: { dataItems: true } })
}

/** Audit rows of this worksheet's writes. */
const audit = worksheetAudit('Improvement')

/** Adds a row to the Improvement Worksheet. */
export function addImprovement(
  ctx: ApiContext,
  input: ImprovementFields & { engagementId: string; driverId: string; proposal: string },
): Promise<ImprovementChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const dataItemIds = await checkFields(tx, engagement, input)
    const improvement = await tx.improvement.create({
      data: {
        engagementId: engagement.id,
        driverId: input.driverId,
        proposal: input.proposal,
        priority: input.priority ?? 'medium',
        ownerId: input.ownerId ?? null,
        ownerName: input.ownerName ?? null,
        dueDate: input.dueDate ?? null,
        status: input.status ?? 'proposed',
        expectedAnswer: input.expectedAnswer ?? null,
        dataItems: {
          createMany: { data: (dataItemIds ?? []).map((dataItemId) => ({ dataItemId })) },
        },
      },
    })
    return {
      result: { engagementId: engagement.id, improvementId: improvement.id },
      audit: audit(
        engagement,
        'improvement.add',
        improvement.id,
        undefined,
        await snapshot(tx, improvement.id),
      ),
    }
  })
}

/** True when an update touches what PAA1 communicated: driver, proposal, priority, expected answer, evidence. */
function changesCommunicatedPlan(input: ImprovementFields): boolean {
  return (
    input.driverId != null ||
    input.proposal != null ||
    input.priority != null ||
    input.expectedAnswer !== undefined ||
    input.dataItemIds != null
  )
}

/** Changes the given fields of an improvement, if `version` is still its version. */
export function updateImprovement(
  ctx: ApiContext,
  input: ImprovementFields & { id: string; version: number },
): Promise<ImprovementChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const before = found(await snapshot(tx, input.id), 'Improvement', input.id)
    // Tracking progress (status, owner, due date) goes on after PAA1; what was communicated does not.
    const engagement = await open(before.engagementId, {
      lock: changesCommunicatedPlan(input) ? 'communicated' : 'open',
    })
    const dataItemIds = await checkFields(tx, engagement, input)
    // Setting one kind of owner clears the other.
    const owner =
      input.ownerId != null
        ? { ownerId: input.ownerId, ownerName: null }
        : input.ownerName != null
          ? { ownerId: null, ownerName: input.ownerName }
          : { ownerId: input.ownerId, ownerName: input.ownerName }
    const { count } = await tx.improvement.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        driverId: input.driverId ?? undefined,
        proposal: input.proposal ?? undefined,
        priority: input.priority ?? undefined,
        status: input.status ?? undefined,
        dueDate: input.dueDate,
        expectedAnswer: input.expectedAnswer,
        ...owner,
        version: { increment: 1 },
      },
    })
    await expectImprovementVersion(tx, input.id, input.version, count)
    if (dataItemIds) {
      await tx.improvementDataItem.deleteMany({ where: { improvementId: input.id } })
      await tx.improvementDataItem.createMany({
        data: dataItemIds.map((dataItemId) => ({ improvementId: input.id, dataItemId })),
      })
    }
    return {
      result: { engagementId: engagement.id, improvementId: input.id },
      audit: audit(
        engagement,
        'improvement.update',
        input.id,
        before,
        await snapshot(tx, input.id),
      ),
    }
  })
}

/** Removes an improvement, if `version` is still its version. */
export function removeImprovement(
  ctx: ApiContext,
  input: { id: string; version: number },
): Promise<Removal> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const before = found(await snapshot(tx, input.id), 'Improvement', input.id)
    const engagement = await open(before.engagementId)
    const { count } = await tx.improvement.deleteMany({
      where: { id: input.id, version: input.version },
    })
    await expectImprovementVersion(tx, input.id, input.version, count)
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: audit(engagement, 'improvement.remove', input.id, before, undefined),
    }
  })
}
