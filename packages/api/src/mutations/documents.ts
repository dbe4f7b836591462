/**
 * Writes of the IMMD Document Checklist (A2): add, update and remove documents, and mark them
 * requested, received and reviewed (the reviewer is the viewer).
 *
 * @packageDocumentation
 */
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ValidationError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import { refuseWhileInUse } from './dependants.js'
import { expectVersion, found, viewerUserId, worksheetAudit } from './guards.js'
import type { Removal } from './payloads.js'

/** Fields of a document; `null` clears an optional field, `undefined` keeps it. */
export interface DocumentFields {
  title?: string | null
  kind?: string | null
  owner?: string | null
  notes?: string | null
}

/** What a document write returns (database ids). */
export interface DocumentChange {
  engagementId: string
  documentId: string
}

/** The steps of a document through the checklist, in order. */
export type DocumentStep = 'requested' | 'received' | 'reviewed'

/** Audit rows of this worksheet's writes. */
const audit = worksheetAudit('Document')

/** Completes a guarded write of a document: NotFoundError or ConflictError when `count` is 0. */
function expectDocumentVersion(tx: ApiTransaction, id: string, version: number, count: number) {
  return expectVersion({
    entity: 'Document',
    id,
    version,
    count,
    current: () => tx.document.findUnique({ where: { id } }),
  })
}

/** Appends a document to the checklist. */
export function addDocument(
  ctx: ApiContext,
  input: DocumentFields & { engagementId: string; title: string },
): Promise<DocumentChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const last = await tx.document.aggregate({
      where: { engagementId: engagement.id },
      _max: { ordinal: true },
    })
    const document = await tx.document.create({
      data: {
        engagementId: engagement.id,
        title: input.title,
        kind: input.kind ?? null,
        owner: input.owner ?? null,
        notes: input.notes ?? null,
        origin: 'manual',
        ordinal: (last._max.ordinal ?? 0) + 1,
      },
    })
    return {
      result: { engagementId: engagement.id, documentId: document.id },
      audit: audit(engagement, 'document.add', document.id, undefined, document),
    }
  })
}

/** Changes the given fields of a document, or marks a step, if `version` is still its version. */
export function updateDocument(
  ctx: ApiContext,
  input: DocumentFields & { id: string; version: number; step?: DocumentStep; at?: Date | null },
): Promise<DocumentChange> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const before = found(
      await tx.document.findUnique({ where: { id: input.id } }),
      'Document',
      input.id,
    )
    const engagement = await open(before.engagementId)
    const at = input.at ?? new Date()
    if (input.step === 'reviewed' && !before.receivedAt) {
      throw new ValidationError([
        {
          path: 'id',
          code: 'DOCUMENT_NOT_RECEIVED',
          subject: before.title,
          message: `${before.title} must be received before it is reviewed.`,
        },
      ])
    }
    const step =
      input.step === 'requested'
        ? { requestedAt: at }
        : input.step === 'received'
          ? { receivedAt: at }
          : input.step === 'reviewed'
            ? { reviewedAt: at, reviewerId: viewerUserId(ctx.viewer) }
            : {}
    const { count } = await tx.document.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        title: input.title ?? undefined,
        kind: input.kind,
        owner: input.owner,
        notes: input.notes,
        ...step,
        version: { increment: 1 },
      },
    })
    await expectDocumentVersion(tx, input.id, input.version, count)
    const after = await tx.document.findUniqueOrThrow({ where: { id: input.id } })
    return {
      result: { engagementId: engagement.id, documentId: input.id },
      audit: audit(engagement, `document.${input.step ?? 'update'}`, input.id, before, after),
    }
  })
}

/**
 * Removes a document, if `version` is still its version. Refused (InUseError) while data items come
 * from it or evidence files are attached to it.
 */
export function removeDocument(
  ctx: ApiContext,
  input: { id: string; version: number },
): Promise<Removal> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const before = found(
      await tx.document.findUnique({
        where: { id: input.id },
        include: { _count: { select: { dataItems: true } } },
      }),
      'Document',
      input.id,
    )
    const { _count: counts, ...document } = before
    const engagement = await open(document.engagementId)
    const files = await tx.evidenceFile.count({ where: { documentId: input.id, deletedAt: null } })
    refuseWhileInUse('Document', input.id, document.title, [
      {
        kind: 'DataItem',
        count: counts.dataItems,
        says: 'data item(s) come from it',
        advice: 'remove them or give them another source first',
      },
      {
        kind: 'EvidenceFile',
        count: files,
        says: 'evidence file(s) are attached to it',
        advice: 'delete the files first',
      },
    ])
    const { count } = await tx.document.deleteMany({
      where: { id: input.id, version: input.version },
    })
    await expectDocumentVersion(tx, input.id, input.version, count)
    return {
      result: { engagementId: engagement.id, removedId: input.id },
      audit: audit(engagement, 'document.remove', input.id, document, undefined),
    }
  })
}
