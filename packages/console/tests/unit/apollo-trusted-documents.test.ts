/**
 * The console's Apollo client sends operation ids, never document text: queries, mutations
 * (sign-in included) and the Server-Sent Events subscription. An id the server does not know is
 * reported as the error it is, not retried with the text (docs/security.md, "Trusted documents").
 */
import { describe, expect, it } from 'vitest'
import { createApolloClient } from '../../src/apollo'
import {
  EngagementChangedDocument,
  LoginDocument,
  SignInViewerDocument,
} from '../../src/gql/graphql'
import { persistedId } from '../../src/trusted-documents'

const URI = 'http://console.test/graphql'

/** A fetch that records request bodies and answers each with `answer(body)`. */
function recordingFetch(answer: (body: Record<string, unknown>) => Response) {
  const bodies: Record<string, unknown>[] = []
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>
    bodies.push(body)
    return answer(body)
  }
  return { bodies, fetch: fetch as typeof globalThis.fetch }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('Apollo client with trusted documents', () => {
  it('sends queries and mutations by id, without their text', async () => {
    const { bodies, fetch } = recordingFetch((body) =>
      json(
        body.operationName === 'Login'
          ? {
              data: {
                __typename: 'Mutation',
                login: {
                  __typename: 'AuthenticationError',
                  message: 'no',
                  retryAfterSeconds: null,
                },
              },
            }
          : { data: { __typename: 'Query', viewer: null } },
      ),
    )
    const client = createApolloClient({ getToken: () => null, uri: URI, fetch })
    await client.query({ query: SignInViewerDocument })
    const login = await client.mutate({
      mutation: LoginDocument,
      variables: { email: 'a@b.c', password: 'pw' },
    })
    expect(login.data?.login.__typename).toBe('AuthenticationError')
    expect(bodies).toEqual([
      {
        operationName: 'SignInViewer',
        variables: {},
        extensions: {
          persistedQuery: { version: 1, sha256Hash: persistedId(SignInViewerDocument) },
        },
      },
      {
        operationName: 'Login',
        variables: { email: 'a@b.c', password: 'pw' },
        extensions: { persistedQuery: { version: 1, sha256Hash: persistedId(LoginDocument) } },
      },
    ])
  })

  it('reports an unknown id instead of retrying with the text', async () => {
    const { bodies, fetch } = recordingFetch(() =>
      json(
        {
          errors: [
            {
              message: 'Unknown persisted operation id.',
              extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
            },
          ],
        },
        400,
      ),
    )
    const client = createApolloClient({ getToken: () => null, uri: URI, fetch })
    await expect(client.query({ query: SignInViewerDocument })).rejects.toThrow()
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).not.toHaveProperty('query')
  })

  it('subscribes over Server-Sent Events by id', async () => {
    const { bodies, fetch } = recordingFetch(
      () =>
        new Response('event: complete\ndata:\n\n', {
          headers: { 'content-type': 'text/event-stream' },
        }),
    )
    const client = createApolloClient({ getToken: () => 'immd_token', uri: URI, fetch })
    await new Promise<void>((resolve, reject) => {
      client
        .subscribe({ query: EngagementChangedDocument, variables: { id: 'RW5nYWdlbWVudDox' } })
        .subscribe({ complete: resolve, error: reject })
    })
    expect(bodies).toEqual([
      {
        operationName: 'EngagementChanged',
        variables: { id: 'RW5nYWdlbWVudDox' },
        extensions: {
          persistedQuery: { version: 1, sha256Hash: persistedId(EngagementChangedDocument) },
        },
      },
    ])
  })

  it('sends text only when ids are turned off (the Vite dev server)', async () => {
    const { bodies, fetch } = recordingFetch(() =>
      json({ data: { __typename: 'Query', viewer: null } }),
    )
    const client = createApolloClient({
      getToken: () => null,
      uri: URI,
      fetch,
      persistedDocuments: false,
    })
    await client.query({ query: SignInViewerDocument })
    expect(bodies[0]?.query).toMatch(/^query SignInViewer/)
    expect(bodies[0]).not.toHaveProperty('extensions.persistedQuery')
  })
})
