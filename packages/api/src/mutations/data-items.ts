/**
 * Writes of data items: coded evidence (+ - 0 ?) from one interview session or one document of the
 * engagement, linked to one or more drivers of its method.
 *
 * @packageDocumentation
 */
import type { EffectCode } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { NotFoundError, ValidationError } from '../errors.js'
import { type OpenEngagement, writeEngagement } from '../services/engagement-write.js'
import { refuseWhileInUse } from './dependants.js'
import {
  driverIssues,
  expectVersion,
  found,
  methodOf,
  type TargetEngagement,
  throwIssues,
  viewerUserId,
  worksheetAudit,
} from './guards.js'
import type { Removal } from './payloads.js'

/** Where an item comes from: exactly one of the two. */
export interface DataItemSource {
  interviewSessionId?: string | null
  documentId?: string | null
}

/** What a data item write returns (database ids). */
export interface DataItemChange {
  engagementId: string
  dataItemId: string
}

/** Checks the source belongs to the engagement; returns the columns to store. */
async function resolveSource(tx: ApiTransaction, engagementId: string, source: DataItemSource) {
  const { interviewSessionId, documentId } = source
  if (Boolean(interviewSessionId) === Boolean(documentId)) {
    throw new ValidationError([
      {
        path: 'input.interviewSessionId',
        code: 'ONE_SOURCE_REQUIRED',
        message: 'Give exactly one source: an interview session or a document.',
      },
    ])
  }
  if (interviewSessionId) {
    const session = await tx.interviewSession.findFirst({
      where: { id: interviewSessionId, engagementId },
      select: { id: true },
    })
    if (!session) throw new NotFoundError('Interview', interviewSessionId)
    return { sourceKind: 'interview', interviewSessionId, documentId: null }
  }
  const document = await tx.document.findFirst({
    where: { id: documentId ?? '', engagementId },
    select: { id: true },
  })
  if (!document) throw new NotFoundError('Document', documentId ?? '')
  return { sourceKind: 'document', interviewSessionId: null, documentId: document.id }
}

/** Validates driver ids against the engagement's method (at least one). */
async function checkDrivers(
  tx: ApiTransaction,
  engagement: TargetEngagement,
  driverIds: string[],
  path: string,
) {
  const method = await methodOf(tx, engagement)
  throwIssues(driverIssues(method, driverIds, path))
  return [...new Set(driverIds)]
}

/** Loads an item with its drivers and opens its engagement (refused after communication). */
async function requireItem(tx: ApiTransaction, open: OpenEngagement, id: string) {
  const item = found(
    await tx.dataItem.findUnique({ where: { id }, include: { drivers: true } }),
    'DataItem',
    id,
  )
  const engagement = await open(item.engagementId)
  return { item, engagement }
}

async function snapshot(tx: ApiTransaction, id: string) {
  return tx.dataItem.findUniqueOrThrow({ where: { id }, include: { drivers: true } })
}

/** Audit rows of this worksheet's writes. */
const audit = worksheetAudit('DataItem')

/** Records a data item from one source, linked to its drivers. */
export function addDataItem(
  ctx: ApiContext,
  input: DataItemSource & {
    engagementId: string
    text: string
    effect: EffectCode
    driverIds: string[]
  },
): Promise<DataItemChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const driverIds = await checkDrivers(tx, engagement, input.driverIds, 'input.driverIds')
    const source = await resolveSource(tx, engagement.id, input)
    const item = await tx.dataItem.create({
      data: {
        engagementId: engagement.id,
        text: input.text,
        effect: input.effect,
        ...source,
        createdById: viewerUserId(ctx.viewer),
        drivers: { createMany: { data: driverIds.map((driverId) => ({ driverId })) } },
      },
      include: { drivers: true },
    })
    return {
      result: { engagementId: engagement.id, dataItemId: item.id },
      audit: audit(engagement, 'data-item.add', item.id, undefined, item),
    }
  })
}

/** Completes a guarded write of an item: NotFoundError or ConflictError when `count` is 0. */
function expectItemVersion(tx: ApiTransaction, id: string, version: number, count: number) {
  return expectVersion({
    entity: 'DataItem',
    id,
    version,
    count,
    current: () => tx.dataItem.findUnique({ where: { id } }),
  })
}

/**
 * Changes text, effect, source or (replacing them) the drivers of an item, if `version` is still
 * its version.
 */
