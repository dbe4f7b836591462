/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download needs the
 * internet). Fails with a clear message when Chromium is not installed.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

export const CHROMIUM = process.env.IMMD_CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Where screenshots go: `packages/console/test-results/`. */
export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url))

/** An open browser with a fresh profile. */
export interface Browser {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** Launches Chromium with a fresh user-data-dir and one page of the given size and language. */
export async function openBrowser(
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The end-to-end tests drive Debian's chromium: ` +
        'install it with `apt-get install -y chromium` (or point IMMD_CHROMIUM at a Chromium binary).',
    )
  }
  const profile = await mkdtemp(join(tmpdir(), 'immd-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    // The browser's language (`navigator.languages`) picks the console's language on anonymous
    // pages: English unless a test asks for another, whatever the host's LANG.
    locale: options.locale ?? 'en-US',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return {
    context,
    page,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Saves a full-page screenshot as `test-results/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true })
  const path = join(RESULTS_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
