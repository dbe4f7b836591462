/**
 * Large request bodies a few at a time (#23, the `nodes` attack: 3.7 MiB bodies sent back to
 * back kept the event loop reading and parsing). A body over `largeBodyBytes` needs one of
 * `maxLargeBodiesInFlight` slots; one that finds them taken is refused with 503 and `Retry-After`
 * before any of it is read, small bodies never wait, and a slot is free again once its body is
 * parsed. Only callers who may import somewhere (a lead role and a read-write credential) may
 * send a large body at all; others are refused with 413, unread. The bench `bench:nodes-attack` measures the effect on other clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const THRESHOLD = 1024
const encoder = new TextEncoder()

/** A JSON body of `{ __typename }` padded past the threshold. */
const largeBody = () =>
  JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(THRESHOLD * 2) } })

/**
 * A body stream that sends its first half when asked and, when `held`, the second half only after
 * `finish()`; it counts how often it was asked for more (`pulls`).
 */
function trackedBody(text: string, options: { held: boolean }) {
  const bytes = encoder.encode(text)
  const half = Math.floor(bytes.byteLength / 2)
  let pulls = 0
  let finish = () => {}
  const finished = new Promise<void>((resolve) => {
    finish = resolve
  })
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        pulls += 1
        if (pulls === 1) {
          controller.enqueue(bytes.subarray(0, half))
          return
        }
        if (options.held) await finished
        controller.enqueue(bytes.subarray(half))
        controller.close()
      },
    },
    // Nothing is read ahead by the stream itself: it gives bytes only when asked.
    { highWaterMark: 0 },
  )
  return { stream, finish, pulls: () => pulls, length: bytes.byteLength }
}

/**
 * Whether a refused body was left unread: the answer came while its second half was still held
 * back, and at most its first chunk was taken (the fetch implementation reads one chunk ahead).
 */
function expectUnread(body: ReturnType<typeof trackedBody>, who: string) {
  expect(body.pulls(), `${who}: the body was not read`).toBeLessThanOrEqual(2)
  body.finish()
}

function post(yoga: Api, token: string, body: BodyInit, headers: Record<string, string> = {}) {
  return yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
    duplex: 'half',
  } as RequestInit)
}

describe.each(TEST_ENGINES)('large request bodies (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({
      db,
      security: { limits: { largeBodyBytes: THRESHOLD, maxLargeBodiesInFlight: 1 } },
    })
  })
  afterAll(() => db?.close())

  it('reads one large body at a time and refuses another from its headers alone', async () => {
    const first = trackedBody(largeBody(), { held: true })
    const pending = post(yoga, demo.leadToken, first.stream, {
      'content-length': String(first.length),
    })
    // The first body is being read (its first half arrived) and holds the only slot.
    await expect.poll(() => first.pulls()).toBeGreaterThan(1)

    const second = trackedBody(largeBody(), { held: true })
    const refused = await post(yoga, demo.leadToken, second.stream, {
      'content-length': String(second.length),
    })
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('1')
    const answer = (await refused.json()) as { errors: { message: string; extensions: object }[] }
    expect(answer.errors[0]?.extensions).toMatchObject({ code: 'SERVER_BUSY' })
    expect(answer.errors[0]?.message).toContain(`larger than ${THRESHOLD} bytes`)
    expectUnread(second, 'busy')

    // Small bodies do not wait for the slot.
    const small = await post(yoga, demo.leadToken, JSON.stringify({ query: '{ __typename }' }))
    expect(small.status).toBe(200)

    // A large body without a declared length is refused once it streams past the threshold.
    const chunked = await post(
      yoga,
      demo.leadToken,
      new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode(largeBody()))
          controller.close()
        },
      }),
    )
    expect(chunked.status).toBe(503)

    first.finish()
    const answered = await pending
    expect(answered.status).toBe(200)
    expect(await answered.json()).toEqual({ data: { __typename: 'Query' } })

    // The slot is free again once the first body was parsed.
    const after = await post(yoga, demo.leadToken, largeBody())
    expect(after.status).toBe(200)
  })

  it('frees the slot when a large body is refused for its size or its JSON', async () => {
    const limited = createApi({
      db,
      security: {
        limits: { largeBodyBytes: THRESHOLD, maxLargeBodiesInFlight: 1, maxBodyBytes: 4 * 1024 },
      },
    })
    const oversized = JSON.stringify({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(8192) },
    })
    // Streamed without a length: it takes the slot at 1 KiB and is cut off at 4 KiB.
    const cut = await post(
      limited,
      demo.leadToken,
      new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode(oversized))
          controller.close()
        },
      }),
    )
    expect(cut.status).toBe(413)
    const invalid = await post(limited, demo.leadToken, `${largeBody()}}`)
    expect(invalid.status).toBe(400)
    expect(await invalid.text()).toContain('invalid JSON')
    const fine = await post(limited, demo.leadToken, largeBody())
    expect(fine.status).toBe(200)
  })
  it('refuses a large body, unread, from callers who may not import anywhere', async () => {
    const callers = { viewer: demo.viewerToken, 'read-only token': demo.readToken }
    for (const [who, token] of Object.entries(callers)) {
      const body = trackedBody(largeBody(), { held: true })
      const refused = await post(yoga, token, body.stream, {
        'content-length': String(body.length),
      })
      expect(refused.status, who).toBe(413)
      expect(await refused.text(), who).toContain('accepted only for imports')
      expectUnread(body, who)
      // Small requests of the same caller go through.
      const small = await post(yoga, token, JSON.stringify({ query: '{ __typename }' }))
      expect(small.status, who).toBe(200)
    }
    const anonymous = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: largeBody(),
    })
    expect(anonymous.status).toBe(413)
  })
})