export function updateDataItem(
  ctx: ApiContext,
  input: DataItemSource & {
    id: string
    version: number
    text?: string | null
    effect?: EffectCode | null
    driverIds?: string[] | null
  },
): Promise<DataItemChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { item, engagement } = await requireItem(tx, open, input.id)
    const sourceChanged = input.interviewSessionId != null || input.documentId != null
    const source = sourceChanged ? await resolveSource(tx, engagement.id, input) : {}
    const driverIds = input.driverIds
      ? await checkDrivers(tx, engagement, input.driverIds, 'input.driverIds')
      : null
    const { count } = await tx.dataItem.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        text: input.text ?? undefined,
        effect: input.effect ?? undefined,
        ...source,
        version: { increment: 1 },
      },
    })
    await expectItemVersion(tx, input.id, input.version, count)
    if (driverIds) {
      await tx.dataItemDriver.deleteMany({ where: { dataItemId: input.id } })
      await tx.dataItemDriver.createMany({
        data: driverIds.map((driverId) => ({ dataItemId: input.id, driverId })),
      })
    }
    return {
      result: { engagementId: engagement.id, dataItemId: input.id },
      audit: audit(engagement, 'data-item.update', input.id, item, await snapshot(tx, input.id)),
    }
  })
}

/**
 * Runs a change of an item's driver links in an engagement write. `change` returns whether it
 * changed any link; if so the item's version goes up, because the links are part of the item: an
 * editor holding the old version must not replace them.
 */
function changeDriverLinks(
  ctx: ApiContext,
  id: string,
  operation: 'data-item.link' | 'data-item.unlink',
  change: (
    tx: ApiTransaction,
    item: Awaited<ReturnType<typeof requireItem>>['item'],
    engagement: TargetEngagement,
  ) => Promise<boolean>,
): Promise<DataItemChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { item, engagement } = await requireItem(tx, open, id)
    if (await change(tx, item, engagement)) {
      await tx.dataItem.update({ where: { id }, data: { version: { increment: 1 } } })
    }
    return {
      result: { engagementId: engagement.id, dataItemId: id },
      audit: audit(engagement, operation, id, item, await snapshot(tx, id)),
    }
  })
}

/** Links an item to more drivers (links it has already are kept). */
export function linkDataItemDrivers(
  ctx: ApiContext,
  input: { id: string; driverIds: string[] },
): Promise<DataItemChange> {
  return changeDriverLinks(ctx, input.id, 'data-item.link', async (tx, item, engagement) => {
    const driverIds = await checkDrivers(tx, engagement, input.driverIds, 'driverIds')
    const fresh = driverIds.filter((id) => !item.drivers.some((link) => link.driverId === id))
    if (fresh.length === 0) return false
    await tx.dataItemDriver.createMany({
      data: fresh.map((driverId) => ({ dataItemId: input.id, driverId })),
    })
    return true
  })
}

/** Unlinks drivers from an item; at least one driver must stay linked. */
export function unlinkDataItemDrivers(
  ctx: ApiContext,
  input: { id: string; driverIds: string[] },
): Promise<DataItemChange> {
  return changeDriverLinks(ctx, input.id, 'data-item.unlink', async (tx, item) => {
    const remaining = item.drivers.filter((link) => !input.driverIds.includes(link.driverId))
    if (remaining.length === 0) {
      throw new ValidationError([
        {
          path: 'driverIds',
          message: 'A data item must stay linked to at least one driver.',
          code: 'DRIVER_LINK_REQUIRED',
        },
      ])
    }
    const { count } = await tx.dataItemDriver.deleteMany({
      where: { dataItemId: input.id, driverId: { in: input.driverIds } },
    })
    return count > 0
  })
}

/**
 * Removes an item with its driver links, if `version` is still its version. Refused (InUseError)
 * while improvements cite it or evidence files are attached to it: removing it would take their
 * motivation or the files with it.
 */
export function removeDataItem(
  ctx: ApiContext,
  input: { id: string; version: number },
): Promise<Removal> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const { item, engagement } = await requireItem(tx, open, input.id)
    const improvements = await tx.improvementDataItem.count({ where: { dataItemId: input.id } })
    const files = await tx.evidenceFile.count({ where: { dataItemId: input.id, deletedAt: null } })
    refuseWhileInUse('DataItem', input.id, item.text.slice(0, 80), [
      {
        kind: 'Improvement',
        count: improvements,
        says: 'improvement(s) cite it as motivation',
        advice: 'take it out of their data items with updateImprovement first',
      },
      {
        kind: 'EvidenceFile',
        count: files,
        says: 'evidence file(s) are attached to it',
        advice: 'delete the files first',
      },
    ])
    const { count } = await tx.dataItem.deleteMany({
      where: { id: input.id, version: input.version },
    })
    await expectItemVersion(tx, input.id, input.version, count)
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: audit(engagement, 'data-item.remove', input.id, item, undefined),
    }
  })
}
