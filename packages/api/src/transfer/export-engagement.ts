/**
 * Reads one engagement with all its worksheets and writes the transfer document
 * (see `transfer-format.ts`). Rows refer to each other by list index, never by database id.
 *
 * @packageDocumentation
 */

import {
  activityRecords,
  checklistItems,
  dataItems,
  documents,
  driverEvaluations,
  driverExclusions,
  evidenceFiles,
  improvements,
  interviewSessions,
  lessonsLearned,
  resultCommunications,
  resultSnapshots,
  type StoredColumns,
  scopeEntries,
  selectColumns,
  writeColumns,
} from '@immd/core/worksheets'
import type { Prisma } from '@immd/db/generated/sqlite/client'
import type { ApiPrismaClient } from '../database.js'
import {
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  type TransferDocument,
  type TransferEngagement,
  type TransferEvidenceFile,
} from './transfer-format.js'

/** What an export says about each evidence file; the bytes only with `includeFiles`. */
const FILE_METADATA = selectColumns(evidenceFiles.columns)

/** The file metadata, and the bytes when the export includes files. */
const fileSelect = (includeFiles: boolean) =>
  includeFiles ? { ...FILE_METADATA, content: true } : FILE_METADATA

/** Everything an export reads, in the document's order. */
const exportInclude = (includeFiles: boolean) =>
  ({
    organization: { select: { slug: true } },
    method: { select: { organizationId: true, definition: true } },
    activities: { orderBy: { ordinal: 'asc' } },
    checklistItems: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
    scopeEntries: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] },
    interviews: {
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        participants: {
          orderBy: { id: 'asc' },
          include: { ratings: { orderBy: { driverId: 'asc' } } },
        },
      },
    },
    documents: {
      orderBy: [{ ordinal: 'asc' }, { id: 'asc' }],
      include: { files: { orderBy: { version: 'asc' }, select: fileSelect(includeFiles) } },
    },
    dataItems: {
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        drivers: { orderBy: { driverId: 'asc' } },
        files: { orderBy: { version: 'asc' }, select: fileSelect(includeFiles) },
      },
    },
    evaluations: { orderBy: { driverId: 'asc' } },
    exclusions: {
      orderBy: { driverId: 'asc' },
      include: { decidedBy: { select: { name: true } } },
    },
    resultSnapshots: { orderBy: [{ computedAt: 'asc' }, { id: 'asc' }] },
    improvements: {
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { owner: { select: { name: true } }, dataItems: true },
    },
    communications: { orderBy: [{ communicatedAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] },
    lessons: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }) satisfies Prisma.EngagementInclude

const iso = (value: Date | null | undefined): string | null => value?.toISOString() ?? null

/** Index of each id in `rows`. */
function indexById(rows: readonly { id: string }[]): Map<string, number> {
  return new Map(rows.map((row, position) => [row.id, position]))
}

/** A stored file version, with its bytes when the export includes files. */
type FileRow = StoredColumns<typeof evidenceFiles.columns> & { content?: Uint8Array | null }

function transferFile(file: FileRow, includeFiles: boolean): TransferEvidenceFile {
  return {
    ...writeColumns(evidenceFiles.columns, file),
    // Deleted versions have no bytes left: null, and their metadata says why.
    ...(includeFiles
      ? { contentBase64: file.content ? Buffer.from(file.content).toString('base64') : null }
      : {}),
  }
}

/** Options of {@link exportEngagement}. */
export interface ExportEngagementOptions {
  /** Carry every evidence file version's bytes (base64) with its SHA-256; default false. */
  includeFiles?: boolean
}

