/**
 * Serves the built console (`packages/console/dist`) from the API's origin, so cookie sessions
 * stay same-site, with the security headers a page needs: a strict Content-Security-Policy (scripts
 * and connections to this origin only, no framing), no sniffing, no referrer, isolation, and HSTS
 * when cookies are HTTPS-only. Unknown paths without a file extension get `index.html` (the
 * console's router decides). A file the build precompressed (`<file>.br`, `<file>.gz`, see the
 * console's `vite-precompress.ts`) is sent as it is to clients that accept that coding.
 *
 * @packageDocumentation
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Plugin } from 'graphql-yoga'
import {
  CONTENT_CODINGS,
  type ContentCoding,
  isCompressibleType,
  negotiateContentCoding,
} from '../http/content-coding.js'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** The Content-Security-Policy of the console's pages. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Vue transitions and ECharts set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers of every console page and asset. */
export function consolePageHeaders(options: { hsts: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': CONSOLE_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  }
  if (options.hsts) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains'
  return headers
}

/** Options of {@link useConsolePages}. */
export interface ConsolePagesOptions {
  /** The console's `dist/` folder. */
  dir: string
  /** Paths left to the API (`/graphql`, `/healthz`). */
  reserved: string[]
  hsts: boolean
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  )
}

/** The file extension of each precompressed copy. */
const PRECOMPRESSED_SUFFIX: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' }

/** The codings a file has a precompressed copy in. */
async function precompressedCodings(file: string): Promise<ContentCoding[]> {
  const found = await Promise.all(
    CONTENT_CODINGS.map(async (coding) =>
      (await isFile(file + PRECOMPRESSED_SUFFIX[coding])) ? coding : null,
    ),
  )
  return found.filter((coding) => coding !== null)
}

/** Serves the console's files on GET/HEAD for every path the API does not own. */
export function useConsolePages(options: ConsolePagesOptions): Plugin {
  const root = resolve(options.dir)
  const headers = Object.freeze(consolePageHeaders({ hsts: options.hsts }))
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      if (options.reserved.some((path) => url.pathname === path)) return
      let relative: string
      try {
        relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '')
      } catch {
        return
      }
      let file = join(root, relative)
      // Never outside the folder (`..` segments, encoded or not).
      if (file !== root && !file.startsWith(`${root}${sep}`)) return
      if (!(await isFile(file))) {
        if (extname(relative)) {
          // A fresh object each time: the Response may write into its init headers (its own
          // content-length), which must not leak into every later response.
          endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { ...headers } }))
          return
        }
        file = join(root, 'index.html')
        if (!(await isFile(file))) return
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      const compressible = isCompressibleType(type)
      const coding = compressible
        ? negotiateContentCoding(
            request.headers.get('accept-encoding'),
            await precompressedCodings(file),
          )
        : null
      const body = await readFile(coding ? file + PRECOMPRESSED_SUFFIX[coding] : file)
      // Hashed assets can be cached for good; index.html must always be revalidated.
      const cache = file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache'
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          headers: {
            ...headers,
            'content-type': type,
            'cache-control': cache,
            ...(compressible ? { vary: 'Accept-Encoding' } : {}),
            ...(coding ? { 'content-encoding': coding } : {}),
          },
        }),
      )
    },
  }
}
