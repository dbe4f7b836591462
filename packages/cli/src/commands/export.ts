/**
 * `immd export <engagement> --format json|csv|xlsx|pdf|docx --out <file>` and
 * `immd export --portfolio --format csv|xlsx --out <file>` (streamed, see `export-portfolio.ts`).
 *
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { renderEngagementExport } from '@immd/reports/render-export'
import { WORKSHEET_IDS } from '@immd/reports/worksheet-tables'
import type { ImmdClient } from '@immd/sdk/client'
import { fetchEngagementReport } from '@immd/sdk/engagement-report'
import { EngagementExportDocument } from '@immd/sdk/generated/graphql'
import { resolveEngagement } from '../connect.js'
import { CliError, EXIT } from '../exit-codes.js'
import { message } from '../messages/translate.js'
import { writePortfolioExport } from './export-portfolio.js'

/** The formats of `immd export`. */
export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf', 'docx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Options of {@link exportEngagement}. */
export interface ExportOptions {
  client: ImmdClient
  /** Engagement id, title or IMC id; omitted with `portfolio`. */
  engagement?: string
  portfolio?: boolean
  organization?: string | null
  format: ExportFormat
  out: string
  /** For CSV of one engagement: which worksheet (default `immd-worksheet`). */
  worksheet?: string
  /**
   * JSON only: include interviewee names and TLP:AMBER/RED notes (refused by the API unless the
   * caller is one of the engagement's assessors or an organization admin).
   */
  includeRestricted?: boolean
  /** json: carry every evidence file version's bytes with its SHA-256. */
  includeFiles?: boolean
}

/** What was written. */
export interface ExportResult {
  out: string
  format: ExportFormat
  bytes: number
  engagementId: string | null
}

/** Renders and writes the file. */
export async function exportEngagement(options: ExportOptions): Promise<ExportResult> {
  const { client, format } = options
  if (options.portfolio) {
    if (format !== 'csv' && format !== 'xlsx') {
      throw CliError.of(message('export.portfolioFormats'), EXIT.USAGE)
    }
    const bytes = await writePortfolioExport({
      client,
      organization: options.organization,
      format,
      out: options.out,
    })
    return { out: options.out, format, bytes, engagementId: null }
  }
  if (!options.engagement) {
    throw CliError.of(message('export.nameEngagement'), EXIT.USAGE)
  }
  if (options.worksheet && !(WORKSHEET_IDS as readonly string[]).includes(options.worksheet)) {
    throw CliError.of(message('export.badWorksheet', { ids: WORKSHEET_IDS.join(', ') }), EXIT.USAGE)
  }
  const { id } = await resolveEngagement(client, options.engagement)
  let data: Buffer
  if (format === 'json') {
    const { engagementExport } = await client.request(EngagementExportDocument, {
      id,
      includeRestricted: options.includeRestricted ?? false,
      includeFiles: options.includeFiles ?? false,
    })
    if (!engagementExport)
      throw CliError.of(
        message('engagement.notFound', { reference: options.engagement }),
        EXIT.NOT_FOUND,
      )
    data = Buffer.from(`${JSON.stringify(engagementExport, null, 2)}\n`, 'utf8')
  } else {
    const report = await fetchEngagementReport(client, id)
    if (!report)
      throw CliError.of(
        message('engagement.notFound', { reference: options.engagement }),
        EXIT.NOT_FOUND,
      )
    const rendered = await renderEngagementExport(report, {
      format,
      worksheet: options.worksheet as (typeof WORKSHEET_IDS)[number] | undefined,
    })
    data = rendered.data
  }
  await mkdir(dirname(options.out), { recursive: true })
  await writeFile(options.out, data)
  return { out: options.out, format, bytes: data.length, engagementId: id }
}
