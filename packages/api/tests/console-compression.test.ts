/**
 * The console's precompressed files (issue #18): a built console has `<file>.br` and `<file>.gz`
 * next to each script, style and index.html (the console's `vite-precompress.ts`); the API sends
 * the copy the client accepts, as it is, with `Vary: Accept-Encoding`, long caching for hashed
 * assets and revalidation for index.html. A temporary folder stands in for `dist/`, its copies
 * made here with zlib at the build's levels.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  gunzipSync,
  gzipSync,
} from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase } from './support/database.js'

const SCRIPT = 'assets/index-abc123.js'

/** JavaScript-like text that compresses (repeated identifiers) with some entropy. */
function scriptText(): string {
  const lines = Array.from(
    { length: 2000 },
    (_, i) => `export const value${i} = "${randomBytes(4).toString('hex')}"; // é€`,
  )
  return `${lines.join('\n')}\n`
}

describe('precompressed console files', () => {
  let db: ApiDatabase
  let dir: string
  let index: Buffer
  let script: Buffer
  let manifest: Buffer
  let api: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
    dir = await mkdtemp(join(tmpdir(), 'immd-console-compression-'))
    await mkdir(join(dir, 'assets'))
    index = Buffer.from(
      `<!doctype html><html lang="en"><head><title>IMMD</title>${'<link rel="modulepreload" href="/assets/chunk.js">'.repeat(40)}<script type="module" src="/${SCRIPT}"></script></head><body><div id="app"></div></body></html>`,
    )
    script = Buffer.from(scriptText())
    // Not precompressed: the build leaves some files alone; they are compressed per request.
    manifest = Buffer.from(
      JSON.stringify({ icons: Array.from({ length: 60 }, (_, i) => ({ src: `/icon-${i}.png` })) }),
    )
    expect(manifest.byteLength).toBeGreaterThan(1024)
    for (const [name, body] of [
      ['index.html', index],
      [SCRIPT, script],
    ] as const) {
      await writeFile(join(dir, name), body)
      await writeFile(
        join(dir, `${name}.br`),
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      )
      await writeFile(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }))
    }
    await writeFile(join(dir, 'manifest.json'), manifest)
    api = createApi({ db, consoleDir: dir, security: { production: true } })
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    await db?.close()
  })

  const get = (path: string, acceptEncoding?: string, method = 'GET') =>
    api.fetch(`http://yoga${path}`, {
      method,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    })

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['deflate', null],
    [undefined, null],
  ])('sends the script and index.html for Accept-Encoding %j as %j', async (accept, coding) => {
    for (const [path, original, cache] of [
      [`/${SCRIPT}`, script, 'public, max-age=31536000, immutable'],
      ['/', index, 'no-cache'],
      ['/engagements/123/worksheet', index, 'no-cache'],
    ] as const) {
      const response = await get(path, accept)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-encoding')).toBe(coding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      expect(response.headers.get('cache-control')).toBe(cache)
      const body = Buffer.from(await response.arrayBuffer())
      if (coding) expect(body.byteLength).toBeLessThan(original.byteLength / 2)
      const decoded =
        coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body
      expect(decoded.equals(original)).toBe(true)
    }
  })

  it('answers HEAD with the headers of the copy it would send', async () => {
    const head = await get(`/${SCRIPT}`, 'br', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-encoding')).toBe('br')
    expect(head.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await head.arrayBuffer()).byteLength).toBe(0)
  })

  it('compresses a file without a precompressed copy per request', async () => {
    const response = await get('/manifest.json', 'gzip')
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).equals(manifest)).toBe(true)
  })

  it('never serves a compressed copy by its own name as a page', async () => {
    const response = await get(`/${SCRIPT}.br`)
    // The copy is a file of the folder: it is sent as bytes, never as JavaScript.
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-encoding')).toBeNull()
  })
})
