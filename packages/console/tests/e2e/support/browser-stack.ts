/**
 * The fixture every end-to-end file needs: the API serving the built console (`startStack`) and a
 * Chromium page, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest'
import { type Browser, openBrowser } from './browser'
import { type Stack, startStack } from './stack'

/** Filled in by `beforeAll`; read it inside tests and hooks, not at module load. */
export interface BrowserStack {
  stack: Stack
  browser: Browser
}

/** Registers the hooks that start and close the stack and the browser of this test file. */
export function useBrowserStack(): BrowserStack {
  const fixture = {} as BrowserStack
  beforeAll(async () => {
    fixture.stack = await startStack()
    fixture.browser = await openBrowser()
  })
  afterAll(async () => {
    await fixture.browser?.close()
    await fixture.stack?.close()
  })
  return fixture
}
