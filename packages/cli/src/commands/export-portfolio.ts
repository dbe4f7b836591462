/**
 * `immd export --portfolio --format csv|xlsx --out <file>`: every engagement the token can read,
 * from the API's streamed export (`GET /exports/engagements.ndjson`, one request) rather than a
 * GraphQL page per 100 engagements. CSV is written as the rows arrive, so memory stays flat for
 * any portfolio; XLSX needs the whole sheet before it can be written.
 *
 * @packageDocumentation
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { renderCsvRows } from '@immd/reports/csv-rows'
import { renderCsv, renderXlsx } from '@immd/reports/render-tables'
import { buildPortfolioTable, type PortfolioTableEngagement } from '@immd/reports/worksheet-tables'
import type { ImmdClient } from '@immd/sdk/client'
import { exportPortfolio, type PortfolioExportOptions } from '@immd/sdk/portfolio-export'
import { resolveOrganization } from '../connect.js'

/** Rows rendered and written to a CSV file at a time. */
const CSV_BATCH = 500

/** Options of {@link writePortfolioExport}. */
export interface PortfolioExportFileOptions {
  client: ImmdClient
  /** Slug, name or global id of one organization; default: every organization of the token. */
  organization?: string | null
  format: 'csv' | 'xlsx'
  out: string
}

/** Writes the portfolio file and returns its size in bytes. */
export async function writePortfolioExport(options: PortfolioExportFileOptions): Promise<number> {
  const { client } = options
  const request: PortfolioExportOptions = {
    // By title, as `immd engagements list` shows them.
    orderBy: { field: 'TITLE', direction: 'ASC' },
  }
  if (options.organization) {
    const organization = await resolveOrganization(client, options.organization)
    request.filter = { organizationId: organization.id }
  }
  const rows = exportPortfolio(client, request)
  await mkdir(dirname(options.out), { recursive: true })
  if (options.format === 'xlsx') {
    const all: PortfolioTableEngagement[] = []
    for await (const row of rows) all.push(row)
    const data = await renderXlsx([buildPortfolioTable(all)], { title: 'IMMD portfolio' })
    const file = createWriteStream(options.out)
    file.end(data)
    await once(file, 'finish')
    return data.length
  }
  return writeCsv(options.out, rows)
}

/**
 * The CSV of `renderCsv(buildPortfolioTable(rows))`, written batch by batch to `<out>.partial`
 * and renamed when complete, so a failed download never leaves a plausible-looking short file.
 */
async function writeCsv(
  out: string,
  rows: AsyncIterable<PortfolioTableEngagement>,
): Promise<number> {
  const partial = `${out}.partial`
  const file = createWriteStream(partial)
  let bytes = 0
  const write = async (text: string) => {
    if (!text) return
    bytes += Buffer.byteLength(text, 'utf8')
    if (!file.write(text, 'utf8')) await once(file, 'drain')
  }
  try {
    await write(renderCsv(buildPortfolioTable([])))
    let batch: PortfolioTableEngagement[] = []
    for await (const row of rows) {
      batch.push(row)
      if (batch.length >= CSV_BATCH) {
        await write(renderCsvRows(buildPortfolioTable(batch).rows))
        batch = []
      }
    }
    await write(renderCsvRows(buildPortfolioTable(batch).rows))
    file.end()
    await once(file, 'close')
    await rename(partial, out)
    return bytes
  } catch (error) {
    file.destroy()
    await rm(partial, { force: true })
    throw error
  }
}
