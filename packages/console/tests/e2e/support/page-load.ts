/**
 * Measures one cold page load in Chromium through the DevTools protocol (issue #18): every
 * request with its status, content coding, bytes on the wire and decoded bytes; the time until
 * the page is usable; under a network and CPU profile (`Network.emulateNetworkConditions`,
 * `Emulation.setCPUThrottlingRate`) with the browser cache off.
 */
import type { Page } from 'playwright-core'

/** A network and CPU profile. */
export interface LoadProfile {
  name: string
  /** Added round-trip latency, ms (0: none). */
  latencyMs: number
  /** Throughput in kbit/s (0: unlimited). */
  downloadKbps: number
  uploadKbps: number
  /** CPU slowdown factor (1: none). */
  cpuSlowdown: number
}

/** No throttling: the machine's own speed over loopback. */
export const UNTHROTTLED: LoadProfile = {
  name: 'unthrottled',
  latencyMs: 0,
  downloadKbps: 0,
  uploadKbps: 0,
  cpuSlowdown: 1,
}

/**
 * A hotel or field network on a modest laptop: Lighthouse's "slow 4G" numbers (150 ms round
 * trip, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU.
 */
export const HOTEL_NETWORK: LoadProfile = {
  name: 'throttled (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×)',
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
  cpuSlowdown: 4,
}

/** One response of a load. */
export interface LoadedResource {
  /** Path and query of the URL. */
  path: string
  /** DevTools' resource type: Document, Script, Stylesheet, Fetch, … */
  type: string
  status: number
  /** `Content-Encoding` (null: none). */
  encoding: string | null
  /** Bytes on the wire, headers included. */
  transferBytes: number
  /** Bytes after decoding. */
  decodedBytes: number
  /** Why it failed (DevTools' error text), or null. */
  error: string | null
  /** The browser gave up on it itself (e.g. a favicon fetch it no longer needed). */
  canceled: boolean
}

/** The figures of one load. */
export interface PageLoad {
  profile: string
  resources: LoadedResource[]
  requests: number
  transferBytes: number
  scriptTransferBytes: number
  scriptDecodedBytes: number
  /** From navigation start: until the page's main control is there and usable. */
  interactiveMs: number
  domContentLoadedMs: number
  loadMs: number
}

interface Pending extends LoadedResource {
  done: boolean
}

/** Options of {@link measurePageLoad}. */
export interface MeasurePageLoadOptions {
  url: string
  profile: LoadProfile
  /**
   * Runs in the page on every frame: `performance.now()` once its main control is usable, else
   * false (written out by the caller: a function shipped as text would need `eval`, which the
   * console's CSP refuses).
   */
  readyAt: () => number | false
}

/** Loads `url` cold under `profile` and returns its figures once every request has finished. */
export async function measurePageLoad(page: Page, options: MeasurePageLoadOptions) {
  const { profile } = options
  const cdp = await page.context().newCDPSession(page)
  const requests = new Map<string, Pending>()
  let settle: (() => void) | null = null
  const checkSettled = () => {
    if (settle && [...requests.values()].every((request) => request.done)) settle()
  }
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.startsWith('http')) return
    const url = new URL(event.request.url)
    requests.set(event.requestId, {
      path: url.pathname + url.search,
      type: event.type ?? 'Other',
      status: 0,
      encoding: null,
      transferBytes: 0,
      decodedBytes: 0,
      error: null,
      canceled: false,
      done: false,
    })
  })
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId)
    if (!request) return
    request.status = event.response.status
    const headers = Object.entries(event.response.headers)
    request.encoding =
      headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? null
    // An event stream never finishes; it counts once its headers arrived.
    if (event.response.mimeType === 'text/event-stream') request.done = true
  })
  cdp.on('Network.dataReceived', (event) => {
    const request = requests.get(event.requestId)
    if (request) request.decodedBytes += event.dataLength
  })
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId)
    if (!request) return
    request.transferBytes = event.encodedDataLength
    request.done = true
    checkSettled()
  })
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId)
    if (!request) return
    request.error = event.errorText
    request.canceled = event.canceled ?? false
    request.done = true
    checkSettled()
  })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadKbps > 0 ? (profile.downloadKbps * 1000) / 8 : -1,
    uploadThroughput: profile.uploadKbps > 0 ? (profile.uploadKbps * 1000) / 8 : -1,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
  try {
    await page.goto(options.url, { waitUntil: 'domcontentloaded', timeout: 60_000 })
    // Checked on every frame: the time is the first frame in which the page was usable.
    const interactive = await page.waitForFunction(options.readyAt, undefined, {
      polling: 'raf',
      timeout: 60_000,
    })
    const interactiveMs = Number(await interactive.jsonValue())
    await new Promise<void>((resolve) => {
      settle = resolve
      checkSettled()
    })
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[]
      return {
        domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? 0,
        loadMs: navigation?.loadEventEnd ?? 0,
      }
    })
    const resources: LoadedResource[] = [...requests.values()].map(({ done: _, ...rest }) => rest)
    const scripts = resources.filter((resource) => resource.type === 'Script')
    const sum = (list: LoadedResource[], key: 'transferBytes' | 'decodedBytes') =>
      list.reduce((total, resource) => total + resource[key], 0)
    return {
      profile: profile.name,
      resources,
      requests: resources.length,
      transferBytes: sum(resources, 'transferBytes'),
      scriptTransferBytes: sum(scripts, 'transferBytes'),
      scriptDecodedBytes: sum(scripts, 'decodedBytes'),
      interactiveMs: Math.round(interactiveMs),
      domContentLoadedMs: Math.round(timing.domContentLoadedMs),
      loadMs: Math.round(timing.loadMs),
    } satisfies PageLoad
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await cdp.detach()
  }
}
