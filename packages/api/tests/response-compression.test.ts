/**
 * Compressed answers (issue #18): GraphQL JSON above the threshold in Brotli or gzip as the
 * client accepts, byte for byte the same once decompressed, small answers left alone, `Vary` on
 * every compressible answer; the streamed export compressed as it streams; Server-Sent Events
 * never compressed and still delivered; and the Node server sends the coded body whole.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createSchema, createYoga } from 'graphql-yoga'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { negotiateContentCoding } from '../src/http/content-coding.js'
import { COMPRESSION_MIN_BYTES, useResponseCompression } from '../src/http/response-compression.js'
import {
  createPlannedEngagement,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'

const METHOD = `{ method { name description drivers { id code number shortName weight
  question { text source provenance } prompts { text source provenance } }
  activities { id code name phase provenance } bands { band label meaning min max } } }`
const ADD = `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`
const SUBSCRIPTION = `subscription ($id: ID!) { engagementChanged(id: $id) { engagementId operation } }`

/** Decompresses a body by its `Content-Encoding`. */
function decode(body: Buffer, coding: string | null): Buffer {
  if (coding === 'br') return brotliDecompressSync(body)
  if (coding === 'gzip') return gunzipSync(body)
  return body
}

describe('negotiating the content coding', () => {
  it.each([
    [null, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['deflate, zstd', null],
    ['br;q=0, gzip;q=0', null],
  ])('Accept-Encoding %j → %j', (header, expected) => {
    expect(negotiateContentCoding(header)).toBe(expected)
  })

  it('chooses only among the copies a file has', () => {
    expect(negotiateContentCoding('br, gzip', ['gzip'])).toBe('gzip')
    expect(negotiateContentCoding('br', ['gzip'])).toBeNull()
  })
})

describe('compressed API answers', () => {
  let suite: MutationSuite

  beforeAll(async () => {
    suite = await setupMutationSuite('sqlite')
  })
  afterAll(() => suite?.db.close())

  const graphql = (query: string, headers: Record<string, string> = {}) =>
    suite.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${suite.demo.leadToken}`,
        ...headers,
      },
      body: JSON.stringify({ query }),
    })

  it('compresses a large GraphQL answer in the coding the client prefers', async () => {
    const plain = await graphql(METHOD)
    const identity = Buffer.from(await plain.arrayBuffer())
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    expect(identity.byteLength).toBeGreaterThan(4 * COMPRESSION_MIN_BYTES)
    expect(JSON.parse(identity.toString('utf8')).data.method.drivers.length).toBeGreaterThan(0)

    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=1', 'gzip'],
    ] as const) {
      const response = await graphql(METHOD, { 'accept-encoding': accept })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-encoding')).toBe(coding)
      expect(response.headers.get('vary')).toContain('Accept-Encoding')
      expect(response.headers.get('content-type')).toMatch(
        /^application\/(graphql-response\+)?json/,
      )
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = Buffer.from(await response.arrayBuffer())
      expect(Number(response.headers.get('content-length'))).toBe(body.byteLength)
      expect(body.byteLength).toBeLessThan(identity.byteLength / 3)
      expect(decode(body, coding).equals(identity)).toBe(true)
    }
  })

  it('leaves small answers and clients that accept no coding alone', async () => {
    const small = await graphql('{ viewer { authenticated } }', { 'accept-encoding': 'br, gzip' })
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(small.headers.get('vary')).toContain('Accept-Encoding')
    expect(await small.json()).toEqual({ data: { viewer: { authenticated: true } } })
    const refused = await graphql(METHOD, { 'accept-encoding': 'br;q=0, gzip;q=0' })
    expect(refused.headers.get('content-encoding')).toBeNull()
    expect((await refused.json()).data.method.drivers.length).toBeGreaterThan(0)
  })

  it('compresses the streamed export as it streams, the same rows once decoded', async () => {
    const exportOf = (headers: Record<string, string>) =>
      suite.yoga.fetch('http://yoga/exports/engagements.ndjson', {
        headers: { authorization: `Bearer ${suite.demo.leadToken}`, ...headers },
      })
    const plain = Buffer.from(await (await exportOf({})).arrayBuffer())
    expect(plain.toString('utf8').trim().split('\n').length).toBeGreaterThan(1)
    const response = await exportOf({ 'accept-encoding': 'gzip' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('content-length')).toBeNull()
    expect(response.headers.get('content-disposition')).toContain('attachment')
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).equals(plain)).toBe(true)
  })

  it('never compresses Server-Sent Events, which still arrive as they happen', async () => {
    const { id } = await createPlannedEngagement(suite, 'Compressed IMC')
    const response = await suite.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'accept-encoding': 'br, gzip',
        'content-type': 'application/json',
        authorization: `Bearer ${suite.demo.leadToken}`,
      },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id } }),
    })
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    // Yoga marks event streams `Content-Encoding: none` so proxies leave them alone too.
    expect(response.headers.get('content-encoding') ?? 'none').toBe('none')
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const decoder = new TextDecoder()
    let text = ''
    // The server subscribes once the stream is read; the bus says when it listens.
    const firstEvent = (async () => {
      while (!text.includes('engagementChanged')) {
        const { done, value } = await reader.read()
        if (done) break
        text += decoder.decode(value, { stream: true })
      }
      return text
    })()
    await suite.bus.waitForListeners('engagementChanged', id)
    await suite.run(ADD, { input: { engagementId: id, activityId: 'PRA4', text: 'Badges' } })
    expect(await firstEvent).toContain('"operation":"checklist.add"')
    await reader.cancel()
  })

  it('sends the coded body whole over HTTP (Node adapter), decoded by the client', async () => {
    const identity = Buffer.from(await (await graphql(METHOD)).arrayBuffer())
    const server = createServer(suite.yoga)
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const { port } = server.address() as AddressInfo
      for (const coding of ['br', 'gzip']) {
        // Node's fetch decodes br and gzip itself, as a browser does.
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'accept-encoding': coding,
            authorization: `Bearer ${suite.demo.leadToken}`,
          },
          body: JSON.stringify({ query: METHOD }),
        })
        expect(response.headers.get('content-encoding')).toBe(coding)
        expect(Number(response.headers.get('content-length'))).toBeLessThan(identity.byteLength)
        expect(Buffer.from(await response.arrayBuffer()).equals(identity)).toBe(true)
      }
    } finally {
      await new Promise((done) => server.close(done))
    }
  })
})

describe('the compression plugin on its own', () => {
  it('keeps every header of the answer, each cookie separate', async () => {
    const text = JSON.stringify({
      rows: Array.from({ length: 200 }, (_, i) => ({ i, name: `row ${i}` })),
    })
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
      plugins: [
        {
          onRequest({ url, endResponse, fetchAPI }) {
            if (url.pathname !== '/rows') return
            const response = new fetchAPI.Response(text, {
              headers: { 'Content-Type': 'application/json', 'X-Rows': '200' },
            })
            response.headers.append('set-cookie', 'a=1; Path=/; HttpOnly')
            response.headers.append('set-cookie', 'b=2; Path=/; HttpOnly')
            endResponse(response)
          },
        },
        useResponseCompression(),
      ],
    })
    const response = await yoga.fetch('http://yoga/rows', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-rows')).toBe('200')
    expect(response.headers.getSetCookie()).toEqual([
      'a=1; Path=/; HttpOnly',
      'b=2; Path=/; HttpOnly',
    ])
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).toBe(text)
  })
})
