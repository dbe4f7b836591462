/**
 * End to end: upload a CSV inventory with problems and see each by row and field, then upload a
 * valid YAML inventory, import it and get a draft engagement planned from it.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { saveScreenshot } from './support/browser'
import { useBrowserStack } from './support/browser-stack'
import { signIn } from './support/flows'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

describe('importing an inventory', () => {
  const e2e = useBrowserStack()

  it('previews every problem, imports a valid inventory and plans its engagement', async () => {
    const { page } = e2e.browser
    // The console's CSP forbids eval; any violation (zod's `new Function` probe was one, issue #23)
    // is recorded by the page itself, before any script of the console runs.
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await signIn(page, e2e.stack, 'token')
    await page.getByRole('link', { name: 'Import inventory' }).click()
    await page
      .getByLabel('Inventory file (CSV, JSON or YAML)')
      .setInputFiles(fixture('teams-invalid.csv'))
    await expect
      .poll(() => page.getByTestId('inventory-summary').textContent())
      .toContain('1 of 3 records are valid; 2 errors')
    const problems = page.getByTestId('inventory-problems')
    await expect.poll(() => problems.textContent()).toContain('row 2')
    expect(await problems.textContent()).toContain('short-team-name')
    expect(await problems.textContent()).toContain('row 3')
    expect(await problems.textContent()).toContain('country-code')
    // All or nothing, as the server imports (#21): no "Import 1 records" of 3, and it says why.
    expect(await page.getByRole('button', { name: /^Import \d+ records$/ }).count()).toBe(0)
    expect(await page.getByTestId('import-all-or-nothing').textContent()).toContain(
      'all or nothing',
    )
    await saveScreenshot(page, 'import-preview-problems')

    await page.getByLabel('Inventory file (CSV, JSON or YAML)').setInputFiles(fixture('teams.yaml'))
    await expect
      .poll(() => page.getByTestId('inventory-summary').textContent())
      .toContain('2 of 2 records are valid; 0 errors')
    await page.getByRole('button', { name: 'Import 2 records' }).click()
    await expect.poll(() => page.getByTestId('import-outcome').textContent()).toContain('2 new')
    const planned = page.getByRole('status').getByRole('link')
    expect(await planned.count()).toBe(1)
    await saveScreenshot(page, 'import-done')
    // Parsing CSV and YAML and planning ran under the CSP without a single violation.
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([])

    const teams = await e2e.stack.db.prisma.team.findMany({ orderBy: { shortName: 'asc' } })
    expect(teams.map((team) => team.shortName)).toEqual(['GLX-CSIRT', 'GLX-SOC'])
    await planned.click()
    await page.getByRole('link', { name: 'Scope' }).click()
    await expect
      .poll(() => page.locator('#scope-heading + .table-wrap tbody tr').count())
      .toBeGreaterThan(1)
    await saveScreenshot(page, 'import-planned-scope')
  })
})

describe('the import preview follows the input given last (#21)', () => {
  const e2e = useBrowserStack()

  it('case 6: pasted JSON after a CSV file is read as JSON, and the old staff CSV no longer applies', async () => {
    const { page } = e2e.browser
    await signIn(page, e2e.stack, 'token')
    await page.getByRole('link', { name: 'Import inventory' }).click()
    await page
      .getByLabel('Inventory file (CSV, JSON or YAML)')
      .setInputFiles(fixture('teams-invalid.csv'))
    await page.getByLabel('Staff CSV (optional)').setInputFiles({
      name: 'staff.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('short-team-name,name,role\nGLX-CSIRT,Grace Hopper,CSIRT manager\n'),
    })
    await page.getByTestId('staff-applied').waitFor()
    expect(await page.getByTestId('inventory-source').textContent()).toContain('teams-invalid.csv')

    const json = JSON.stringify([
      {
        'short-team-name': 'JSN-CSIRT',
        'official-team-name': 'Json Corp CSIRT',
        host: 'Json Corp',
        'country-code': ['DE'],
        imc_id: 'json',
        model: 'internal_centralized',
      },
    ])
    await page.getByLabel('Inventory text').fill(json)
    // The file's preview is gone with the file; the staff CSV of that file is removed, and said so.
    expect(await page.getByTestId('inventory-summary').count()).toBe(0)
    await page.getByTestId('staff-cleared').waitFor()
    expect(await page.getByTestId('staff-applied').count()).toBe(0)
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect
      .poll(() => page.getByRole('heading', { name: /^Preview/ }).textContent())
      .toBe('Preview (JSON)')
    expect(await page.getByTestId('inventory-source').textContent()).toContain('the pasted text')
    expect(await page.getByTestId('inventory-summary').textContent()).toContain(
      '1 of 1 records are valid; 0 errors',
    )
    await page.getByRole('button', { name: 'Import 1 records' }).click()
    await expect.poll(() => page.getByTestId('import-outcome').textContent()).toContain('1 new')
    const team = await e2e.stack.db.prisma.team.findFirstOrThrow({
      where: { shortName: 'JSN-CSIRT' },
    })
    expect(team.shortName).toBe('JSN-CSIRT')
    await saveScreenshot(page, 'import-pasted-json')
  })
})