/** The transfer document of an engagement, or null when there is no such engagement. */
export async function exportEngagement(
  prisma: ApiPrismaClient,
  engagementId: string,
  options: ExportEngagementOptions = {},
): Promise<TransferDocument | null> {
  const includeFiles = options.includeFiles === true
  const row = await prisma.engagement.findUnique({
    where: { id: engagementId },
    include: exportInclude(includeFiles),
  })
  if (!row) return null
  const scopeIndex = indexById(row.scopeEntries)
  const interviewIndex = indexById(row.interviews)
  const documentIndex = indexById(row.documents)
  const dataItemIndex = indexById(row.dataItems)
  const snapshotIndex = indexById(row.resultSnapshots)
  const lookup = (map: Map<string, number>, id: string | null) =>
    id === null ? null : (map.get(id) ?? null)
  const engagement: TransferEngagement = {
    title: row.title,
    imcId: row.imcId,
    organizationalModel: row.organizationalModel,
    country: row.country,
    constituency: row.constituency,
    sizeBand: row.sizeBand,
    state: row.state,
    methodVersion: row.methodVersion,
    // Built-in methods exist everywhere; a tailored one travels with the engagement.
    method: row.method.organizationId ? (row.method.definition as Record<string, unknown>) : null,
    successThreshold: row.successThreshold,
    latestTotal: row.latestTotal,
    latestBand: row.latestBand,
    plannedStart: iso(row.plannedStart),
    plannedEnd: iso(row.plannedEnd),
    actualStart: iso(row.actualStart),
    actualEnd: iso(row.actualEnd),
    sponsorName: row.sponsorName,
    sponsorshipRecordedAt: iso(row.sponsorshipRecordedAt),
    teamSnapshot: row.teamSnapshot ?? null,
    activities: row.activities.map((a) => writeColumns(activityRecords.columns, a)),
    preparationChecklist: row.checklistItems.map((item) =>
      writeColumns(checklistItems.columns, item),
    ),
    scopeList: row.scopeEntries.map((entry) => writeColumns(scopeEntries.columns, entry)),
    interviews: row.interviews.map((session) => ({
      ...writeColumns(interviewSessions.columns, session),
      participants: session.participants
        .map((participant) => ({
          scopeEntry: scopeIndex.get(participant.scopeEntryId) ?? 0,
          ratings: participant.ratings.map((r) => ({
            driverId: r.driverId,
            answer: r.answer,
            note: r.note,
            selfReported: r.selfReported,
          })),
        }))
        .sort((a, b) => a.scopeEntry - b.scopeEntry),
    })),
    documents: row.documents.map((document) => ({
      ...writeColumns(documents.columns, document),
      files: document.files.map((file) => transferFile(file, includeFiles)),
    })),
    dataItems: row.dataItems.map((item) => ({
      ...writeColumns(dataItems.columns, item),
      interview: lookup(interviewIndex, item.interviewSessionId),
      document: lookup(documentIndex, item.documentId),
      drivers: item.drivers.map((link) => link.driverId),
      files: item.files.map((file) => transferFile(file, includeFiles)),
    })),
    evaluations: row.evaluations.map((evaluation) =>
      writeColumns(driverEvaluations.columns, evaluation),
    ),
    exclusions: row.exclusions.map((exclusion) => ({
      ...writeColumns(driverExclusions.columns, exclusion),
      decidedBy: exclusion.decidedBy?.name ?? null,
    })),
    resultSnapshots: row.resultSnapshots.map((snapshot) =>
      writeColumns(resultSnapshots.columns, snapshot),
    ),
    improvements: row.improvements.map((improvement) => ({
      ...writeColumns(improvements.columns, improvement),
      owner: improvement.ownerName ?? improvement.owner?.name ?? null,
      dataItems: improvement.dataItems
        .map((link) => dataItemIndex.get(link.dataItemId))
        .filter((position): position is number => position !== undefined)
        .sort((a, b) => a - b),
    })),
    communications: row.communications.map((communication) => ({
      ...writeColumns(resultCommunications.columns, communication),
      resultSnapshot: lookup(snapshotIndex, communication.resultSnapshotId),
    })),
    lessons: row.lessons.map((lesson) => writeColumns(lessonsLearned.columns, lesson)),
  }
  return {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    evidenceFiles: includeFiles
      ? {
          included: true,
          note: 'Every evidence file version is included (base64) with its SHA-256.',
        }
      : {
          included: false,
          note: 'Evidence files are listed as metadata only (name, size, SHA-256); their contents are not included. Export with includeFiles to carry them.',
        },
    source: { organization: row.organization.slug },
    engagement,
  }
}
