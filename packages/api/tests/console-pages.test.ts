/**
 * The built console served by `createApi({ consoleDir })`, without building it: a temporary folder
 * with index.html and a large hashed asset. Whole bodies (no truncation), content types, the pages'
 * security headers, the SPA fallback for deep links, and `/graphql` and `/healthz` left alone.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { CONSOLE_CSP } from '../src/security/console-pages.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase } from './support/database.js'

const INDEX = `<!doctype html><html lang="en"><head><title>IMMD</title>
<script type="module" src="/assets/index-abc123.js"></script></head><body><div id="app"></div></body></html>`

describe('console pages', () => {
  let db: ApiDatabase
  let dir: string
  let asset: Buffer
  let api: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
    dir = await mkdtemp(join(tmpdir(), 'immd-console-pages-'))
    await mkdir(join(dir, 'assets'))
    // > 100 KB of JavaScript-safe text with multi-byte characters, so bytes ≠ characters.
    asset = Buffer.from(`const data = "${randomBytes(90_000).toString('hex')}é€";\n`, 'utf8')
    expect(asset.byteLength).toBeGreaterThan(100_000)
    await writeFile(join(dir, 'index.html'), INDEX)
    await writeFile(join(dir, 'assets', 'index-abc123.js'), asset)
    api = createApi({ db, consoleDir: dir, security: { production: true } })
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    await db?.close()
  })

  const pageHeaders = {
    'content-security-policy': CONSOLE_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
  }

  it('serves index.html whole, and for deep links', async () => {
    // A 404 first (a browser asks for /favicon.ico): it must not shape later responses.
    expect((await api.fetch('http://yoga/favicon.ico')).status).toBe(404)
    for (const path of ['/', '/index.html', '/engagements/123', '/engagements/123/worksheet']) {
      const response = await api.fetch(`http://yoga${path}`)
      expect(response.status).toBe(200)
      const body = Buffer.from(await response.arrayBuffer())
      expect(body.toString('utf8')).toBe(INDEX)
      expect(Number(response.headers.get('content-length') ?? body.byteLength)).toBe(
        Buffer.byteLength(INDEX),
      )
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(Object.fromEntries(response.headers)).toMatchObject(pageHeaders)
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
    }
  })

  it('serves a large asset byte for byte', async () => {
    const response = await api.fetch('http://yoga/assets/index-abc123.js')
    expect(response.status).toBe(200)
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.byteLength).toBe(asset.byteLength)
    expect(body.equals(asset)).toBe(true)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(Object.fromEntries(response.headers)).toMatchObject(pageHeaders)
    const head = await api.fetch('http://yoga/assets/index-abc123.js', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect((await head.arrayBuffer()).byteLength).toBe(0)
    expect((await api.fetch('http://yoga/assets/missing.js')).status).toBe(404)
  })

  it('sends whole bodies over HTTP after a 404', async () => {
    const server = createServer(api)
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const { port } = server.address() as AddressInfo
      expect((await fetch(`http://127.0.0.1:${port}/missing.png`)).status).toBe(404)
      for (const [path, expected] of [
        ['/', Buffer.from(INDEX)],
        ['/engagements/123', Buffer.from(INDEX)],
        ['/assets/index-abc123.js', asset],
      ] as const) {
        // Identity: Node's fetch asks for gzip, and the lengths checked here are the files' own
        // (compressed answers are covered by console-compression.test.ts).
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
          headers: { 'accept-encoding': 'identity' },
        })
        expect(response.headers.get('content-length')).toBe(String(expected.byteLength))
        expect(Buffer.from(await response.arrayBuffer()).equals(expected)).toBe(true)
      }
    } finally {
      await new Promise((done) => server.close(done))
    }
  })

  it('leaves /graphql and /healthz to the API', async () => {
    const graphql = await api.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { authenticated } }' }),
    })
    expect(graphql.status).toBe(200)
    expect(await graphql.json()).toEqual({ data: { viewer: { authenticated: false } } })
    expect(graphql.headers.get('content-type')).toContain('application/')
    expect(graphql.headers.get('cache-control')).toBe('no-store')
    expect(graphql.headers.get('content-security-policy')).toBeNull()
    const health = await api.fetch('http://yoga/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' })
  })
})
