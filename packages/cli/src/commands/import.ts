/**
 * `immd import <file>`: validates a CSIRT inventory locally (every problem with row/line and
 * field), plans one draft engagement per IMC, then sends the whole inventory in ONE `importTeams`
 * call, which is all-or-nothing on the server: teams are created or updated, one draft engagement
 * is created per IMC that has none, and a failure leaves nothing behind. Re-running the same file
 * changes nothing (`unchanged`). `--dry-run` stops before writing and reports what would change.
 *
 * @packageDocumentation
 */
import {
  type InventoryFormat,
  type InventoryProblem,
  type InventoryRecord,
  parseInventory,
} from '@immd/core/inventory/parse-inventory'
import { groupRecordsByImc, planEngagement } from '@immd/core/planning'
import type { ImmdClient } from '@immd/sdk/client'
import { ImportTeamsDocument } from '@immd/sdk/generated/graphql'
import { iterateEngagements, iterateTeams } from '@immd/sdk/paginate'
import { asDomainError } from '@immd/sdk/results'
import { resolveOrganization } from '../connect.js'
import { CliError, EXIT } from '../exit-codes.js'
import { readInventoryFiles } from '../inventory-files.js'
import { type ProgressReporter, silentProgress } from '../progress.js'

/** Options of {@link runImport}. */
export interface ImportOptions {
  file: string
  format?: InventoryFormat
  staffFile?: string | null
  /** Organization slug, name or id (default: the token's only organization). */
  organization?: string | null
  dryRun?: boolean
  /** Create one draft engagement per IMC that has none (default true). */
  createEngagements?: boolean
  /** Needed unless a dry run should stay offline. */
  client: ImmdClient | null
  progress?: ProgressReporter
}

/** One planned IMC engagement. */
export interface PlannedImc {
  imcId: string
  name: string
  teams: string[]
}

/** What {@link runImport} did (or, for a dry run, would do). */
export interface ImportResult {
  ok: boolean
  dryRun: boolean
  file: string
  staffFile: string | null
  format: InventoryFormat
  organization: string | null
  recordCount: number
  problems: InventoryProblem[]
  imcs: PlannedImc[]
  summary: {
    created: number
    updated: number
    unchanged: number
    /** Records that were not imported (their errors, or the whole file when any record failed). */
    failed: number
    engagementsCreated: number
    engagementsExisting: number
  }
  engagements: { id: string; title: string; imcId: string | null }[]
}

/** JSON with sorted keys, as the API compares stored records. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  )
}

/** Runs the import (see the module comment). */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const progress = options.progress ?? silentProgress
  const files = await readInventoryFiles({ file: options.file, staffFile: options.staffFile })
  progress.start('parse', 1)
  const parsed = parseInventory({
    text: files.text,
    format: options.format,
    staffCsv: files.staffCsv ?? undefined,
    fileName: files.file,
  })
  progress.update(1)
  progress.stop(`${parsed.recordCount} records (${parsed.format})`)
  const errors = parsed.problems.filter((problem) => problem.severity === 'error')
  const badRecords = new Set(errors.map((problem) => problem.record ?? -1))
  progress.start('validate', parsed.recordCount)
  progress.update(parsed.records.length)
  progress.stop(`${errors.length} errors, ${parsed.problems.length - errors.length} warnings`)
  const groups = groupRecordsByImc(parsed.records)
  progress.start('plan', groups.length)
  const imcs: PlannedImc[] = []
  for (const [index, group] of groups.entries()) {
    const planned = planEngagement({ records: parsed.records, imcId: group.imcId })
    if (planned.ok)
      imcs.push({ imcId: group.imcId, name: planned.plan.name, teams: planned.plan.teams })
    progress.update(index + 1)
  }
  progress.stop(`${imcs.length} IMCs`)
  const result: ImportResult = {
    ok: errors.length === 0,
    dryRun: Boolean(options.dryRun),
    file: files.file,
    staffFile: files.staffFile,
    format: parsed.format,
    organization: null,
    recordCount: parsed.recordCount,
    problems: parsed.problems,
    imcs,
    summary: {
      created: 0,
      updated: 0,
      unchanged: 0,
      // A whole-file syntax error fails every record; otherwise the records with errors.
      failed: errors.length === 0 ? 0 : badRecords.has(-1) ? parsed.recordCount : badRecords.size,
      engagementsCreated: 0,
      engagementsExisting: 0,
    },
    engagements: [],
  }
  if (!result.ok || !options.client) return result
  const organization = await resolveOrganization(options.client, options.organization ?? null)
  result.organization = organization.slug
  if (options.dryRun) {
    await previewChanges(options.client, organization.id, parsed.records, imcs, result)
    return result
  }
  progress.start('upload', parsed.records.length)
  const { importTeams } = await options.client.request(ImportTeamsDocument, {
    input: {
      organizationId: organization.id,
      records: parsed.records,
      createEngagements: options.createEngagements ?? true,
    },
  })
  const error = asDomainError(importTeams)
  if (error) {
    progress.stop('failed')
    if (error.__typename === 'InventoryValidationError') {
      result.ok = false
      result.problems = error.problems as InventoryProblem[]
      result.summary.failed = parsed.records.length
      return result
    }
    const code = error.__typename === 'NotFoundError' ? EXIT.NOT_FOUND : EXIT.INVALID
    throw new CliError(`The API refused the import: ${error.message}`, code, error)
  }
  if (importTeams.__typename !== 'ImportTeamsPayload') throw new Error('unexpected result')
  progress.update(parsed.records.length)
  progress.stop(`${importTeams.engagements.length} engagements created`)
  result.summary = {
    created: importTeams.created,
    updated: importTeams.updated,
    unchanged: importTeams.unchanged,
    failed: 0,
    engagementsCreated: importTeams.engagements.length,
    engagementsExisting: importTeams.existingImcIds.length,
  }
  result.engagements = importTeams.engagements.map((e) => ({
    id: e.id,
    title: e.title,
    imcId: e.imcId,
  }))
  return result
}

/** Dry run: compares the records with the stored teams and engagements, writing nothing. */
async function previewChanges(
  client: ImmdClient,
  organizationId: string,
  records: InventoryRecord[],
  imcs: PlannedImc[],
  result: ImportResult,
): Promise<void> {
  const stored = new Map<string, string>()
  for await (const team of iterateTeams(client, { organizationId })) {
    stored.set(team.shortName, canonical(team.record))
  }
  for (const record of records) {
    const before = stored.get(record['short-team-name'])
    if (before === undefined) result.summary.created += 1
    else if (before === canonical(JSON.parse(JSON.stringify(record)))) result.summary.unchanged += 1
    else result.summary.updated += 1
  }
  const assessed = new Set<string>()
  for await (const engagement of iterateEngagements(client, { filter: { organizationId } })) {
    if (engagement.imcId) assessed.add(engagement.imcId)
  }
  result.summary.engagementsExisting = imcs.filter((imc) => assessed.has(imc.imcId)).length
  result.summary.engagementsCreated = imcs.length - result.summary.engagementsExisting
}
