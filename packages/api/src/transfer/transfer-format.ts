/**
 * The engagement transfer document (`immd-engagement`, format version 1): one engagement with every
 * worksheet, as plain JSON that imports into another organization or instance unchanged.
 *
 * Rules that make the round trip exact: no database ids (rows refer to each other by their index
 * in the document's lists), no user references (people of one instance do not exist in another;
 * improvement owners travel as names), timestamps that carry meaning are kept, bookkeeping ones
 * (`updatedAt`, `version`) are not. A tailored method travels with the engagement.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { cleanText, nameSchema } from '../security/free-text.js'

/** `format` of every transfer document. */
export const TRANSFER_FORMAT = 'immd-engagement'
/** The version this API writes and reads. */
export const TRANSFER_FORMAT_VERSION = 1

const date = z.iso.datetime({ offset: true }).nullable()
const text = z.string().nullable()
/** Names and titles: no NUL, bidi controls stripped (`security/free-text.ts`), as the API's mutations. */
const name = cleanText
const optionalName = cleanText.nullable()
/**
 * Every number of the document is finite (zod refuses Infinity and NaN) and bounded: list
 * positions and indexes by what a worksheet can hold, totals by the band scale every method
 * uses (0-100, see `validateMethod`), so a forged `-1e308` is a typed error naming its path.
 */
const MAX_POSITION = 100_000
const index = z.number().int().min(0).max(MAX_POSITION)
const ordinal = z.number().int().min(0).max(MAX_POSITION)
const total = z.number().min(0).max(100)
const json = z.unknown()

const activitySchema = z.object({
  activityId: z.string(),
  phase: z.string(),
  ordinal,
  status: z.enum(['not-started', 'in-progress', 'completed', 'skipped']),
  startedAt: date,
  completedAt: date,
  outputs: json,
  notes: text,
})

const checklistItemSchema = z.object({
  activityId: z.string(),
  ordinal,
  text: z.string(),
  dueDate: date,
  done: z.boolean(),
  doneAt: date,
  notes: text,
})

const scopeEntrySchema = z.object({
  kind: z.string(),
  name: optionalName,
  pseudonym: name,
  unit: text,
  role: text,
  scopePosition: text,
  team: text,
  functions: json,
  contact: text,
  ordinal,
  interviewed: z.boolean(),
})

const interviewSchema = z.object({
  title: name,
  heldAt: date,
  notes: text,
  notesTlp: z.string(),
  createdAt: date,
  participants: z.array(
    z.object({
      /** Index into `scopeList`. */
      scopeEntry: index,
      ratings: z.array(
        z.object({
          driverId: z.string(),
          answer: z.string(),
          note: text,
          /** Given through a respondent link (optional for documents written before #16). */
          selfReported: z.boolean().optional(),
        }),
      ),
    }),
  ),
})

/**
 * One version of an evidence file. `contentBase64` carries the bytes when the export was asked to
 * include files (`includeFiles`); it is null for a deleted version and absent otherwise. An
 * import checks every carried file's size and SHA-256 before it writes anything.
 */
const evidenceFileSchema = z.object({
  version: z.number().int().min(1),
  fileName: z.string().max(255),
  mediaType: z.string().max(200),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  tlp: z.string().max(20),
  uploadedAt: z.string(),
  deletedAt: z.string().nullable(),
  deleteReason: z.string().max(2000).nullable(),
  contentBase64: z.string().nullable().optional(),
})

export type TransferEvidenceFile = z.infer<typeof evidenceFileSchema>

const documentSchema = z.object({
  title: name,
  kind: text,
  owner: text,
  origin: z.string(),
  ordinal,
  requestedAt: date,
  receivedAt: date,
  reviewedAt: date,
  notes: text,
  /**
   * The document's evidence files, every version: metadata always, the bytes only when the export
   * included files (see the document's `evidenceFiles`). The hashes let a reader check files moved
   * by other means.
   */
  files: z.array(evidenceFileSchema).max(1000).optional(),
})

const dataItemSchema = z.object({
  text: z.string(),
  effect: z.enum(['+', '-', '0', '?']),
  sourceKind: z.enum(['interview', 'document']),
  /** Index into `interviews`, for interview items. */
  interview: index.nullable(),
  /** Index into `documents`, for document items. */
  document: index.nullable(),
  drivers: z.array(z.string()),
  /** Written from a respondent's own answers (optional for older documents: false). */
  selfReported: z.boolean().optional(),
  createdAt: date,
  /** The data item's evidence files, like a document's (optional for older documents). */
  files: z.array(evidenceFileSchema).max(1000).optional(),
})

const evaluationSchema = z.object({
  driverId: z.string(),
  answer: text,
  /**
   * Retired: documents written before exclusions became tailoring decisions may carry `true`;
   * import turns it into a `migrated` exclusion. Export no longer writes it.
   */
  notApplicable: z.boolean().optional(),
  rationale: text,
  evaluatedAt: date,
})

/** A driver excluded by tailoring. `decidedBy` is the decider's name (people are not carried over). */
const exclusionSchema = z.object({
  driverId: z.string(),
  reason: z.string().trim().min(1),
  decidedBy: optionalName,
  decidedAt: date,
  origin: z.enum(['tailoring', 'migrated']),
})

const resultSnapshotSchema = z.object({
  activityId: z.string(),
  methodVersion: z.string(),
  total,
  band: z.string(),
  successThreshold: text,
  differential: z.number().int().min(-100).max(100).nullable(),
  profile: json,
  computedAt: date,
  /**
   * When and why a later re-opening replaced this result (optional for older documents: current).
   * Without them an imported history would present a replaced result as the current one.
   */
  supersededAt: date.optional(),
  supersededReason: text.optional(),
})

const improvementSchema = z.object({
  driverId: z.string(),
  proposal: z.string(),
  priority: z.string(),
  /** The owner's name (a platform user's name, or the free-text owner). */
  owner: optionalName,
  dueDate: date,
  status: z.string(),
  expectedAnswer: text,
  /** Indexes into `dataItems`. */
  dataItems: z.array(index),
  createdAt: date,
})

const communicationSchema = z.object({
  audience: z.string(),
  medium: text,
  communicatedAt: z.iso.datetime({ offset: true }),
  /** Index into `resultSnapshots`. */
  resultSnapshot: index.nullable(),
  notes: text,
  createdAt: date,
})

const lessonSchema = z.object({
  text: z.string(),
  category: text,
  processUpdate: text,
  appliedAt: date,
  createdAt: date,
})

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
  teamSnapshot: json,
  activities: z.array(activitySchema),
  preparationChecklist: z.array(checklistItemSchema),
  scopeList: z.array(scopeEntrySchema),
  interviews: z.array(interviewSchema),
  documents: z.array(documentSchema),
  dataItems: z.array(dataItemSchema),
  evaluations: z.array(evaluationSchema),
  /** Optional for documents written before exclusions existed. */
  exclusions: z.array(exclusionSchema).default([]),
  resultSnapshots: z.array(resultSnapshotSchema),
  improvements: z.array(improvementSchema),
  communications: z.array(communicationSchema),
  lessons: z.array(lessonSchema),
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
