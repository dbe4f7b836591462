/**
 * `immd portfolio stats` against a real API server: the statistics of the token's organizations as
 * text, JSON and CSV/XLSX files (cells neutralised like every CSV export), and nothing of another
 * organization.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/index.js'
import { startTestApiServer, type TestApiServer } from './support/api-server.js'

async function immd(server: TestApiServer, args: string[], token = server.token) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: { IMMD_API_URL: server.url, IMMD_TOKEN: token, HOME: '/nonexistent' },
    tty: false,
  })
  return { code, stdout, stderr }
}

describe('immd portfolio stats', () => {
  let server: TestApiServer
  let dir: string

  beforeAll(async () => {
    server = await startTestApiServer()
    dir = await mkdtemp(join(tmpdir(), 'immd-stats-'))
  })
  afterAll(async () => {
    await server?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('prints the statistics as text and as JSON', async () => {
    const text = await immd(server, ['portfolio', 'stats'])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Engagements: 2 (1 scored)')
    expect(text.stdout).toContain('Threshold: 1 meeting, 0 below, 0 without a threshold')
    // The demo baseline's weakest drivers come first.
    expect(text.stdout).toMatch(/D8 [^\n]+\n[^\n]*D9 /)
    const json = await immd(server, [
      '--json',
      'portfolio',
      'stats',
      '--model',
      'internal_distributed',
    ])
    expect(json.code).toBe(0)
    const stats = JSON.parse(json.stdout)
    expect(stats.engagements).toBe(2)
    expect(stats.weakestDrivers[0]).toMatchObject({ driverId: 'D8', median: 50 })
    const none = await immd(server, ['--json', 'portfolio', 'stats', '--model', 'coordinating'])
    expect(JSON.parse(none.stdout).engagements).toBe(0)
    // Another organization's admin sees its own (empty) portfolio, not ACME's.
    const other = await immd(server, ['--json', 'portfolio', 'stats'], server.betaToken)
    expect(JSON.parse(other.stdout).engagements).toBe(0)
  })

  it('exports the statistics as CSV and XLSX', async () => {
    const csvRun = await immd(server, [
      'portfolio',
      'stats',
      '--format',
      'csv',
      '--out',
      join(dir, 'stats.csv'),
    ])
    expect(csvRun.code).toBe(0)
    const csv = await readFile(join(dir, 'stats.csv'), 'utf8')
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data
    expect(rows[0]).toEqual([
      'Section',
      'Item',
      'Engagements',
      'Mean',
      'Median',
      'Q1',
      'Q3',
      'Share (%)',
    ])
    expect(rows).toContainEqual(['Totals', 'engagements', '2', '', '', '', '', ''])
    // Coverage: 1 of the 2 engagements is scored.
    expect(rows).toContainEqual(['Totals', 'scored', '1', '', '', '', '', '50'])
    expect(rows.find((row) => row[1]?.startsWith('D8 '))?.slice(2)).toEqual([
      '1',
      '50',
      '50',
      '50',
      '50',
      '100',
    ])
    // "Bands short of threshold" items such as "-1" are plain numbers, left as they are; no cell
    // starts a formula.
    expect(rows.every((row) => row.every((cell) => !/^[=@]/.test(cell)))).toBe(true)

    const xlsxRun = await immd(server, [
      'portfolio',
      'stats',
      '--format',
      'xlsx',
      '--out',
      join(dir, 'stats.xlsx'),
    ])
    expect(xlsxRun.code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'stats.xlsx'))
    expect(workbook.getWorksheet('Portfolio statistics')?.rowCount).toBe(rows.length)
    // The driver heatmap: one row per engagement, one column per driver.
    const heatmap = workbook.getWorksheet('Driver heatmap')
    expect(heatmap?.rowCount).toBe(3)
    expect(heatmap?.getRow(1).values).toEqual(
      expect.arrayContaining(['Engagement', 'State', 'Band', 'Total value', 'D1', 'D10']),
    )

    const heatmapRun = await immd(server, [
      'portfolio',
      'stats',
      '--format',
      'csv',
      '--table',
      'heatmap',
      '--out',
      join(dir, 'heatmap.csv'),
    ])
    expect(heatmapRun.code).toBe(0)
    const heatmapCsv = await readFile(join(dir, 'heatmap.csv'), 'utf8')
    const heatmapRows = Papa.parse<string[]>(heatmapCsv.replace(/^\uFEFF/, '').trim()).data
    expect(heatmapRows).toHaveLength(3)
    expect(heatmapRows.some((row) => row.includes('equally likely'))).toBe(true)
  })
})
