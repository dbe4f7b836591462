/**
 * Report downloads in the reader's language (#19) and with the re-assessment comparison and cohort
 * benchmark sections (#15), through the real route on both engines: `?locale=` first, then the
 * request's Accept-Language, else English; method texts come from core's translations; the
 * comparison and benchmark sheets read the API's own `Engagement.comparison`/`benchmark`.
 */
import { localizeMethod } from '@immd/core/localization'
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId, type MutationSuite, setupMutationSuite } from './support/mutations.js'

type ReportJson = {
  report: {
    locale: string
    headline: string
    drivers: { question: string; questionProvenance: string }[]
  }
}

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"'
      i += 1
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      row.push(cell)
      cell = ''
    } else if (!quoted && char === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
    } else if (quoted || char !== '\r') {
      cell += char
    }
  }
  if (cell || row.length > 0) rows.push([...row, cell])
  return rows
}

describe.each(TEST_ENGINES)('report downloads in three languages (%s)', (engine) => {
  let suite: MutationSuite
  let finished: string
  let reassessment: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    finished = globalId('Engagement', suite.demo.finishedEngagementId)
    reassessment = globalId('Engagement', suite.demo.activeEngagementId)
  })
  afterAll(() => suite?.db.close())

  const download = (id: string, path: string, headers: Record<string, string> = {}) =>
    suite.yoga.fetch(`http://yoga/engagements/${encodeURIComponent(id)}/${path}`, {
      headers: { authorization: `Bearer ${suite.demo.leadToken}`, ...headers },
    })
  const csv = async (response: Response) => {
    expect(response.status).toBe(200)
    return parseCsv((await response.text()).replace(/^\uFEFF/, ''))
  }

  it('writes the report in the language of ?locale=, with core’s French driver questions', async () => {
    const response = await download(finished, 'report.json?locale=fr')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-language')).toBe('fr')
    const { report } = (await response.json()) as ReportJson
    expect(report.locale).toBe('fr')
    expect(report.headline).toMatch(/^(Potentiel de réussite actuel|Résultat provisoire)/)
    const french = localizeMethod(IMMD_1_0, 'fr')
    expect(report.drivers[0]?.question).toBe(french.drivers[0]?.question.text)
    expect(report.drivers[0]?.questionProvenance).toContain('[notre traduction]')
  })

  it('falls back to Accept-Language, then English; refuses an unknown locale', async () => {
    const german = await download(finished, 'report.pdf', { 'accept-language': 'it, de-CH;q=0.9' })
    expect(german.status).toBe(200)
    expect(german.headers.get('content-language')).toBe('de')
    expect(
      Buffer.from(await german.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const english = await download(finished, 'report.json', { 'accept-language': 'it' })
    expect(english.headers.get('content-language')).toBe('en')
    const refused = await download(finished, 'report.pdf?locale=xx')
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({ error: 'locale must be one of en, fr, de' })
  }, 120_000)

  it('exports the re-assessment comparison per driver; a first assessment says why not', async () => {
    const rows = await csv(await download(reassessment, 'report.csv?worksheet=reassessment'))
    expect(rows[0]).toEqual([
      'Driver',
      'Name',
      'Previous answer',
      'Previous value',
      'Previous excluded',
      'Current answer',
      'Current value',
      'Current excluded',
      'Delta',
      'Change',
    ])
    expect(rows.slice(1).map((row) => row[0])).toEqual(IMMD_1_0.drivers.map((d) => d.id))
    const first = await csv(await download(finished, 'report.csv?worksheet=reassessment'))
    expect(first[1]?.[1]).toBe(
      'No re-assessment comparison: this is a first assessment (no previous engagement).',
    )
  })

  it('exports the cohort benchmark in German with its definition or the reason it is withheld', async () => {
    const rows = await csv(await download(finished, 'report.csv?worksheet=benchmark&locale=de'))
    expect(rows[0]?.slice(0, 3)).toEqual(['Zeile', 'Driver', 'Name'])
    const first = rows[1]?.[2] ?? ''
    // The demo organization is small: either a cohort definition or the k threshold not reached.
    expect(first).toMatch(
      /^(das jüngste abgeschlossene, bewertete Assessment|Kein Kohortenvergleich: weniger als k = 5 Assessments)/,
    )
    // Aggregates only: no id of another engagement or organization in the sheet.
    const text = rows.flat().join(' ')
    expect(text).not.toContain(suite.foreign.organizationId)
    expect(text).not.toContain(suite.demo.activeEngagementId)
  })
})
