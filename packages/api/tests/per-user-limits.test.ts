/**
 * Issue #23, item 9: rate limits multiplied with tokens (a viewer made 100 tokens in 1.8 s) and one
 * READ token held 300 subscriptions. Replays both against small limits: a user's active tokens are
 * capped (typed ValidationError beyond, a revoked one frees its slot), and a user's open
 * subscriptions are capped whatever token opens them (`LIMIT_EXCEEDED`, a closed one frees its
 * slot). The request budget per user (not per token) is in `tests/rate-limit.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi } from '../src/yoga.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { createObservedPubSub } from './support/observed-pubsub.js'
import {
  request,
  type SecuritySuite,
  setupSecuritySuite,
  TEST_SECURITY,
} from './support/security.js'
import { subscribe } from './support/sse.js'
import { waitUntil } from './support/wait-until.js'

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) {
  __typename ... on CreateApiTokenPayload { secret token { id } }
  ... on ValidationError { message issues { path } } } }`
const REVOKE_TOKEN = `mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { __typename } }`
const SUBSCRIPTION = `subscription ($id: ID!) { engagementChanged(id: $id) { operation } }`

describe.each(TEST_ENGINES)('per-user limits (%s)', (engine) => {
  let suite: SecuritySuite
  let api: ReturnType<typeof createApi>
  const bus = createObservedPubSub()
  const engagementId = () => globalId('Engagement', suite.demo.activeEngagementId)
  const listeners = () => bus.listenerCount('engagementChanged', engagementId())

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    api = createApi({
      db: suite.db,
      pubsub: bus.pubsub,
      security: {
        ...TEST_SECURITY,
        limits: { maxApiTokensPerUser: 4, maxSubscriptionsPerUser: 2 },
      },
    })
  })
  afterAll(() => suite?.db.close())

  const createToken = async (name: string) => {
    const { body } = await request<{
      createApiToken: {
        __typename: string
        secret?: string
        token?: { id: string }
        message?: string
        issues?: { path: string }[]
      }
    }>(api, {
      credential: { kind: 'token', token: suite.demo.viewerToken },
      query: CREATE_TOKEN,
      variables: {
        input: {
          organizationId: globalId('Organization', suite.demo.organizationId),
          name,
          scope: 'READ',
        },
      },
    })
    expect(body.errors).toBeUndefined()
    return body.data?.createApiToken
  }

  it("caps a user's active API tokens with a typed error; a revoked token frees its slot", async () => {
    // The viewer holds one token (the fixture's); three more reach the limit of four.
    const made = []
    for (let index = 0; index < 3; index += 1) made.push(await createToken(`bulk ${index}`))
    expect(made.map((answer) => answer?.__typename)).toEqual([
      'CreateApiTokenPayload',
      'CreateApiTokenPayload',
      'CreateApiTokenPayload',
    ])
    const refused = await createToken('one too many')
    expect(refused).toEqual({
      __typename: 'ValidationError',
      message:
        'input: You hold 4 active API tokens, the most allowed per user (4): revoke one you no longer use first.',
      issues: [{ path: 'input' }],
    })
    const active = await suite.db.prisma.apiToken.count({
      where: { userId: suite.users.viewer, revokedAt: null },
    })
    expect(active).toBe(4)
    const revoked = await request(api, {
      credential: { kind: 'token', token: suite.demo.viewerToken },
      query: REVOKE_TOKEN,
      variables: { id: made[0]?.token?.id },
    })
    expect(revoked.body.errors).toBeUndefined()
    expect((await createToken('after revoking'))?.__typename).toBe('CreateApiTokenPayload')
  })

  it("caps a user's open subscriptions across all their tokens; a closed one frees its slot", async () => {
    const open = (token: string) =>
      subscribe(api, {
        query: SUBSCRIPTION,
        variables: { id: globalId('Engagement', suite.demo.activeEngagementId) },
        token,
      })
    // The lead's read token and read-write token share the lead's two slots.
    const first = await open(suite.demo.readToken)
    const firstEvent = first.next()
    const second = await open(suite.demo.leadToken)
    const secondEvent = second.next()
    await bus.waitForListeners('engagementChanged', engagementId(), { atLeast: 2 })
    const third = await open(suite.demo.readToken)
    const refused = await third.next()
    expect(refused).toMatchObject({
      errors: [
        {
          message:
            'Subscription limit exceeded: you have 2 open subscriptions, at most 2 are allowed per user. Close one first.',
          extensions: { code: 'LIMIT_EXCEEDED' },
        },
      ],
    })
    await third.close()
    // Another user is not affected.
    const other = await open(suite.demo.viewerToken)
    const otherEvent = other.next()
    await bus.waitForListeners('engagementChanged', engagementId(), { atLeast: 3 })
    await request(api, {
      credential: { kind: 'token', token: suite.demo.leadToken },
      query: `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`,
      variables: {
        input: {
          engagementId: globalId('Engagement', suite.demo.activeEngagementId),
          activityId: 'PRA3',
          text: 'Ping',
        },
      },
    })
    for (const event of [await firstEvent, await secondEvent, await otherEvent]) {
      expect(event).toMatchObject({
        data: { engagementChanged: { operation: expect.any(String) } },
      })
    }
    // Closing one gives its slot back.
    await first.close()
    // The slot is given back when the stream is cancelled; retry until a new one is accepted
    // (its listener attaches) rather than sleeping, and close the refused ones.
    const { again, pending } = await waitUntil(
      'a closed subscription to free its slot',
      async () => {
        const before = listeners()
        const stream = await open(suite.demo.readToken)
        const next = stream.next()
        const outcome = await Promise.race([
          next.then(() => 'refused' as const),
          bus
            .waitForListeners('engagementChanged', engagementId(), { atLeast: before + 1 })
            .then(() => 'open' as const)
            .catch(() => 'refused' as const),
        ])
        if (outcome === 'open') return { again: stream, pending: next }
        await stream.close()
        return null
      },
    )
    await request(api, {
      credential: { kind: 'token', token: suite.demo.leadToken },
      query: `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`,
      variables: {
        input: {
          engagementId: globalId('Engagement', suite.demo.activeEngagementId),
          activityId: 'PRA3',
          text: 'Ping again',
        },
      },
    })
    expect(await pending).toMatchObject({
      data: { engagementChanged: { operation: expect.any(String) } },
    })
    await Promise.all([second.close(), other.close(), again.close()])
  })
})
