import { describe, expect, it } from 'vitest'
import { createClient } from '../src/client.js'
import { ImmdAuthError, ImmdHttpError, ImmdNetworkError } from '../src/errors.js'
import { collect } from '../src/paginate.js'
import {
  downloadPortfolio,
  exportPortfolio,
  type PortfolioExportRow,
  portfolioExportQuery,
} from '../src/portfolio-export.js'

const row = (n: number): PortfolioExportRow => ({
  id: `RW5nYWdlbWVudDo${n}`,
  title: `Engagement ${n}, "quoted"\nwith a line break`,
  imcId: null,
  state: 'SCORED',
  methodVersion: 'immd-1.0',
  successThreshold: 'HIGH',
  latestTotal: 61.25,
  latestBand: 'HIGH',
  latestScoredDrivers: 9,
  latestMethodDrivers: 10,
  plannedStart: null,
  plannedEnd: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  organization: { id: 'T3JnOjE=', slug: 'acme', name: 'ACME' },
  team: n % 2 ? null : { id: 'VGVhbTox', shortName: 'ACME-CSIRT', officialName: null },
})

/** A streamed body whose chunks split lines (and a multi-byte character) anywhere. */
function chunkedBody(text: string, size: number, pulled: { count: number }) {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.count += 1
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(offset, offset + size))
      offset += size
    },
  })
}

function recordingFetch(respond: () => Response) {
  const calls: { url: string; headers: Headers; method: string }[] = []
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(input),
      headers: new Headers(init?.headers),
      method: init?.method ?? 'GET',
    })
    return respond()
  }) as typeof globalThis.fetch
  return { fetch, calls }
}

describe('exportPortfolio', () => {
  it('streams NDJSON rows from the export endpoint with the filter, order and token', async () => {
    const rows = [row(1), row(2), { ...row(3), title: 'Ünïcödé title' }]
    const text = rows.map((r) => `${JSON.stringify(r)}\n`).join('')
    const pulled = { count: 0 }
    const { fetch, calls } = recordingFetch(
      () => new Response(chunkedBody(text, 7, pulled), { status: 200 }),
    )
    const client = createClient({ url: 'https://immd.example/api/graphql', token: 't0k', fetch })
    const result = await collect(
      exportPortfolio(client, {
        filter: { state: ['SCORED', 'CLOSED'], band: ['HIGH'], search: 'acme' },
        orderBy: { field: 'TOTAL', direction: 'ASC' },
      }),
    )
    expect(result).toEqual(rows)
    const url = new URL(calls[0]?.url ?? '')
    expect(url.pathname).toBe('/api/exports/engagements.ndjson')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      state: 'SCORED,CLOSED',
      band: 'HIGH',
      search: 'acme',
      orderBy: 'TOTAL',
      direction: 'ASC',
    })
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer t0k')
    expect(calls[0]?.method).toBe('GET')
  })

  it('stops reading when the consumer breaks out of the loop', async () => {
    const text = Array.from({ length: 50 }, (_, n) => `${JSON.stringify(row(n))}\n`).join('')
    const pulled = { count: 0 }
    const { fetch } = recordingFetch(() => new Response(chunkedBody(text, 64, pulled)))
    const client = createClient({ url: 'http://api/graphql', token: 't', fetch })
    for await (const first of exportPortfolio(client)) {
      expect(first.id).toBe(row(0).id)
      break
    }
    expect(pulled.count).toBeLessThan(text.length / 64)
  })

  it('throws the typed errors: rejected token, bad parameter, unreachable API', async () => {
    const refused = createClient({
      url: 'http://api/graphql',
      token: 'wrong',
      fetch: recordingFetch(() =>
        Response.json(
          { code: 'UNAUTHENTICATED', error: 'Not authenticated. The token is unknown.' },
          { status: 401 },
        ),
      ).fetch,
    })
    const auth = await collect(exportPortfolio(refused)).catch((error: unknown) => error)
    expect(auth).toBeInstanceOf(ImmdAuthError)
    expect((auth as ImmdAuthError).message).toContain('The token is unknown.')
    const bad = createClient({
      url: 'http://api/graphql',
      token: 't',
      fetch: recordingFetch(() =>
        Response.json(
          { code: 'BAD_REQUEST', error: 'orderBy must be one of …', parameter: 'orderBy' },
          { status: 400 },
        ),
      ).fetch,
    })
    const http = await collect(exportPortfolio(bad)).catch((error: unknown) => error)
    expect(http).toBeInstanceOf(ImmdHttpError)
    expect((http as ImmdHttpError).status).toBe(400)
    let attempts = 0
    const down = createClient({
      url: 'http://down/graphql',
      retries: 1,
      retryDelayMs: 1,
      fetch: (async () => {
        attempts += 1
        throw new TypeError('ECONNREFUSED')
      }) as typeof fetch,
    })
    const network = await collect(exportPortfolio(down)).catch((error: unknown) => error)
    expect(network).toBeInstanceOf(ImmdNetworkError)
    expect(attempts).toBe(2)
  })
})

describe('downloadPortfolio', () => {
  it('returns the CSV byte stream and the file name the server gives', async () => {
    const csv = '\uFEFFid,title\r\n"x","a ""b"""\r\n'
    const { fetch, calls } = recordingFetch(
      () =>
        new Response(csv, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="immd-portfolio.csv"',
          },
        }),
    )
    const client = createClient({ url: 'http://api/graphql', token: 't', fetch })
    const download = await downloadPortfolio(client, {
      format: 'csv',
      filter: { organizationId: 'T3JnOjE=', updatedAfter: '2026-01-01T00:00:00Z' },
    })
    expect(download.fileName).toBe('immd-portfolio.csv')
    expect(download.contentType).toBe('text/csv; charset=utf-8')
    const bytes = await new Response(download.body).arrayBuffer()
    // Byte for byte, BOM included (`text()` would drop it).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv)
    expect(new URL(calls[0]?.url ?? '').pathname).toBe('/exports/engagements.csv')
  })

  it('maps every connection filter to a query-string parameter', () => {
    expect(
      portfolioExportQuery({
        filter: {
          organizationId: 'T3JnOjE=',
          state: ['DRAFT'],
          band: ['LOW', 'BORDERLINE'],
          threshold: ['HIGH'],
          search: 'csirt',
          updatedAfter: '2026-01-01T00:00:00Z',
        },
        orderBy: { field: 'TITLE' },
      }),
    ).toEqual({
      organizationId: 'T3JnOjE=',
      state: 'DRAFT',
      band: 'LOW,BORDERLINE',
      threshold: 'HIGH',
      search: 'csirt',
      updatedAfter: '2026-01-01T00:00:00Z',
      orderBy: 'TITLE',
    })
  })
})
