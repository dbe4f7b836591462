/**
 * Evidence files of a document (A2) or a data item: store an upload as a new version, read one
 * for download, delete one (a lead assessor, with a reason). Every write is an audited engagement
 * write; every read runs on the request's tenant-guarded client, and a file the viewer may not
 * read (another tenant, or a restricted TLP label without a seat on the engagement's team) is
 * reported exactly like a missing one.
 *
 * @packageDocumentation
 */
import { TLP_LABELS } from '@immd/db/vocabulary'
import { isRestrictedTlp } from '../auth/disclosure.js'
import { canWriteEngagement, effectiveSeat } from '../auth/scopes.js'
import type { ApiContext } from '../context.js'
import { GateNotSatisfiedError } from '../errors.js'
import { viewerUserId } from '../mutations/guards.js'
import { writeEngagement } from '../services/engagement-write.js'
import { requireLead } from '../services/exclusions.js'
import { EvidenceError } from './evidence-errors.js'
import type { EvidenceOptions } from './evidence-options.js'
import type { ReceivedFile } from './evidence-upload.js'
import { EXTENSIONS, extensionOf, sniffMediaType } from './sniff-media-type.js'

/** What a file belongs to. */
export type EvidenceOwner = { kind: 'document'; id: string } | { kind: 'dataItem'; id: string }

/** The stored version's metadata. */
export interface StoredEvidence {
  id: string
  engagementId: string
  version: number
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
  tlp: string
}

const NOT_FOUND_MESSAGE = 'No such evidence file, document or data item.'

/** The one answer for a missing, foreign or undisclosed file or owner. */
export function evidenceNotFound(): EvidenceError {
  return new EvidenceError('EVIDENCE_NOT_FOUND', NOT_FOUND_MESSAGE)
}

/** Checks the bytes against the limits; returns the sniffed media type. */
export function checkContent(received: ReceivedFile, options: EvidenceOptions): string {
  if (received.content.byteLength === 0) {
    throw new EvidenceError('EVIDENCE_EMPTY', `${received.fileName} is empty; nothing was stored.`)
  }
  const mediaType = sniffMediaType(received.content)
  if (!options.allowedTypes.includes(mediaType)) {
    throw new EvidenceError(
      'EVIDENCE_TYPE_NOT_ALLOWED',
      `${received.fileName} is ${mediaType} by its content, which is not accepted (accepted: ${options.allowedTypes.join(', ')}); nothing was stored.`,
    )
  }
  const extension = extensionOf(received.fileName)
  const declared = received.declaredType
  const extensionLies = extension !== null && !(EXTENSIONS[mediaType] ?? []).includes(extension)
  const headerLies =
    declared !== null &&
    declared !== 'application/octet-stream' &&
    declared !== mediaType &&
    !(mediaType === 'text/plain' && declared.startsWith('text/'))
  if (extensionLies || headerLies) {
    throw new EvidenceError(
      'EVIDENCE_TYPE_MISMATCH',
      `${received.fileName} is labelled ${declared ?? 'without a type'}${extension ? ` (.${extension})` : ''} but its content is ${mediaType}; nothing was stored.`,
    )
  }
  return mediaType
}

function checkTlp(tlp: string | null): string {
  const label = (tlp ?? 'amber').replace(/^tlp:/, '')
  if (!(TLP_LABELS as readonly string[]).includes(label)) {
    throw new EvidenceError(
      'EVIDENCE_BAD_UPLOAD',
      `tlp must be one of ${TLP_LABELS.join(', ')}, not "${tlp}".`,
    )
  }
  return label
}

/** The owner's engagement, read on the guarded client (another tenant's is missing). */
async function ownerEngagement(ctx: ApiContext, owner: EvidenceOwner): Promise<string | null> {
  const args = { where: { id: owner.id }, select: { engagementId: true } } as const
  const row =
    owner.kind === 'document'
      ? await ctx.db.prisma.document.findUnique(args)
      : await ctx.db.prisma.dataItem.findUnique(args)
  return row?.engagementId ?? null
}

const ownerWhere = (owner: EvidenceOwner) =>
  owner.kind === 'document' ? { documentId: owner.id } : { dataItemId: owner.id }

