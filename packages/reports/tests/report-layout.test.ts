/**
 * The sponsor report's layout, read back from the files: the one-page executive summary and its
 * parts, the order of the sections, each rationale printed once, the running header and footer
 * (engagement, TLP marking, page N of M), the draft watermark until the results are communicated,
 * and DOCX tables sized to their content with headings kept with what follows. The PDF pages are
 * rendered to PNG (poppler's `pdftoppm`) into `test-results/reports/` and kept as artefacts.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { renderEngagementExport } from '../src/render-export.js'
import { buildProvisionalFixture, buildReportFixture } from './report-fixture.js'

const NOW = new Date('2026-05-01T12:00:00Z')
const ARTEFACTS = join(import.meta.dirname, '..', 'test-results', 'reports')
const RATIONALE = 'Goals are published; funding is stretched.'

/** The final report (results communicated) and a draft (still evaluating, provisional). */
const final = buildReportFixture()
const draft = {
  ...buildProvisionalFixture(),
  title: 'Draft IMC 2026',
  state: 'EVALUATING' as const,
}

async function pdfPages(data: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise
  const pages: string[] = []
  for (let page = 1; page <= doc.numPages; page += 1) {
    const content = await (await doc.getPage(page)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
    pages.push(text.replace(/\s+/g, ' '))
  }
  return pages
}

const count = (text: string, part: string) => text.split(part).length - 1

/** What page 1 of every report holds, in this order. */
const SUMMARY_PARTS = [
  'Executive summary',
  'Current potential:',
  'Success threshold:',
  'Drivers at a glance',
  'Three strongest drivers',
  'Three weakest drivers',
  'Recommended next steps',
]

function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + part.length
  }
}

describe('the sponsor report as PDF', () => {
  it('opens with a one-page executive summary: headline, charts, strongest and weakest drivers, next steps', async () => {
    const pdf = (await renderEngagementExport(final, { format: 'pdf', now: NOW })).data
    const pages = await pdfPages(pdf)
    const [summary = ''] = pages
    expectInOrder(summary, SUMMARY_PARTS)
    // The charts are images (success profile, drivers), each with its alpha mask.
    expect(count(pdf.toString('latin1'), '/Subtype /Image')).toBeGreaterThanOrEqual(2)
    expect(summary).toContain('FINAL Current potential for success: HIGH (total value 70)')
    expect(summary).toContain(
      'D1 driver 1 short name — Likely Yes (75) + Mission published to every constituent.',
    )
    expect(summary).toContain(
      'D8 driver 8 short name — Equally Likely (50) - Funding and staffing are stretched.',
    )
    expect(summary).toContain(
      'D8: Agree written time shares with divisional managers. — Owner Miriam Keller · due 2026-09-30',
    )
    // One page: the driver table starts on page 2.
    expect(summary).not.toContain('1. Driver table')
    expect(pages[1]).toContain('1. Driver table')
  })

  it('orders the sections summary, driver table, driver detail, …, method notes and prints each rationale once', async () => {
    const text = (
      await pdfPages((await renderEngagementExport(final, { format: 'pdf', now: NOW })).data)
    ).join(' ')
    expectInOrder(text, [
      'Executive summary',
      '1. Driver table',
      '2. Driver detail',
      '3. Sensitivity',
      '4. Improvements',
      '5. Lessons learned',
      '8. Method notes',
      'Status, total value and band',
      'Coverage, exclusions and confidence',
      'Warnings',
      'About this method version',
      '9. Documents reviewed',
      '10. Interview handout',
    ])
    expect(count(text, RATIONALE)).toBe(1)
    expectInOrder(text, [
      'D1 driver 1 short name',
      `Rationale: ${RATIONALE}`,
      'For success (+) • Mission published to every constituent.',
      'Against success (−) • Funding and staffing are stretched.',
    ])
    expect(text).toContain('Coverage: 10 of 10 drivers in the scored set (minimum 8), 10 evaluated')
  })

  it('puts the engagement, its TLP marking and page N of M on every page; no watermark once communicated', async () => {
    const pages = await pdfPages(
      (await renderEngagementExport(final, { format: 'pdf', now: NOW })).data,
    )
    expect(pages.length).toBeGreaterThan(4)
    pages.forEach((page, index) => {
      expect(page).toContain(`IMMD results · ${final.title}`)
      expect(page).toContain(`Zürich Example AG · ${final.title}`)
      expect(count(page, 'TLP:AMBER')).toBeGreaterThanOrEqual(2)
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`)
      expect(page).not.toContain('DRAFT')
    })
  })

  it('prints the TLP label the caller asks for', async () => {
    const file = await renderEngagementExport(final, { format: 'pdf', now: NOW, tlp: 'TLP:GREEN' })
    for (const page of await pdfPages(file.data)) {
      expect(count(page, 'TLP:GREEN')).toBeGreaterThanOrEqual(2)
      expect(page).not.toContain('TLP:AMBER')
    }
  })

  it('marks every page of a report whose results are not communicated yet as DRAFT, with its status', async () => {
    const pages = await pdfPages(
      (await renderEngagementExport(draft, { format: 'pdf', now: NOW })).data,
    )
    for (const page of pages) {
      expect(page).toContain('IMMD results · Draft IMC 2026 · DRAFT')
      // The watermark itself.
      expect(count(page, 'DRAFT')).toBeGreaterThanOrEqual(2)
    }
    expect(pages[0]).toContain(
      'PROVISIONAL Provisional result, not final: indicative band Excellent',
    )
    expect(pages[0]).toContain('Evaluate the drivers not answered yet: D2, D3, D4, D5, D6, D7, D8.')
    expect(pages.join(' ')).toContain(
      'Marking: TLP:AMBER · DRAFT until the results are communicated',
    )
  })

  it('renders every page to a PNG image kept in test-results/reports', async () => {
    rmSync(ARTEFACTS, { recursive: true, force: true })
    mkdirSync(ARTEFACTS, { recursive: true })
    for (const [name, report] of [
      ['final', final],
      ['draft', draft],
    ] as const) {
      const pdf = await renderEngagementExport(report, { format: 'pdf', now: NOW })
      const docx = await renderEngagementExport(report, { format: 'docx', now: NOW })
      writeFileSync(join(ARTEFACTS, `${name}.pdf`), pdf.data)
      writeFileSync(join(ARTEFACTS, `${name}.docx`), docx.data)
      try {
        execFileSync('pdftoppm', [
          '-r',
          '80',
          '-png',
          join(ARTEFACTS, `${name}.pdf`),
          join(ARTEFACTS, name),
        ])
      } catch (error) {
        throw new Error(
          `pdftoppm could not render the report (install Debian's poppler-utils: apt-get install -y poppler-utils): ${String(error)}`,
        )
      }
      const images = readdirSync(ARTEFACTS).filter(
        (file) => file.startsWith(`${name}-`) && file.endsWith('.png'),
      )
      expect(images).toHaveLength((await pdfPages(pdf.data)).length)
      for (const image of images) {
        const png = readFileSync(join(ARTEFACTS, image))
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
        // A4 (595 × 842 pt) at 80 dpi.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([662, 936])
      }
    }
  })
})

