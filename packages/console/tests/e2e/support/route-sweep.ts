/**
 * What the route sweep checks on every page: axe-core (every impact), console errors, and at phone
 * width that nothing scrolls sideways. Each check returns findings instead of throwing, so one run
 * lists every problem of every route and language.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { ConsoleMessage, Page } from 'playwright-core'
import { nextFrames } from './page-ready'

const require = createRequire(import.meta.url)

/** One problem found on one page. */
export interface Finding {
  page: string
  kind: 'axe' | 'console' | 'overflow' | 'load'
  detail: string
}

/** The axe-core source, read once per file (it is injected into each page it checks). */
export async function readAxeSource(): Promise<string> {
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
}

/** Runs axe-core on the page and returns every violation, whatever its impact. */
export async function checkAccessibility(
  page: Page,
  axeSource: string,
  label: string,
): Promise<Finding[]> {
  // Evaluated through the DevTools protocol, so the console's Content-Security-Policy (no inline
  // scripts) does not block it.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[]
    }
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
      count: violation.nodes.length,
    }))
  })
  return violations.map((violation) => ({
    page: label,
    kind: 'axe',
    detail: `${violation.id} (${violation.impact}, ${violation.count}×): ${violation.targets.join(' ')}`,
  }))
}

/** True when the page scrolls sideways (wider content than the viewport). */
export async function checkOverflow(page: Page, label: string): Promise<Finding[]> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // Where the overflow starts: elements past the right edge whose parent is not, outside any
    // scroll container (what a scroll container holds does not widen the page).
    culprits: [...document.querySelectorAll('body *')]
      .filter((element) => {
        const limit = window.innerWidth + 0.5
        if (element.getBoundingClientRect().right <= limit) return false
        const parent = element.parentElement
        if (parent && parent !== document.body && parent.getBoundingClientRect().right > limit)
          return false
        for (let up = parent; up && up !== document.body; up = up.parentElement) {
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return false
        }
        return true
      })
      .slice(0, 4)
      .map((element) => {
        const classes = typeof element.className === 'string' ? element.className.trim() : ''
        const name = `${element.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`
        const parent = element.parentElement
        const parentClasses =
          parent && typeof parent.className === 'string' ? parent.className.trim() : ''
        return `${parent?.tagName.toLowerCase() ?? ''}${parentClasses ? `.${parentClasses.split(/\s+/).join('.')}` : ''} > ${name} "${(element.textContent ?? '').trim().slice(0, 30)}"`
      }),
  }))
  if (widths.scroll <= widths.inner) return []
  return [
    {
      page: label,
      kind: 'overflow',
      detail: `${widths.scroll}px wide at ${widths.inner}px: ${widths.culprits.join(', ')}`,
    },
  ]
}

/** Collects console errors and uncaught exceptions of a page until `take` is called. */
export function collectConsoleErrors(page: Page) {
  let errors: string[] = []
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      errors.push(`${message.text()} ${message.location().url ?? ''}`.trim())
    }
  }
  const onPageError = (error: Error) => errors.push(`uncaught: ${error.message}`)
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  return {
    take(label: string): Finding[] {
      const found = errors.map((detail) => ({ page: label, kind: 'console' as const, detail }))
      errors = []
      return found
    },
    stop() {
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
    },
  }
}

/**
 * Waits until the page has its heading and no loading text left, then for charts to draw (they
 * size themselves a frame after layout).
 */
export async function settle(page: Page, loadingTexts: readonly string[]): Promise<void> {
  await page.locator('main h1').first().waitFor()
  await page.waitForFunction(
    (texts) => !texts.some((text) => document.querySelector('main')?.textContent?.includes(text)),
    loadingTexts,
    { timeout: 15_000 },
  )
  await nextFrames(page)
}
