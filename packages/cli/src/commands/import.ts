/**
 * `immd import <file>`: validates a CSIRT inventory locally (every problem with row/line and
 * field), plans one draft engagement per IMC (with the planner's warnings), then uploads it in
 * `importTeams` calls of whole IMCs (`import-chunks.ts`): each call is all-or-nothing on the
 * server (teams created or updated, one draft engagement per IMC that has none). An inventory of
 * up to `--chunk-size` records (default 1,000) is one call; a larger one is several, committed in
 * order, and a run stopped midway resumes by running it again, because re-imported teams come back
 * `unchanged` and assessed IMCs get no second engagement. The summary and the exit code come from
 * the committed calls' answers. `--dry-run` stops before writing and reports what would change.
 *
 * @packageDocumentation
 */
import {
  type InventoryFormat,
  type InventoryProblem,
  type InventoryRecord,
  parseInventory,
} from '@immd/core/inventory/parse-inventory'
import { groupRecordsByImc, planEngagements } from '@immd/core/planning'
import type { ImmdClient } from '@immd/sdk/client'
import { ImportTeamsDocument } from '@immd/sdk/generated/graphql'
import { iterateEngagements, iterateTeams } from '@immd/sdk/paginate'
import { asDomainError } from '@immd/sdk/results'
import { resolveOrganization, toCliError } from '../connect.js'
import { CliError, EXIT, type ExitCode } from '../exit-codes.js'
import { splitIntoChunks } from '../import-chunks.js'
import { readInventoryFiles } from '../inventory-files.js'
import { message } from '../messages/translate.js'
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
  /** Records per `importTeams` request (whole IMCs; default 1,000). */
  chunkSize?: number
}

/** A planning warning of one IMC (`@immd/core` planning, or the server's `planningWarnings`). */
export interface ImportPlanningWarning {
  imcId: string
  code: string
  message: string
  teams: string[]
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
  /**
   * What the planner noticed per IMC: from the server's committed answers after an import, from
   * the local plan for a dry run or an invalid inventory.
   */
  planningWarnings: ImportPlanningWarning[]
  /** Requests the upload needed and how many of them committed. */
  chunks: { total: number; committed: number }
  /** Set when the upload stopped after some chunks had committed: why, and the exit code. */
  interrupted: { message: string; exitCode: ExitCode } | null
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
  // One pass over the records: planEngagements groups them once (no search per IMC).
  const plans = planEngagements({ records: parsed.records })
  const imcs: PlannedImc[] = plans.map((plan) => ({
    imcId: plan.imcId,
    name: plan.name,
    teams: plan.teams,
  }))
  progress.update(groups.length)
  progress.stop(`${imcs.length} IMCs`)
  const chunks = splitIntoChunks({ groups, chunkSize: options.chunkSize })
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
    planningWarnings: plans.flatMap((plan) =>
      plan.warnings.map((warning) => ({ imcId: plan.imcId, ...warning })),
    ),
    chunks: { total: chunks.length, committed: 0 },
    interrupted: null,
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
  await uploadChunks(options, organization.id, chunks, result, progress)
  return result
}

/**
 * Sends the chunks one after another and adds up the committed answers. A failure before any
 * chunk committed is thrown as before (nothing was written); a later one stops the upload and is
 * reported in `interrupted` next to what did commit.
 */
async function uploadChunks(
  options: ImportOptions,
  organizationId: string,
  chunks: InventoryRecord[][],
  result: ImportResult,
  progress: ProgressReporter,
): Promise<void> {
  const client = options.client
  if (!client) return
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
  progress.start('upload', total)
  result.planningWarnings = []
  let sent = 0
  for (const [index, chunk] of chunks.entries()) {
    let answer: Awaited<ReturnType<typeof sendChunk>>
    try {
      answer = await sendChunk(client, options, organizationId, chunk)
    } catch (error) {
      progress.stop('failed')
      if (result.chunks.committed === 0) throw error
      const mapped = toCliError(error)
      const cause = mapped instanceof CliError ? mapped : null
      result.ok = false
      result.summary.failed = total - sent
      result.interrupted = {
        message:
          `Chunk ${index + 1} of ${chunks.length} failed (${cause?.message ?? String(error)}); ` +
          `chunks 1-${index} (${sent} records) were committed. Run the same command again to ` +
          'resume: committed teams come back unchanged and assessed IMCs get no second engagement.',
        exitCode: cause?.exitCode ?? EXIT.ERROR,
      }
      return
    }
    const error = asDomainError(answer)
    if (error) {
      progress.stop('failed')
      if (error.__typename === 'InventoryValidationError') {
        result.ok = false
        // The API answers `null` for absent details and its enum spelling of the format; the
        // renderers accept both, so only the format is brought back to the core's spelling.
        result.problems = error.problems.map((problem) => ({
          ...problem,
          format: problem.format === null ? null : problem.format.toLowerCase(),
        })) as unknown as InventoryProblem[]
        result.summary.failed = total - sent
        return
      }
      const code = error.__typename === 'NotFoundError' ? EXIT.NOT_FOUND : EXIT.INVALID
      if (result.chunks.committed === 0)
        throw CliError.of(message('import.refused', { reason: error.message }), code, error)
      result.ok = false
      result.summary.failed = total - sent
      result.interrupted = {
        message: `The API refused chunk ${index + 1}: ${error.message}`,
        exitCode: code,
      }
      return
    }
    if (answer.__typename !== 'ImportTeamsPayload') throw new Error('unexpected result')
    result.chunks.committed += 1
    sent += chunk.length
    result.summary.created += answer.created
    result.summary.updated += answer.updated
    result.summary.unchanged += answer.unchanged
    result.summary.engagementsCreated += answer.engagements.length
    result.summary.engagementsExisting += answer.existingImcIds.length
    result.planningWarnings.push(...answer.planningWarnings)
    result.engagements.push(
      ...answer.engagements.map((e) => ({ id: e.id, title: e.title, imcId: e.imcId })),
    )
    progress.update(sent, `chunk ${index + 1}/${chunks.length}`)
  }
  progress.stop(`${result.summary.engagementsCreated} engagements created`)
}

async function sendChunk(
  client: ImmdClient,
  options: ImportOptions,
  organizationId: string,
  records: InventoryRecord[],
) {
  const { importTeams } = await client.request(ImportTeamsDocument, {
    input: { organizationId, records, createEngagements: options.createEngagements ?? true },
  })
  return importTeams
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
