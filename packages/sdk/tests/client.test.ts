import { describe, expect, it } from 'vitest'
import { createClient } from '../src/client.js'
import {
  ImmdAuthError,
  ImmdDomainError,
  ImmdGraphQLError,
  ImmdNetworkError,
} from '../src/errors.js'
import {
  CreateEngagementDocument,
  EngagementsPageDocument,
  ViewerDocument,
} from '../src/generated/graphql.js'
import { detectOperationKind } from '../src/operation-kind.js'
import { collect, iterateEngagements } from '../src/paginate.js'
import { asDomainError, expectPayload } from '../src/results.js'

type Handler = (
  body: { query: string; variables: Record<string, unknown> },
  headers: Headers,
) => Response | Promise<Response>

/** A fetch that records calls and answers with `handler` (or throws like an unreachable host). */
function fakeFetch(handler: Handler) {
  const calls: { query: string; variables: Record<string, unknown>; headers: Headers }[] = []
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body))
    const headers = new Headers(init?.headers)
    calls.push({ ...body, headers })
    return handler(body, headers)
  }) as typeof globalThis.fetch
  return { fetch, calls }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('createClient', () => {
  it('sends the typed document with the bearer token and returns typed data', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json({ data: { viewer: { authenticated: true, memberships: [] } } }),
    )
    const client = createClient({ url: 'http://api/graphql', token: 'immd_t', fetch })
    const data = await client.request(ViewerDocument)
    expect(data.viewer.authenticated).toBe(true)
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer immd_t')
    expect(calls[0]?.query).toContain('query Viewer')
  })

  it('retries queries on network errors with backoff, then gives up with ImmdNetworkError', async () => {
    let attempts = 0
    const { fetch } = fakeFetch(() => {
      attempts += 1
      if (attempts < 3) throw new TypeError('fetch failed')
      return json({ data: { viewer: { authenticated: false, memberships: [] } } })
    })
    const client = createClient({ url: 'http://api/graphql', fetch, retries: 2, retryDelayMs: 1 })
    await expect(client.request(ViewerDocument)).resolves.toBeTruthy()
    expect(attempts).toBe(3)
    const down = createClient({
      url: 'http://down/graphql',
      fetch: fakeFetch(() => {
        throw new TypeError('ECONNREFUSED')
      }).fetch,
      retries: 1,
      retryDelayMs: 1,
    })
    const error = await down.request(ViewerDocument).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImmdNetworkError)
    expect((error as ImmdNetworkError).attempts).toBe(2)
  })

  it('never retries a mutation', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw new TypeError('socket hang up')
    })
    const client = createClient({ url: 'http://api/graphql', fetch, retries: 5, retryDelayMs: 1 })
    const input = { organizationId: 'x', title: 't' }
    await expect(client.request(CreateEngagementDocument, { input })).rejects.toBeInstanceOf(
      ImmdNetworkError,
    )
    expect(calls).toHaveLength(1)
  })

  it('turns UNAUTHENTICATED and FORBIDDEN into ImmdAuthError, other errors into ImmdGraphQLError', async () => {
    const denied = createClient({
      url: 'http://api/graphql',
      token: 'wrong',
      fetch: fakeFetch(() =>
        json({
          data: null,
          errors: [{ message: 'Not authenticated.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      ).fetch,
    })
    const error = await denied.request(ViewerDocument).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImmdAuthError)
    expect((error as ImmdAuthError).message).toContain('rejected the token')
    const broken = createClient({
      url: 'http://api/graphql',
      fetch: fakeFetch(() => json({ errors: [{ message: 'Unexpected error.' }] })).fetch,
    })
    await expect(broken.request(ViewerDocument)).rejects.toBeInstanceOf(ImmdGraphQLError)
  })
})

describe('pagination', () => {
  it('iterates every engagement page by page', async () => {
    const { fetch, calls } = fakeFetch(({ variables }) => {
      const after = variables.after as string | null
      const start = after ? Number(after) : 0
      const nodes = Array.from({ length: Math.min(2, 5 - start) }, (_, i) => ({
        id: String(start + i),
        title: `E${start + i}`,
      }))
      const end = start + nodes.length
      return json({
        data: {
          engagements: {
            totalCount: 5,
            pageInfo: { hasNextPage: end < 5, endCursor: String(end) },
            edges: nodes.map((node) => ({ node })),
          },
        },
      })
    })
    const client = createClient({ url: 'http://api/graphql', fetch })
    const all = await collect(iterateEngagements(client, { pageSize: 2 }))
    expect(all.map((e) => e.title)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4'])
    expect(calls.map((c) => c.variables.after)).toEqual([null, '2', '4'])
    expect(calls[0]?.query).toBe(EngagementsPageDocument.toString())
  })
})

describe('domain error results', () => {
  it('narrows payloads and errors by __typename', () => {
    const error = {
      __typename: 'ValidationError' as const,
      message: 'title: too short',
      issues: [],
    }
    const payload = { __typename: 'CreateEngagementPayload' as const, engagement: { id: '1' } }
    expect(asDomainError(error)?.message).toBe('title: too short')
    expect(asDomainError(payload)).toBeNull()
    expect(expectPayload(payload).engagement.id).toBe('1')
    expect(() => expectPayload(error)).toThrow(ImmdDomainError)
  })
})

describe('detectOperationKind', () => {
  it('finds the operation after fragments, comments and strings', () => {
    expect(detectOperationKind('{ viewer { authenticated } }')).toBe('query')
    expect(detectOperationKind('# mutation in a comment\nquery Q { a }')).toBe('query')
    expect(detectOperationKind('fragment F on T { mutation }\nmutation M { m }')).toBe('mutation')
    expect(detectOperationKind('mutation M($s: String = "query") { m(s: $s) }')).toBe('mutation')
    expect(detectOperationKind(CreateEngagementDocument.toString())).toBe('mutation')
  })
})