/** Stores an upload as the owner's next version (audited); the checks run before anything is written. */
export async function storeEvidence(
  ctx: ApiContext,
  owner: EvidenceOwner,
  received: ReceivedFile,
  options: EvidenceOptions,
): Promise<StoredEvidence> {
  const engagementId = await ownerEngagement(ctx, owner)
  if (!engagementId) throw evidenceNotFound()
  if (!(await canWriteEngagement(ctx.viewer, ctx.loaders, engagementId))) {
    throw new EvidenceError(
      'NOT_AUTHORIZED',
      "Only the engagement's writers (read-write credential) may upload evidence.",
    )
  }
  const mediaType = checkContent(received, options)
  const tlp = checkTlp(received.tlp)
  try {
    return await writeEngagement(ctx, 'communicated', async (tx, open) => {
      const engagement = await open(engagementId)
      const where = ownerWhere(owner)
      const duplicate = await tx.evidenceFile.findFirst({
        where: { ...where, sha256: received.sha256, deletedAt: null },
        select: { version: true },
      })
      if (duplicate) {
        throw new EvidenceError(
          'EVIDENCE_DUPLICATE',
          `${received.fileName} is identical (SHA-256 ${received.sha256}) to version ${duplicate.version} of this ${owner.kind === 'document' ? 'document' : 'data item'}; nothing was stored.`,
        )
      }
      const latest = await tx.evidenceFile.findFirst({
        where,
        orderBy: { version: 'desc' },
        select: { version: true },
      })
      const stored = await tx.evidenceFile.create({
        data: {
          engagementId: engagement.id,
          ...where,
          version: (latest?.version ?? 0) + 1,
          fileName: received.fileName,
          mediaType,
          sizeBytes: received.content.byteLength,
          sha256: received.sha256,
          tlp,
          content: new Uint8Array(received.content),
          uploadedById: viewerUserId(ctx.viewer),
        },
        select: {
          id: true,
          engagementId: true,
          version: true,
          fileName: true,
          mediaType: true,
          sizeBytes: true,
          sha256: true,
          tlp: true,
        },
      })
      return {
        result: stored,
        audit: {
          operation: 'evidence.upload',
          targetType: 'EvidenceFile',
          targetId: stored.id,
          organizationId: engagement.organizationId,
          engagementId: engagement.id,
          after: { ...where, ...stored },
        },
      }
    })
  } catch (error) {
    if (error instanceof GateNotSatisfiedError) {
      throw new EvidenceError('RESULTS_COMMUNICATED', error.message)
    }
    throw error
  }
}

/** A file the viewer may download, with its bytes. */
export interface EvidenceDownload extends StoredEvidence {
  content: Uint8Array
}

/**
 * Reads a file for download. Missing, another tenant's, or restricted (TLP:AMBER/RED) without a
 * seat on the engagement's team: the same EVIDENCE_NOT_FOUND.
 */
export async function readEvidence(ctx: ApiContext, fileId: string): Promise<EvidenceDownload> {
  const file = await ctx.db.prisma.evidenceFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      engagementId: true,
      version: true,
      fileName: true,
      mediaType: true,
      sizeBytes: true,
      sha256: true,
      tlp: true,
      content: true,
      deletedAt: true,
    },
  })
  if (!file) throw evidenceNotFound()
  if (isRestrictedTlp(file.tlp)) {
    const seat = await effectiveSeat(ctx.viewer, ctx.loaders, file.engagementId)
    if (seat === null) throw evidenceNotFound()
  }
  if (file.deletedAt || !file.content) {
    throw new EvidenceError('EVIDENCE_DELETED', `Version ${file.version} of this file was deleted.`)
  }
  const { content, deletedAt: _deleted, ...metadata } = file
  return { ...metadata, content }
}

/** Deletes a file version's bytes (a lead assessor, with a reason); its metadata stays, audited. */
export function deleteEvidence(
  ctx: ApiContext,
  input: { fileId: string; reason: string },
): Promise<{ engagementId: string; fileId: string }> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const file = await tx.evidenceFile.findUnique({
      where: { id: input.fileId },
      select: {
        id: true,
        engagementId: true,
        documentId: true,
        dataItemId: true,
        version: true,
        fileName: true,
        sha256: true,
        deletedAt: true,
      },
    })
    if (!file) throw evidenceNotFound()
    const engagement = await open(file.engagementId)
    const userId = await requireLead(ctx, tx, engagement, 'delete evidence files')
    if (file.deletedAt) {
      throw new EvidenceError('EVIDENCE_DELETED', `Version ${file.version} is already deleted.`)
    }
    const deletedAt = new Date()
    await tx.evidenceFile.update({
      where: { id: file.id },
      data: { content: null, deletedAt, deletedById: userId, deleteReason: input.reason },
    })
    return {
      result: { engagementId: engagement.id, fileId: file.id },
      audit: {
        operation: 'evidence.delete',
        targetType: 'EvidenceFile',
        targetId: file.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        before: { ...file, deletedAt: undefined },
        after: { deletedAt, reason: input.reason },
      },
    }
  })
}
