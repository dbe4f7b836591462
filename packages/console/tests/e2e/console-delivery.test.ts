/**
 * Console delivery (issue #18), measured in Chromium on the built console served by the API as
 * in production: cold loads of the sign-in page and of the demo's portfolio, unthrottled and on
 * a throttled "hotel network" profile, with requests, bytes on the wire, JavaScript bytes and the
 * time until the page is usable. Asserts the budget (≤ 150 kB of compressed JavaScript before the
 * page is usable), that ECharts is not loaded on either page, that every script, style and page
 * came compressed, that no request failed, and that GraphQL documents live only in the chunks of
 * the code that uses them (issue #19). Figures go to `test-results/console-delivery.json`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedDatabase } from '@immd/db/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser, RESULTS_DIR } from './support/browser'
import { DEMO_PASSWORD } from './support/flows'
import { HOTEL_NETWORK, measurePageLoad, type PageLoad, UNTHROTTLED } from './support/page-load'
import { type Stack, startStack } from './support/stack'

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url))
const APP_SOURCE = fileURLToPath(new URL('../../src/App.vue', import.meta.url))
/** Compressed JavaScript a page may load before it is usable (decimal kB). */
const BUDGET_BYTES = 150_000
/** The chunks of ECharts and of the component that draws with it. */
const CHART_CHUNK = /^\/assets\/(charts|ChartCanvas)-[\w-]+\.js$/

/** The size of a dist file and of its precompressed copies (the file itself when it has none). */
function sizesOf(path: string) {
  const file = join(DIST, path)
  const size = (name: string) => {
    try {
      return statSync(name).size
    } catch {
      return statSync(file).size
    }
  }
  return { raw: statSync(file).size, br: size(`${file}.br`), gzip: size(`${file}.gz`) }
}

/** Names of the operations a chunk holds as documents. */
function operationsIn(code: string): string[] {
  const found = code.matchAll(
    /operation:"(?:query|mutation|subscription)",name:\{kind:"Name",value:"(\w+)"/g,
  )
  return [...found].map((match) => match[1] ?? '').sort()
}

/** Checks one load against the budget and returns its row for the report. */
function checkLoad(name: string, load: PageLoad) {
  // The browser fetches the favicon itself: DevTools sees it start and end, not its status
  // (status 0, no error); the test asks for it from the page instead.
  const failed = load.resources.filter(
    (resource) => resource.status >= 400 || (resource.error !== null && !resource.canceled),
  )
  expect(failed, `${name}: failed requests`).toEqual([])
  const scripts = load.resources.filter((resource) => resource.type === 'Script')
  expect(
    scripts.filter((script) => CHART_CHUNK.test(script.path)),
    `${name}: ECharts loaded`,
  ).toEqual([])
  for (const script of scripts) {
    expect(readFileSync(join(DIST, script.path), 'utf8'), script.path).not.toMatch(/echarts/i)
  }
  const compressible = load.resources.filter(
    (resource) =>
      ['Document', 'Script', 'Stylesheet'].includes(resource.type) && resource.decodedBytes >= 1024,
  )
  for (const resource of compressible) {
    expect(['br', 'gzip'], `${name}: ${resource.path} not compressed`).toContain(resource.encoding)
  }
  const files = scripts.map((script) => sizesOf(script.path))
  const total = (key: 'raw' | 'br' | 'gzip') => files.reduce((sum, file) => sum + file[key], 0)
  const row = {
    page: name,
    profile: load.profile,
    requests: load.requests,
    transferBytes: load.transferBytes,
    scripts: scripts.length,
    scriptTransferBytes: load.scriptTransferBytes,
    scriptBytes: total('raw'),
    scriptBrotliBytes: total('br'),
    scriptGzipBytes: total('gzip'),
    interactiveMs: load.interactiveMs,
    domContentLoadedMs: load.domContentLoadedMs,
    loadMs: load.loadMs,
    encodings: [...new Set(compressible.map((resource) => resource.encoding))],
  }
  expect(row.scriptBrotliBytes, `${name}: Brotli JavaScript`).toBeLessThanOrEqual(BUDGET_BYTES)
  expect(row.scriptGzipBytes, `${name}: gzip JavaScript`).toBeLessThanOrEqual(BUDGET_BYTES)
  expect(row.scriptTransferBytes, `${name}: JavaScript on the wire`).toBeLessThanOrEqual(
    BUDGET_BYTES,
  )
  return row
}

describe('console delivery', () => {
  let stack: Stack
  let browser: Browser

  beforeAll(async () => {
    stack = await startStack()
    await seedDatabase(stack.db)
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await stack?.close()
  })

  it('keeps GraphQL documents in the chunks that use them, never as text', () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8')
    const entry = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"/.exec(index)
    expect(entry, 'entry script in index.html').not.toBeNull()
    const entryCode = readFileSync(join(DIST, entry?.[1] ?? ''), 'utf8')
    // The entry holds the documents of App.vue, the only component in it that declares any.
    const declared = [
      ...readFileSync(APP_SOURCE, 'utf8').matchAll(
        /graphql\(`\s*(?:query|mutation|subscription) (\w+)/g,
      ),
    ].map((match) => match[1] ?? '')
    expect(operationsIn(entryCode)).toEqual(declared.sort())
    const scripts = readdirSync(join(DIST, 'assets')).filter((name) => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(20)
    for (const file of scripts) {
      const code = readFileSync(join(DIST, 'assets', file), 'utf8')
      // No document's source text: each ships once, as the parsed document.
      expect(code, file).not.toMatch(
        /(?:\\n|\n)\s*(?:query|mutation|subscription|fragment) [A-Z]\w* /,
      )
    }
  })

  it('loads the sign-in and portfolio pages within the budget, without charts', async () => {
    const { page } = browser
    const rows = []
    for (const profile of [UNTHROTTLED, HOTEL_NETWORK]) {
      const load = await measurePageLoad(page, {
        url: `${stack.baseUrl}/sign-in`,
        profile,
        readyAt: () =>
          document.querySelector('#sign-in-email') &&
          document.querySelector('form button[type="submit"]')
            ? performance.now()
            : false,
      })
      rows.push(checkLoad('sign-in', load))
    }
    await page.getByLabel('E-mail').fill('lead@example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    // One organization: signing in lands on its portfolio.
    await page.getByRole('heading', { level: 1, name: 'Portfolio · ACME Corp' }).waitFor()
    const portfolio = page.url()
    for (const profile of [UNTHROTTLED, HOTEL_NETWORK]) {
      const load = await measurePageLoad(page, {
        url: portfolio,
        profile,
        readyAt: () =>
          document.querySelector('main table tbody tr a[href^="/engagements/"]')
            ? performance.now()
            : false,
      })
      rows.push(checkLoad('portfolio', load))
      const graphql = load.resources.filter((resource) => resource.path === '/graphql')
      expect(graphql.length, 'portfolio queries').toBeGreaterThan(0)
    }
    // Issue #19: the browser's favicon request finds one.
    expect(await page.evaluate(async () => (await fetch('/favicon.ico')).status)).toBe(200)
    await mkdir(RESULTS_DIR, { recursive: true })
    await writeFile(
      join(RESULTS_DIR, 'console-delivery.json'),
      `${JSON.stringify(rows, null, 2)}\n`,
    )
    console.table(rows)
  })
})
