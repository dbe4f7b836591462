/**
 * Evidence files of the document checklist (A2) and of data items: `Document.files`,
 * `DataItem.files` (every version, newest first) and `deleteEvidenceFile` (a lead assessor, with a
 * reason). Uploads and downloads are HTTP routes (`evidence/evidence-route.ts`); `downloadPath`
 * names the route.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { isRestrictedTlp } from '../auth/disclosure.js'
import { engagementChildScopes, engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import {
  ConflictError,
  GateNotSatisfiedError,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
} from '../errors.js'
import { EvidenceError } from '../evidence/evidence-errors.js'
import { deleteEvidence } from '../evidence/evidence-store.js'
import { refusePageSizeAbove } from '../pagination.js'
import { describedTotalCount } from './described-total-count.js'
import { TlpLabelEnum } from './record-enums.js'

/** Restricted files (TLP:AMBER, AMBER+STRICT, RED) disclose their name and hash to the team only. */
const teamIfRestricted = (file: { tlp: string; engagementId: string }) =>
  isRestrictedTlp(file.tlp) ? { engagementTeam: file.engagementId } : { authenticated: true }

export const EvidenceFileRef = builder.prismaNode('EvidenceFile', {
  nullable: true,
  id: { field: 'id' },
  description:
    'One version of a file attached to a document or a data item, stored in the database. Download: GET `downloadPath` with the same credentials.',
  select: { id: true, engagementId: true, tlp: true, deletedAt: true },
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    version: t.exposeInt('version', { description: '1, 2, … per document or data item.' }),
    fileName: t.exposeString('fileName', {
      nullable: true,
      description: "Null for a TLP:AMBER/RED file unless you are on the engagement's team.",
      authScopes: teamIfRestricted,
      unauthorizedResolver: () => null,
    }),
    mediaType: t.exposeString('mediaType', {
      description: 'Sniffed from the content when it was uploaded (the client’s label is ignored).',
    }),
    sizeBytes: t.exposeInt('sizeBytes', {
      description:
        'Size of the content in bytes, as received (at most `IMMD_EVIDENCE_MAX_BYTES`, default 25 MiB). Kept after deletion.',
    }),
    sha256: t.exposeString('sha256', {
      nullable: true,
      description:
        "SHA-256 (hex) of the content, computed on receipt. Null for a TLP:AMBER/RED file unless you are on the engagement's team.",
      authScopes: teamIfRestricted,
      unauthorizedResolver: () => null,
    }),
    tlp: t.field({
      type: TlpLabelEnum,
      description:
        'Traffic Light Protocol 2.0 label of the file, the enum `Interview.notesTlp` and the upload take (was a lower-case string before #17).',
      resolve: (file) => file.tlp as typeof TlpLabelEnum.$inferType,
    }),
    uploadedAt: t.expose('uploadedAt', {
      type: 'DateTime',
      description: 'When this version was uploaded and stored.',
    }),
    deletedAt: t.expose('deletedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When a lead assessor deleted this version (`deleteEvidenceFile`): its bytes are gone and `downloadPath` is null; its name, hash and reason stay. Null while the file is present.',
    }),
    deleteReason: t.exposeString('deleteReason', {
      nullable: true,
      description:
        'The reason given when this version was deleted (also in the audit trail, `evidence.delete`); null while the file is present.',
    }),
    downloadPath: t.string({
      nullable: true,
      description:
        "`/evidence/files/<id>`; null once deleted, or for a TLP:AMBER/RED file unless you are on the engagement's team.",
      authScopes: teamIfRestricted,
      unauthorizedResolver: () => null,
      resolve: (file) =>
        file.deletedAt
          ? null
          : `/evidence/files/${encodeURIComponent(Buffer.from(`EvidenceFile:${file.id}`).toString('base64'))}`,
    }),
  }),
})

const FILES_DESCRIPTION = 'Evidence files, every version, newest first. Page-size limit: 100.'
const FILES_TOTAL_COUNT_DESCRIPTION =
  'Number of file versions attached, deleted versions included, regardless of the page.'

/** Options of the `files` connection, the same on every record files are attached to. */
const FILES_CONNECTION = {
  cursor: 'id' as const,
  totalCount: true,
  defaultSize: 100,
  maxSize: refusePageSizeAbove(100),
  description: FILES_DESCRIPTION,
  query: { orderBy: [{ version: 'desc' as const }, { id: 'asc' as const }] },
}

/** The connection type's `totalCount`, described for file versions. */
const FILES_CONNECTION_FIELDS = describedTotalCount(FILES_TOTAL_COUNT_DESCRIPTION)

builder.prismaObjectFields('Document', (t) => ({
  files: t.relatedConnection('files', FILES_CONNECTION, FILES_CONNECTION_FIELDS),
}))

builder.prismaObjectFields('DataItem', (t) => ({
  files: t.relatedConnection('files', FILES_CONNECTION, FILES_CONNECTION_FIELDS),
}))

const DeleteEvidenceFileInput = builder.inputType('DeleteEvidenceFileInput', {
  description: 'Which evidence file version to delete, and why.',
  fields: (t) => ({
    id: t.globalID({
      required: true,
      for: EvidenceFileRef,
      description:
        'The EvidenceFile (one version) to delete; other versions of the same document or data item stay.',
    }),
    reason: t.string({
      required: true,
      description: 'Why the file is deleted; stored with it and audited.',
      validate: z.string().trim().min(1).max(2000),
    }),
  }),
})

const DeleteEvidenceFilePayload = builder
  .objectRef<{ fileId: string }>('DeleteEvidenceFilePayload')
  .implement({
    description: 'The evidence file version after deletion.',
    fields: (t) => ({
      file: t.prismaField({
        type: 'EvidenceFile',
        description:
          'The deleted version: `deletedAt` and `deleteReason` set, `downloadPath` null; name and hash remain (disclosed as for any file of its TLP).',
        resolve: (query, deleted, _args, ctx) =>
          ctx.db.prisma.evidenceFile.findUniqueOrThrow({ ...query, where: { id: deleted.fileId } }),
      }),
    }),
  })

builder.mutationField('deleteEvidenceFile', (t) =>
  t.field({
    type: DeleteEvidenceFilePayload,
    description:
      'A lead assessor deletes one version of an evidence file with a reason (audited): its bytes are dropped, its name, hash and the reason stay.',
    args: { input: t.arg({ type: DeleteEvidenceFileInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const row = await ctx.db.prisma.evidenceFile.findUnique({
        where: { id: input.id.id },
        select: { engagementId: true },
      })
      return row ? engagementWriterScopes(row.engagementId, ctx) : { authenticated: true }
    },
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        ConflictError,
        NotAuthorizedError,
        GateNotSatisfiedError,
      ],
      directResult: true,
    },
    resolve: async (_root, { input }, ctx) => {
      try {
        return await deleteEvidence(ctx, { fileId: input.id.id, reason: input.reason.trim() })
      } catch (error) {
        if (error instanceof EvidenceError && error.refusal === 'EVIDENCE_NOT_FOUND') {
          throw new NotFoundError('EvidenceFile', input.id.id)
        }
        if (error instanceof EvidenceError) throw new ConflictError(error.message)
        throw error
      }
    },
  }),
)
