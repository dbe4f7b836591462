/**
 * Readiness signals of a console page for the end-to-end tests, instead of fixed sleeps: the
 * page's GraphQL queries over HTTP have all answered (the subscription stream, which stays open,
 * is not one of them) while no loading text is shown, and charts have had their frames to draw.
 */
import type { Page, Request } from 'playwright-core'

/** A GraphQL query or mutation over HTTP; the SSE subscription stream is left out. */
function isGraphqlRequest(request: Request): boolean {
  const { pathname } = new URL(request.url())
  return (
    pathname.endsWith('/graphql') && !(request.headers().accept ?? '').includes('text/event-stream')
  )
}

/** Watches a page's GraphQL requests from now on; `stop` removes the listeners. */
export function watchGraphqlRequests(page: Page): { pending(): number; stop(): void } {
  const open = new Set<Request>()
  const started = (request: Request) => {
    if (isGraphqlRequest(request)) open.add(request)
  }
  const ended = (request: Request) => {
    open.delete(request)
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  return {
    pending: () => open.size,
    stop() {
      page.off('request', started)
      page.off('requestfinished', ended)
      page.off('requestfailed', ended)
    },
  }
}

/**
 * Waits until the page's sections have loaded: no GraphQL request open and none of
 * `loadingTexts` in `main`. A section whose query starts after another's answer shows its loading
 * text from its first render, so both conditions hold only once the last one has answered.
 */
export async function waitForSections(
  page: Page,
  requests: { pending(): number },
  loadingTexts: readonly string[],
): Promise<void> {
  const settled = async () =>
    requests.pending() === 0 &&
    (await page.evaluate(
      (texts) => !texts.some((text) => document.querySelector('main')?.textContent?.includes(text)),
      loadingTexts,
    ))
  const deadline = Date.now() + 15_000
  while (!(await settled())) {
    if (Date.now() > deadline) throw new Error(`${page.url()} did not finish loading`)
    await nextFrames(page)
  }
}

/** Waits for the page to render two frames (charts size themselves a frame after layout). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  )
}