describe('the sponsor report as DOCX', () => {
  async function openDocx(report: typeof final) {
    const data = (await renderEngagementExport(report, { format: 'docx', now: NOW })).data
    const zip = await JSZip.loadAsync(data)
    const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
    const parts = Object.keys(zip.files)
    const headers = await Promise.all(
      parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).map(part),
    )
    const footers = await Promise.all(
      parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map(part),
    )
    const { value } = await mammoth.extractRawText({ buffer: data })
    return {
      text: value.replace(/\s+/g, ' '),
      document: await part('word/document.xml'),
      headers,
      footers,
    }
  }

  it('opens with the executive summary and follows the same sections as the PDF, each rationale once', async () => {
    const { text } = await openDocx(final)
    expectInOrder(text, [
      ...SUMMARY_PARTS,
      '1. Driver table',
      '2. Driver detail',
      `Rationale: ${RATIONALE}`,
      'For success (+) Mission published to every constituent.',
      'Against success (−) Funding and staffing are stretched.',
      '8. Method notes',
      '9. Documents reviewed',
      '10. Interview handout',
    ])
    expect(text).toContain('FINAL Current potential for success: HIGH (total value 70)')
    expect(count(text, RATIONALE)).toBe(1)
  })

  it('has a header and footer with the engagement, the TLP marking and page N of M fields', async () => {
    const { headers, footers } = await openDocx(final)
    const header = headers.join('')
    const footer = footers.join('')
    expect(header).toContain(`IMMD results · ${final.title}`)
    expect(header).toContain('TLP:AMBER')
    expect(header).not.toContain('DRAFT')
    expect(footer).toContain(`Zürich Example AG · ${final.title}`)
    expect(footer).toContain('TLP:AMBER')
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/)
  })

  it('carries a DRAFT mark and a watermark behind the text until results are communicated', async () => {
    const { headers } = await openDocx(draft)
    const header = headers.join('')
    expect(header).toContain(' · DRAFT')
    expect(header).toMatch(/<wp:anchor[^>]*behindDoc="1"/)
    expect(header).toContain('draft-watermark')
  })

  it('sizes table columns to their content and keeps headings with what follows', async () => {
    const { document } = await openDocx(final)
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables.length).toBeGreaterThan(5)
    for (const table of tables) expect(table).toContain('<w:tblLayout w:type="fixed"/>')
    const gridOf = (table: string) =>
      [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]))
    // The driver table: a narrow "Driver" column, a wider "Name" column, widths not all equal.
    const driverTable = tables.find((table) => table.includes('Contribution')) ?? ''
    const widths = gridOf(driverTable)
    expect(widths).toHaveLength(8)
    expect(new Set(widths).size).toBeGreaterThan(2)
    expect(widths[0]).toBeLessThan(widths[1] ?? 0)
    // Every column holds its longest word (no word split mid-word): ≥ 105 twips a character.
    const rows = [...driverTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
        [...cell[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    )
    for (const row of rows) {
      row.forEach((text, column) => {
        const longest = Math.max(0, ...text.split(/\s+/).map((word) => word.length))
        expect(widths[column] ?? 0, `"${text}"`).toBeGreaterThanOrEqual(longest * 105)
      })
    }
    const headings =
      document.match(
        /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading\d"\/>[\s\S]*?<\/w:p>/g,
      ) ?? []
    expect(headings.length).toBeGreaterThan(20)
    for (const heading of headings) expect(heading).toContain('<w:keepNext/>')
  })
})
