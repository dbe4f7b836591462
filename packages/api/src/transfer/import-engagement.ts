/**
 * Writes a transfer document (see `transfer-format.ts`) as a new engagement of an organization,
 * inside the caller's transaction: every row or none. References between rows are list indexes,
 * checked before anything is written.
 *
 * @packageDocumentation
 */
import type { MethodDefinition } from '@immd/core/method-types'
import {
  activityRecords,
  checklistItems,
  dataItems,
  documents,
  driverEvaluations,
  improvements,
  interviewSessions,
  lessonsLearned,
  readColumns,
  resultCommunications,
  resultSnapshots,
  scopeEntries,
} from '@immd/core/worksheets'
import type { AuditActor } from '@immd/db/audit-repository'
import { toJsonValue } from '@immd/db/json'
import { resolveMethodDefinition, saveMethodDefinition } from '@immd/db/method-repository'
import type { ApiTransaction } from '../database.js'
import { ConflictError, ValidationError, type ValidationIssue } from '../errors.js'
import { importedExclusions } from './import-exclusions.js'
import { insertTransferFiles, type PreparedFiles } from './import-files.js'
import { settleImportedFigures } from './imported-figures.js'
import type { TransferEngagement } from './transfer-format.js'

/** What {@link importEngagementDocument} needs. */
export interface ImportEngagementDocumentInput {
  organizationId: string
  engagement: TransferEngagement
  actor: AuditActor
  /** Evidence files the document carries, already checked (`prepareTransferFiles`). */
  files?: PreparedFiles
}

const date = (value: string | null) => (value === null ? null : new Date(value))
const jsonOrUndefined = (value: unknown) =>
  value === null || value === undefined ? undefined : toJsonValue(value)

/** Lists every dangling index of the document (empty when it is consistent). */
export function checkReferences(engagement: TransferEngagement): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const check = (path: string, value: number | null, size: number, list: string) => {
    if (value !== null && value >= size) {
      issues.push({ path, message: `refers to ${list}[${value}], which does not exist` })
    }
  }
  engagement.interviews.forEach((session, i) => {
    session.participants.forEach((p, j) => {
      check(
        `document.engagement.interviews.${i}.participants.${j}.scopeEntry`,
        p.scopeEntry,
        engagement.scopeList.length,
        'scopeList',
      )
    })
  })
  engagement.dataItems.forEach((item, i) => {
    const at = `document.engagement.dataItems.${i}`
    check(`${at}.interview`, item.interview, engagement.interviews.length, 'interviews')
    check(`${at}.document`, item.document, engagement.documents.length, 'documents')
  })
  engagement.improvements.forEach((improvement, i) => {
    improvement.dataItems.forEach((ref, j) => {
      const at = `document.engagement.improvements.${i}.dataItems.${j}`
      check(at, ref, engagement.dataItems.length, 'dataItems')
    })
  })
  engagement.communications.forEach((c, i) => {
    const at = `document.engagement.communications.${i}.resultSnapshot`
    check(at, c.resultSnapshot, engagement.resultSnapshots.length, 'resultSnapshots')
  })
  return issues
}

/** The method row for the document: a built-in, the organization's own tailored copy, or a new one. */
async function resolveMethod(tx: ApiTransaction, input: ImportEngagementDocumentInput) {
  const { engagement, organizationId } = input
  if (!engagement.method) return resolveMethodDefinition(tx, engagement.methodVersion)
  const definition = engagement.method as unknown as MethodDefinition
  if (definition.version !== engagement.methodVersion) {
    throw new ValidationError([
      { path: 'document.engagement.method.version', message: 'must equal methodVersion' },
    ])
  }
  const existing = await tx.methodDefinition.findUnique({ where: { version: definition.version } })
  if (!existing) {
    return saveMethodDefinition(tx, definition, {
      organizationId,
      createdById: input.actor.kind === 'system' ? null : input.actor.id,
    })
  }
  const same = JSON.stringify(existing.definition) === JSON.stringify(toJsonValue(definition))
  if (existing.organizationId === organizationId && same) return existing
  throw new ConflictError(
    `Method version ${definition.version} exists here with another owner or definition; ` +
      'tailor it under a new version before importing.',
    { currentValue: definition.version },
  )
}

