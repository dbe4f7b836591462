/**
 * The CLI against a real API server on SQLite: a 220-team inventory with broken rows (reported,
 * nothing written), the fixed inventory (created), the same again in CSV, JSON and YAML
 * (unchanged), exports in every format parsed back, the JSON round trip into another
 * organization, and the built binary spawned once.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { renderCsv } from '@immd/reports/render-tables'
import { buildPortfolioTable, type PortfolioTableEngagement } from '@immd/reports/worksheet-tables'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/index.js'
import { startTestApiServer, type TestApiServer } from './support/api-server.js'
import { buildInventory } from './support/inventory-fixture.js'

const TEAMS = 220

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `immd …` in process with the server's URL and a token. */
async function immd(server: TestApiServer, args: string[], token = server.token): Promise<Run> {
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

async function pdfText(path: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path)) }).promise
  const pages: string[] = []
  for (let page = 1; page <= doc.numPages; page += 1) {
    const content = await (await doc.getPage(page)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  // Wrapped lines come back as separate items: compare with collapsed whitespace.
  return pages.join(' ').replace(/\s+/g, ' ')
}

describe('immd against a real API server', () => {
  let server: TestApiServer
  let dir: string
  const inventory = buildInventory(TEAMS)
  const broken = buildInventory(TEAMS, { broken: true })

  beforeAll(async () => {
    server = await startTestApiServer()
    dir = await mkdtemp(join(tmpdir(), 'immd-cli-'))
    await writeFile(join(dir, 'broken.csv'), broken.csv)
    await writeFile(join(dir, 'broken.staff.csv'), broken.staffCsv)
    await writeFile(join(dir, 'teams.csv'), inventory.csv)
    await writeFile(join(dir, 'teams.staff.csv'), inventory.staffCsv)
    await writeFile(join(dir, 'teams.json'), inventory.json)
    await writeFile(join(dir, 'teams.yaml'), inventory.yaml)
  })
  afterAll(async () => {
    await server?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('reports every broken row with row and field and imports nothing', async () => {
    const engagementsBefore = await server.db.prisma.engagement.count()
    const run = await immd(server, ['import', join(dir, 'broken.csv'), '--json'])
    expect(run.code).toBe(3)
    const result = JSON.parse(run.stdout)
    expect(result.ok).toBe(false)
    const errors = result.problems.filter((p: { severity: string }) => p.severity === 'error')
    const where = errors.map(
      (p: { row?: number; field?: string; input?: string }) => `${p.input}:${p.row}:${p.field}`,
    )
    expect(where).toEqual(
      expect.arrayContaining([
        'inventory:11:country-code[0]',
        'inventory:51:email',
        'inventory:121:short-team-name',
        'inventory:151:triage',
        expect.stringMatching(/^staff:\d+:staff\[\d+\]\.fte$/),
      ]),
    )
    expect(result.summary.failed).toBeGreaterThanOrEqual(4)
    expect(result.summary.created).toBe(0)
    expect(
      await server.db.prisma.team.count({
        where: { organization: { slug: 'acme' }, shortName: { startsWith: 'C0' } },
      }),
    ).toBe(0)
    expect(await server.db.prisma.engagement.count()).toBe(engagementsBefore)
    const human = await immd(server, ['import', join(dir, 'broken.csv')])
    expect(human.stdout).toMatch(
      /broken\.csv row 11, column \d+ \(country-code\[0\]\): error invalid-value/,
    )
    expect(human.stdout).toMatch(/broken\.staff\.csv row \d+.*fte/)
    expect(human.stdout).toContain('nothing was imported')
  })

  it('dry-runs, then imports 220 teams and one draft engagement per IMC in one request', async () => {
    const dry = await immd(server, ['import', join(dir, 'teams.csv'), '--dry-run', '--json'])
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout).summary).toMatchObject({
      created: TEAMS,
      engagementsCreated: inventory.imcCount,
    })
    expect(await server.db.prisma.team.count({ where: { shortName: { startsWith: 'C0' } } })).toBe(
      0,
    )
    const requestsBefore = server.requests()
    const started = performance.now()
    const run = await immd(server, ['import', join(dir, 'teams.csv'), '--json'])
    const seconds = (performance.now() - started) / 1000
    const requests = server.requests() - requestsBefore
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.summary).toEqual({
      created: TEAMS,
      updated: 0,
      unchanged: 0,
      failed: 0,
      engagementsCreated: inventory.imcCount,
      engagementsExisting: 0,
    })
    // One viewer query (organization) plus one importTeams mutation.
    expect(requests).toBe(2)
    console.info(
      `import of ${TEAMS} teams / ${inventory.imcCount} IMCs: ${seconds.toFixed(2)} s, ${requests} API requests`,
    )
    const drafts = await server.db.prisma.engagement.findMany({
      where: { imcId: { startsWith: 'imc-' } },
      include: { scopeEntries: true, documents: true },
    })
    expect(drafts).toHaveLength(inventory.imcCount)
    expect(
      drafts.every(
        (e) => e.state === 'draft' && e.scopeEntries.length > 0 && e.documents.length > 0,
      ),
    ).toBe(true)
  })

  it('changes nothing when the same inventory comes again as CSV, JSON or YAML', async () => {
    for (const file of ['teams.csv', 'teams.json', 'teams.yaml']) {
      const run = await immd(server, ['import', join(dir, file), '--json'])
      expect(run.code, file).toBe(0)
      expect(JSON.parse(run.stdout).summary, file).toEqual({
        created: 0,
        updated: 0,
        unchanged: TEAMS,
        failed: 0,
        engagementsCreated: 0,
        engagementsExisting: inventory.imcCount,
      })
    }
    expect(
      await server.db.prisma.engagement.count({ where: { imcId: { startsWith: 'imc-' } } }),
    ).toBe(inventory.imcCount)
  })

  it('lists the portfolio across pages', async () => {
    const run = await immd(server, ['engagements', 'list', '--json'])
    expect(run.code).toBe(0)
    const list = JSON.parse(run.stdout) as { imcId: string | null }[]
    expect(list.filter((e) => e.imcId?.startsWith('imc-'))).toHaveLength(inventory.imcCount)
    // The table prints each band with the coverage it rests on.
    const table = await immd(server, ['engagements', 'list'])
    expect(table.stdout).toMatch(/ high \(10\/10\) /)
    const show = await immd(server, ['engagements', 'show', server.finishedEngagementId])
    expect(show.code).toBe(0)
    expect(show.stdout).toMatch(/Potential for success: High \(70\)/)
  })

  it('exports the finished engagement in every format, and each file reads back', async () => {
    const id = server.finishedEngagementId
    for (const format of ['json', 'csv', 'xlsx', 'pdf', 'docx']) {
      const run = await immd(server, [
        'export',
        id,
        '--format',
        format,
        '--out',
        join(dir, `report.${format}`),
      ])
      expect(run.code, `${format}: ${run.stderr}`).toBe(0)
    }
    const document = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))
    expect(document.format).toBe('immd-engagement')
    const title: string = document.engagement.title
    // By default the export leaves out interviewee names (restricted content).
    expect(document.engagement.scopeList.length).toBeGreaterThan(0)
    expect(
      document.engagement.scopeList.every((entry: { name: unknown }) => entry.name === null),
    ).toBe(true)

    const csv = await readFile(join(dir, 'report.csv'), 'utf8')
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim())
    expect(parsed.errors).toEqual([])
    expect(parsed.data[0]?.slice(0, 5)).toEqual([
      'Driver',
      'Short name',
      'Question',
      'Answer',
      'Value',
    ])
    expect(parsed.data).toHaveLength(11)
    expect(parsed.data[1]?.slice(0, 1)).toEqual(['D1'])
    expect(parsed.data[1]?.[4]).toBe('75')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'report.xlsx'))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'IMMD Worksheet',
      'Data items',
      'Scope List',
      'Document Checklist',
      'Preparation Checklist',
      'Improvements',
      'Lessons learned',
      'Interview handout',
      // The re-assessment comparison and cohort benchmark sheets (#15).
      'Re-assessment',
      'Improvement outcomes',
      'Cohort benchmark',
    ])
    const worksheet = workbook.getWorksheet('IMMD Worksheet')
    expect(worksheet?.rowCount).toBe(11)
    expect(worksheet?.getRow(2).getCell(1).value).toBe('D1')
    expect(worksheet?.getRow(2).getCell(4).value).toBe('Likely Yes')
    expect(worksheet?.getRow(2).getCell(5).value).toBe(75)
    const summary = workbook.getWorksheet('Summary')
    const total = summary
      ?.getRows(2, summary.rowCount - 1)
      ?.find((row) => row.getCell(1).value === 'Total value')
    expect(total?.getCell(2).value).toBe(70)
    expect(workbook.getWorksheet('Improvements')?.rowCount).toBeGreaterThan(1)

    const docx = (await mammoth.extractRawText({ path: join(dir, 'report.docx') })).value
    for (const expected of [
      title,
      'Executive summary',
      'Current potential for success: HIGH (total value 70)',
      'D1 realistic and well-articulated goals',
      '4. Improvements',
      '5. Lessons learned',
    ]) {
      expect(docx).toContain(expected)
    }
    const pdf = await pdfText(join(dir, 'report.pdf'))
    for (const expected of [title, 'HIGH', 'Derivation', 'Sensitivity', 'Lessons learned']) {
      expect(pdf).toContain(expected)
    }
    expect(pdf).toMatch(/\(75×8 \+ 50×2\) \/ 10 = 70\.0 → 70 → High/)
  })

  it('exports restricted content only when asked, and only to the engagement team', async () => {
    const id = server.finishedEngagementId
    const full = join(dir, 'full.json')
    const run = await immd(server, [
      'export',
      id,
      '--format',
      'json',
      '--include-restricted',
      '--out',
      full,
    ])
    expect(run.code, run.stderr).toBe(0)
    const document = JSON.parse(await readFile(full, 'utf8'))
    expect(document.engagement.scopeList.some((entry: { name: unknown }) => entry.name)).toBe(true)
    const refused = await immd(
      server,
      ['export', id, '--format', 'json', '--include-restricted', '--out', join(dir, 'no.json')],
      server.betaToken,
    )
    expect(refused.code).not.toBe(0)
  })

  it('imports the JSON export into another organization and exports it back unchanged', async () => {
    const run = await immd(
      server,
      ['engagements', 'import', join(dir, 'full.json'), '--json'],
      server.betaToken,
    )
    expect(run.code, run.stderr).toBe(0)
    const imported = JSON.parse(run.stdout) as { id: string; organization: string }
    expect(imported.organization).toBe('beta')
    const back = await immd(
      server,
      [
        'export',
        imported.id,
        '--format',
        'json',
        '--include-restricted',
        '--out',
        join(dir, 'back.json'),
      ],
      server.betaToken,
    )
    expect(back.code).toBe(0)
    const original = JSON.parse(await readFile(join(dir, 'full.json'), 'utf8'))
    const again = JSON.parse(await readFile(join(dir, 'back.json'), 'utf8'))
    expect(again.engagement).toEqual(original.engagement)
  })

  it('serves report downloads through the real API with the caller token', async () => {
    const url = `http://api/engagements/${encodeURIComponent(server.finishedEngagementId)}/report.xlsx`
    const download = (token: string) =>
      server.yoga.fetch(new Request(url, { headers: { authorization: `Bearer ${token}` } }))
    const ok = await download(server.token)
    expect(ok?.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await ok?.arrayBuffer()) as ArrayBuffer)
    expect(workbook.getWorksheet('IMMD Worksheet')?.rowCount).toBe(11)
    expect((await download(server.betaToken))?.status).toBe(404)
    expect((await download('immd_wrong'))?.status).toBe(401)
  })

  it('exports the portfolio as CSV and XLSX', async () => {
    const graphqlRequests = server.requests()
    const csvRun = await immd(server, [
      'export',
      '--portfolio',
      '--format',
      'csv',
      '--out',
      join(dir, 'portfolio.csv'),
    ])
    expect(csvRun.code).toBe(0)
    // One streamed GET of /exports/engagements.ndjson, no GraphQL page.
    expect(server.requests()).toBe(graphqlRequests)
    const csv = await readFile(join(dir, 'portfolio.csv'), 'utf8')
    // The same file the GraphQL pages gave: the listed engagements (by title) as one table.
    const listed = await immd(server, ['engagements', 'list', '--json'])
    const table = buildPortfolioTable(JSON.parse(listed.stdout) as PortfolioTableEngagement[])
    expect(csv).toBe(renderCsv(table))
    const rows = Papa.parse<string[]>(csv.trim()).data
    expect(rows[0]?.slice(6, 10)).toEqual([
      'Total value',
      'Band',
      'Scored drivers',
      'Method drivers',
    ])
    // Header, the demo's two engagements, one draft per IMC.
    expect(rows.length).toBe(1 + inventory.imcCount + 2)
    expect(rows.filter((row) => row[2]?.startsWith('imc-'))).toHaveLength(inventory.imcCount)
    const xlsxRun = await immd(server, [
      'export',
      '--portfolio',
      '--format',
      'xlsx',
      '--out',
      join(dir, 'portfolio.xlsx'),
    ])
    expect(xlsxRun.code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'portfolio.xlsx'))
    expect(workbook.getWorksheet('Portfolio')?.rowCount).toBe(rows.length)
  })

  it('explains a wrong token, a read-only token and an unreachable API with their exit codes', async () => {
    const wrong = await immd(server, ['engagements', 'list'], 'immd_wrong')
    expect(wrong.code).toBe(4)
    expect(wrong.stderr).toContain('rejected the token')
    const readOnly = await immd(server, ['import', join(dir, 'teams.csv')], server.readToken)
    expect(readOnly.code).toBe(4)
    let stderr = ''
    const down = await main(['engagements', 'list', '--api-url', 'http://127.0.0.1:9'], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text
      },
      env: { IMMD_TOKEN: 'x', HOME: '/nonexistent' },
      tty: false,
    })
    expect(down).toBe(5)
    expect(stderr).toContain('Cannot reach the IMMD API at http://127.0.0.1:9/graphql')
  })

  it('creates API tokens that are shown once and work: read-write lists, read cannot write', async () => {
    const created = await immd(server, [
      '--json',
      'token',
      'create',
      '--name',
      'ci read-write',
      '--scope',
      'read-write',
      '--expires',
      '30',
    ])
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const readWrite = JSON.parse(created.stdout) as {
      secret: string
      scope: string
      name: string
      prefix: string
      expiresAt: string
      organization: string
    }
    expect(readWrite).toMatchObject({
      scope: 'read-write',
      name: 'ci read-write',
      organization: 'acme',
    })
    expect(readWrite.secret).toMatch(/^immd_/)
    expect(readWrite.secret.startsWith(readWrite.prefix)).toBe(true)
    const days = (Date.parse(readWrite.expiresAt) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThanOrEqual(30)
    // Only the hash is kept.
    const stored = await server.db.prisma.apiToken.findMany({ where: { name: 'ci read-write' } })
    expect(stored).toHaveLength(1)
    expect(stored[0]?.tokenHash).not.toContain(readWrite.secret)
    expect(stored[0]?.scope).toBe('read-write')

    const listed = await immd(server, ['--json', 'engagements', 'list'], readWrite.secret)
    expect(listed.code).toBe(0)
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBeGreaterThan(0)

    // Human output: the secret alone on the first line, then a note that it is shown once.
    const human = await immd(server, [
      'token',
      'create',
      '--name',
      'dashboard',
      '--expires',
      '2099-12-31',
    ])
    expect(human.code).toBe(0)
    const [secret, note] = human.stdout.trim().split('\n')
    expect(secret).toMatch(/^immd_\S+$/)
    expect(note).toContain('read token "dashboard" for acme, expires 2099-12-31T23:59:59.999Z')
    expect(note).toContain('shown only once')

    const readList = await immd(server, ['--json', 'engagements', 'list'], secret)
    expect(readList.code).toBe(0)
    expect(JSON.parse(readList.stdout)).toEqual(JSON.parse(listed.stdout))
    const readWrites = await immd(server, ['import', join(dir, 'teams.csv')], secret)
    expect(readWrites.code).toBe(4)
    const readCreates = await immd(server, ['token', 'create', '--name', 'escalate'], secret)
    expect(readCreates.code).toBe(4)
    expect(await server.db.prisma.apiToken.count({ where: { name: 'escalate' } })).toBe(0)

    const past = await immd(server, ['token', 'create', '--name', 'old', '--expires', '2001-01-01'])
    expect(past.code).toBe(2)
    expect(past.stderr).toContain('not in the future')
    const bogus = await immd(server, ['token', 'create', '--name', 'x', '--scope', 'admin'])
    expect(bogus.code).toBe(2)
  })

  it('runs as the built binary', async () => {
    const bin = join(import.meta.dirname, '..', 'dist', 'index.js')
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'engagements', 'list', '--json', '--search', 'imc-001'],
      {
        env: { ...process.env, IMMD_API_URL: server.url, IMMD_TOKEN: server.token },
      },
    )
    const list = JSON.parse(stdout) as { imcId: string }[]
    expect(list.map((e) => e.imcId)).toEqual(['imc-001'])
    const failed = await promisify(execFile)(process.execPath, [bin, 'engagements', 'list'], {
      env: { ...process.env, IMMD_API_URL: server.url, IMMD_TOKEN: 'immd_wrong' },
    }).catch((error: { code: number }) => error)
    expect((failed as { code: number }).code).toBe(4)
  })
})
