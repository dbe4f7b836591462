/**
 * Engagement transfer: `engagementExport(id)` returns one engagement with every worksheet as a
 * JSON document (`immd-engagement` v1, see `../transfer/transfer-format.ts`) and
 * `importEngagement(organizationId, document)` creates it in an organization of this or another
 * instance, in one audited transaction. Export → import → export yields the same `engagement`.
 *
 * @packageDocumentation
 */
import { actorOf, writeAudited } from '../audit.js'
import { redactTransferDocument } from '../auth/disclosure.js'
import { effectiveSeat } from '../auth/scopes.js'
import { readableOrganizationIds, roleIn } from '../auth/viewer.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { ConflictError, NotAuthorizedError, NotFoundError, ValidationError } from '../errors.js'
import { DEFAULT_EVIDENCE_OPTIONS } from '../evidence/evidence-options.js'
import { exportEngagement } from '../transfer/export-engagement.js'
import { importEngagementDocument } from '../transfer/import-engagement.js'
import { prepareTransferFiles } from '../transfer/import-files.js'
import { transferDocumentSchema } from '../transfer/transfer-format.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { OrganizationRef } from './organization.js'

builder.queryField('engagementExport', (t) =>
  t.field({
    type: 'JSON',
    nullable: true,
    description:
      'The engagement with every worksheet as an `immd-engagement` JSON document (format version 1) ' +
      "that `importEngagement` accepts; null when it does not exist or is not yours. Interviewees' " +
      "real names and contacts, the team's staff names and contacts (`teamSnapshot`) and " +
      'TLP:AMBER/RED interview notes are left out (null) unless `includeRestricted` is true, ' +
      "which only the engagement's assessors and admins may ask for.",
    args: {
      id: t.arg.globalID({ required: true, for: EngagementRef }),
      includeRestricted: t.arg.boolean({
        required: true,
        defaultValue: false,
        description:
          "Include real names, contacts and restricted notes (the engagement's assessors and admins).",
      }),
      includeFiles: t.arg.boolean({
        required: true,
        defaultValue: false,
        description:
          "Include every evidence file version's bytes (base64) with its SHA-256 (the engagement's assessors and admins, as files may be TLP:AMBER/RED).",
      }),
    },
    // Whole-engagement exports: assessors on the engagement's team, or admins of its organization.
    // An unknown id only needs authentication (→ null).
    authScopes: async (_root, args, ctx) => {
      const organizationId = await ctx.loaders.engagementOrganization.load(args.id.id)
      return organizationId
        ? { engagementAssessor: args.id.id, admin: organizationId }
        : { authenticated: true }
    },
    resolve: async (_root, args, ctx) => {
      // Defence in depth: never read an engagement outside the viewer's organizations.
      const organizationId = await ctx.loaders.engagementOrganization.load(args.id.id)
      if (!organizationId || !readableOrganizationIds(ctx.viewer).includes(organizationId))
        return null
      if (
        (args.includeRestricted || args.includeFiles) &&
        !(await mayExportRestricted(ctx, args.id.id, organizationId))
      ) {
        throw new NotAuthorizedError(
          "Only the engagement's assessors and the organization's admins may export real names, restricted notes and evidence files.",
        )
      }
      const document = await exportEngagement(ctx.db.prisma, args.id.id, {
        includeFiles: args.includeFiles,
      })
      if (!document || args.includeRestricted) return document
      return redactTransferDocument(document, { realNames: false, restrictedNotes: false })
    },
  }),
)

/** The engagement's lead assessors and assessors, and admins of its organization. */
async function mayExportRestricted(
  ctx: ApiContext,
  engagementId: string,
  organizationId: string,
): Promise<boolean> {
  if (roleIn(ctx.viewer, organizationId) === 'admin') return true
  const seat = await effectiveSeat(ctx.viewer, ctx.loaders, engagementId)
  return seat === 'lead-assessor' || seat === 'assessor'
}

const ImportEngagementPayload = engagementPayloadRef('ImportEngagementPayload')

const ImportEngagementInput = builder.inputType('ImportEngagementInput', {
  description: 'An engagement export document to import into an organization.',
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: OrganizationRef }),
    document: t.field({ type: 'JSON', required: true }),
  }),
})

builder.mutationField('importEngagement', (t) =>
  t.field({
    type: ImportEngagementPayload,
    description:
      'Creates a new engagement from an `engagementExport` document: all worksheets or nothing. ' +
      'People are not carried over; improvement owners become names. Evidence files the document ' +
      'carries (`includeFiles`) are checked first (size limit, SHA-256, accepted type): one bad file ' +
      'refuses the whole import, naming it; without them documents and data items are imported without files.',
    args: { input: t.arg({ type: ImportEngagementInput, required: true }) },
    authScopes: (_root, { input: args }) => ({ writer: args.organizationId.id }),
    errors: { types: [ValidationError, NotFoundError, ConflictError], directResult: true },
    resolve: (_root, { input: args }, ctx) => {
      const parsed = transferDocumentSchema.safeParse(args.document)
      if (!parsed.success) {
        throw new ValidationError(
          parsed.error.issues.map((issue) => ({
            path: ['document', ...issue.path.map(String)].join('.'),
            message: issue.message,
          })),
        )
      }
      const organizationId = args.organizationId.id
      // Every carried file is checked before the transaction opens: nothing is half-written.
      const files = prepareTransferFiles(
        parsed.data,
        ctx.auth.options.evidence ?? DEFAULT_EVIDENCE_OPTIONS,
      )
      return writeAudited(ctx, async (tx) => {
        const { engagementId } = await importEngagementDocument(tx, {
          organizationId,
          engagement: parsed.data.engagement,
          actor: actorOf(ctx.viewer),
          files,
        })
        const { engagement } = parsed.data
        return {
          result: { engagementId },
          audit: {
            operation: 'engagement.import',
            targetType: 'Engagement',
            targetId: engagementId,
            organizationId,
            engagementId,
            after: {
              source: parsed.data.source ?? null,
              exportedAt: parsed.data.exportedAt ?? null,
              filesIncluded: parsed.data.evidenceFiles?.included === true,
              files: [...files.documents.values(), ...files.dataItems.values()]
                .flat()
                .map((file) => ({
                  fileName: file.metadata.fileName,
                  sha256: file.metadata.sha256,
                })),
              title: engagement.title,
              methodVersion: engagement.methodVersion,
              counts: {
                scopeList: engagement.scopeList.length,
                interviews: engagement.interviews.length,
                documents: engagement.documents.length,
                dataItems: engagement.dataItems.length,
                resultSnapshots: engagement.resultSnapshots.length,
                improvements: engagement.improvements.length,
                lessons: engagement.lessons.length,
              },
            },
          },
        }
      })
    },
  }),
)