/** Creates the engagement and every worksheet row; returns the new engagement's id. */
export async function importEngagementDocument(
  tx: ApiTransaction,
  input: ImportEngagementDocumentInput,
): Promise<{ engagementId: string }> {
  const { engagement: doc, organizationId } = input
  const issues = checkReferences(doc)
  if (issues.length > 0) throw new ValidationError(issues)
  const method = await resolveMethod(tx, input)
  const userId = input.actor.kind === 'system' ? null : input.actor.id
  const firstTeam = Array.isArray(doc.teamSnapshot)
    ? (doc.teamSnapshot[0] as { 'short-team-name'?: unknown } | undefined)?.['short-team-name']
    : undefined
  const team =
    typeof firstTeam === 'string'
      ? await tx.team.findFirst({ where: { organizationId, shortName: firstTeam } })
      : null
  const engagement = await tx.engagement.create({
    data: {
      organizationId,
      title: doc.title,
      teamId: team?.id ?? null,
      teamSnapshot: jsonOrUndefined(doc.teamSnapshot),
      imcId: doc.imcId,
      organizationalModel: doc.organizationalModel ?? null,
      country: doc.country ?? null,
      constituency: doc.constituency ?? null,
      sizeBand: doc.sizeBand ?? null,
      methodId: method.id,
      methodVersion: doc.methodVersion,
      successThreshold: doc.successThreshold,
      // State and latest figures are derived from the imported rows below, never copied.
      state: 'draft',
      plannedStart: date(doc.plannedStart),
      plannedEnd: date(doc.plannedEnd),
      actualStart: date(doc.actualStart),
      actualEnd: date(doc.actualEnd),
      sponsorName: doc.sponsorName,
      sponsorshipRecordedAt: date(doc.sponsorshipRecordedAt),
      createdById: userId,
    },
  })
  const engagementId = engagement.id
  if (userId) {
    await tx.engagementMember.create({ data: { engagementId, userId, role: 'lead-assessor' } })
  }
  await tx.activityRecord.createMany({
    data: doc.activities.map((a) => ({ engagementId, ...readColumns(activityRecords.columns, a) })),
  })
  await tx.checklistItem.createMany({
    data: doc.preparationChecklist.map((item) => ({
      engagementId,
      ...readColumns(checklistItems.columns, item),
    })),
  })
  await tx.driverEvaluation.createMany({
    data: doc.evaluations.map((evaluation) => ({
      engagementId,
      ...readColumns(driverEvaluations.columns, evaluation),
      // An older document's not-applicable answer is an exclusion now (`importedExclusions`).
      ...(evaluation.notApplicable ? { answer: null } : {}),
    })),
  })
  await tx.driverExclusion.createMany({ data: importedExclusions(engagementId, doc) })
  const ids = await insertEvidence(tx, engagementId, doc, input.files)
  await insertResults(tx, engagementId, doc, ids.dataItems)
  await tx.lessonLearned.createMany({
    data: doc.lessons.map((lesson) => ({
      engagementId,
      ...readColumns(lessonsLearned.columns, lesson),
    })),
  })
  await settleImportedFigures(tx, engagementId, doc)
  return { engagementId }
}

/** Scope list, interviews (with participants and ratings), documents and data items, in order. */
async function insertEvidence(
  tx: ApiTransaction,
  engagementId: string,
  doc: TransferEngagement,
  files: PreparedFiles | undefined,
) {
  const scopeIds: string[] = []
  for (const entry of doc.scopeList) {
    const row = await tx.scopeEntry.create({
      data: { engagementId, ...readColumns(scopeEntries.columns, entry) },
      select: { id: true },
    })
    scopeIds.push(row.id)
  }
  const interviewIds: string[] = []
  for (const session of doc.interviews) {
    const row = await tx.interviewSession.create({
      data: {
        engagementId,
        ...readColumns(interviewSessions.columns, session),
        participants: {
          create: session.participants.map((participant) => ({
            scopeEntryId: scopeIds[participant.scopeEntry] as string,
            ratings: { create: participant.ratings },
          })),
        },
      },
      select: { id: true },
    })
    interviewIds.push(row.id)
  }
  const documentIds: string[] = []
  // Files come from `files` (checked before the transaction, `import-files.ts`), never metadata alone.
  for (const [index, document] of doc.documents.entries()) {
    const row = await tx.document.create({
      data: { engagementId, ...readColumns(documents.columns, document) },
      select: { id: true },
    })
    documentIds.push(row.id)
    await insertTransferFiles(tx, engagementId, { documentId: row.id }, files?.documents.get(index))
  }
  const dataItemIds: string[] = []
  for (const [index, item] of doc.dataItems.entries()) {
    const row = await tx.dataItem.create({
      data: {
        engagementId,
        ...readColumns(dataItems.columns, item),
        interviewSessionId: item.interview === null ? null : interviewIds[item.interview],
        documentId: item.document === null ? null : documentIds[item.document],
        drivers: { create: item.drivers.map((driverId) => ({ driverId })) },
      },
      select: { id: true },
    })
    dataItemIds.push(row.id)
    await insertTransferFiles(tx, engagementId, { dataItemId: row.id }, files?.dataItems.get(index))
  }
  return { dataItems: dataItemIds }
}

/** Result snapshots, improvements (linked to data items) and communications. */
async function insertResults(
  tx: ApiTransaction,
  engagementId: string,
  doc: TransferEngagement,
  dataItemIds: string[],
) {
  const snapshotIds: string[] = []
  for (const snapshot of doc.resultSnapshots) {
    const row = await tx.resultSnapshot.create({
      data: { engagementId, ...readColumns(resultSnapshots.columns, snapshot) },
      select: { id: true },
    })
    snapshotIds.push(row.id)
  }
  for (const improvement of doc.improvements) {
    const links = improvement.dataItems.map((ref) => ({ dataItemId: dataItemIds[ref] as string }))
    await tx.improvement.create({
      data: {
        engagementId,
        ...readColumns(improvements.columns, improvement),
        ownerName: improvement.owner,
        dataItems: { create: links },
      },
    })
  }
  await tx.resultCommunication.createMany({
    data: doc.communications.map((c) => ({
      engagementId,
      ...readColumns(resultCommunications.columns, c),
      resultSnapshotId: c.resultSnapshot === null ? null : snapshotIds[c.resultSnapshot],
    })),
  })
}
