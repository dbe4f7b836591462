/**
 * The engagement transfer document (`immd-engagement`, format version 1): one engagement with every
 * worksheet, as plain JSON that imports into another organization or instance unchanged.
 *
 * Rules that make the round trip exact: no database ids (rows refer to each other by their index
 * in the document's lists), no user references (people of one instance do not exist in another;
 * improvement owners travel as names), timestamps that carry meaning are kept, bookkeeping ones
 * (`updatedAt`, `version`) are not. A tailored method travels with the engagement.
 *
 * Each worksheet's rows are declared once, in `@immd/core/worksheets` (their columns, codecs and what is
 * left behind); this file assembles them under the engagement's own columns.
 *
 * @packageDocumentation
 */

import { nameSchema } from '@immd/core/free-text'
import {
  activityRecords,
  checklistItems,
  column,
  dataItems,
  documents,
  driverEvaluations,
  driverExclusions,
  type evidenceFiles,
  improvements,
  interviewSessions,
  lessonsLearned,
  resultCommunications,
  resultSnapshots,
  scopeEntries,
} from '@immd/core/worksheets'
import { z } from 'zod'

/** `format` of every transfer document. */
export const TRANSFER_FORMAT = 'immd-engagement'
/** The version this API writes and reads. */
export const TRANSFER_FORMAT_VERSION = 1

// The engagement's own columns use the worksheets' column schemas (`@immd/core/worksheets`, `transfer-columns.ts`).
const date = column.date().schema
const text = column.optionalText().schema
const optionalName = column.optionalName().schema
const total = column.total().schema

/** The evidence file versions of a document or data item. */
export type TransferEvidenceFile = z.infer<typeof evidenceFiles.rowSchema>

/** The engagement part of the document: what must survive a round trip unchanged. */
export const transferEngagementSchema = z.object({
  title: nameSchema(200),
  imcId: text,
  /**
   * What describes the IMC for cohort benchmarks (optional for older documents): its
   * organizational model, country, constituency and size band, as the inventory gave them.
   */
  organizationalModel: text.optional(),
  country: text.optional(),
  constituency: text.optional(),
  sizeBand: text.optional(),
  state: z.string(),
  methodVersion: z.string(),
  /** The full method definition when the engagement uses a tailored method; null for built-ins. */
  method: z.record(z.string(), z.unknown()).nullable(),
  successThreshold: text,
  /** Ignored on import (recomputed from the rows, see `imported-figures.ts`) but still bounded. */
  latestTotal: total.nullable(),
  latestBand: text,
  plannedStart: date,
  plannedEnd: date,
  actualStart: date,
  actualEnd: date,
  sponsorName: optionalName,
  sponsorshipRecordedAt: date,
  teamSnapshot: z.unknown(),
  activities: z.array(activityRecords.rowSchema),
  preparationChecklist: z.array(checklistItems.rowSchema),
  scopeList: z.array(scopeEntries.rowSchema),
  interviews: z.array(interviewSessions.rowSchema),
  documents: z.array(documents.rowSchema),
  dataItems: z.array(dataItems.rowSchema),
  evaluations: z.array(driverEvaluations.rowSchema),
  /** Optional for documents written before exclusions existed. */
  exclusions: z.array(driverExclusions.rowSchema).default([]),
  resultSnapshots: z.array(resultSnapshots.rowSchema),
  improvements: z.array(improvements.rowSchema),
  communications: z.array(resultCommunications.rowSchema),
  lessons: z.array(lessonsLearned.rowSchema),
})

/**
 * The whole document. Unknown top-level keys are stripped, not refused: the `report.json` download
 * adds a `report` section (the result with its provenance) that an import ignores.
 */
export const transferDocumentSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  /**
   * Whether the evidence files' bytes are in the document. `included: false` (and documents written
   * before #16 without this field): files are listed as metadata only, and an import keeps the
   * documents and data items but creates no files.
   */
  evidenceFiles: z
    .object({ included: z.boolean(), note: z.string().max(500).optional() })
    .optional(),
  /** Where it came from (informational only; never used on import). */
  source: z.object({ organization: z.string().optional() }).optional(),
  engagement: transferEngagementSchema,
})

export type TransferDocument = z.infer<typeof transferDocumentSchema>
export type TransferEngagement = z.infer<typeof transferEngagementSchema>
