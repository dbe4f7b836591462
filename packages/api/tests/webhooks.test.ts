/**
 * Webhooks end to end, on both engines, with a real receiver on loopback: admins register
 * endpoints (HTTPS only unless the instance allows loopback HTTP), a write queues its events in
 * its own transaction, deliveries are signed (verified here as a receiver would), retried with
 * exponential backoff, recorded with status and response time, replayable, and an endpoint that
 * keeps failing is disabled. Two dispatchers on two connections (two instances) deliver every
 * event exactly once.
 */
import { createDatabase } from '@immd/db/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { dispatchDueWebhooks, startWebhookDispatcher } from '../src/webhooks/dispatcher.js'
import { eventTypesOf } from '../src/webhooks/event-types.js'
import { SIGNATURE_HEADER, verifyWebhookSignature } from '../src/webhooks/signature.js'
import { type Api, createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { type Credential, request, signIn } from './support/security.js'
import { waitUntil } from './support/wait-until.js'
import { type Receiver, startReceiver } from './webhooks/receiver.js'

const CREATE_ENDPOINT = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on CreateWebhookEndpointPayload { secret endpoint { id url eventTypes active } }
    ... on ValidationError { message }
  } }`
const CREATE_ENGAGEMENT = `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
  __typename ... on CreateEngagementPayload { engagement { id } } } }`
const ENDPOINTS = `query ($org: ID!) { webhookEndpoints(organizationId: $org, first: 10) {
  totalCount edges { node { id active consecutiveFailures disabledReason
    deliveries(first: 20) { totalCount edges { node {
      id eventId eventType status attempts lastStatusCode lastResponseMs lastError deliveredAt replayOfId body
    } } } } } } }`

interface DeliveryNode {
  id: string
  eventId: string
  eventType: string
  status: string
  attempts: number
  lastStatusCode: number | null
  lastResponseMs: number | null
  lastError: string | null
  replayOfId: string | null
  body: string
}
interface EndpointNode {
  id: string
  active: boolean
  consecutiveFailures: number
  disabledReason: string | null
  deliveries: { totalCount: number; edges: { node: DeliveryNode }[] }
}

/** Fast retries for tests; production waits 30 s, 1 min, 2 min … */
const FAST = { backoffBaseMs: 40, backoffMaxMs: 1000, requestTimeoutMs: 5000 }

describe.each(TEST_ENGINES)('webhooks (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: Api
  let admin: Credential
  let receiver: Receiver
  let teamId: string
  const org = () => globalId('Organization', demo.organizationId)
  const lead = (): Credential => ({ kind: 'token', token: demo.leadToken })

  async function createEndpoint(eventTypes: string[], url = receiver.url) {
    const { body } = await request<{
      createWebhookEndpoint: {
        __typename: string
        secret: string
        endpoint: { id: string }
        message?: string
      }
    }>(yoga, {
      query: CREATE_ENDPOINT,
      variables: { input: { organizationId: org(), url, eventTypes } },
      credential: admin,
    })
    const created = body.data?.createWebhookEndpoint
    if (created?.__typename !== 'CreateWebhookEndpointPayload') {
      throw new Error(JSON.stringify(body))
    }
    return created
  }

  async function createEngagement(title: string) {
    const { body } = await request(yoga, {
      query: CREATE_ENGAGEMENT,
      variables: { input: { organizationId: org(), title, teamId: globalId('Team', teamId) } },
      credential: lead(),
    })
    expect(body.errors).toBeUndefined()
  }

  async function readEndpoints(): Promise<EndpointNode[]> {
    const { body } = await request<{ webhookEndpoints: { edges: { node: EndpointNode }[] } }>(
      yoga,
      { query: ENDPOINTS, variables: { org: org() }, credential: admin },
    )
    expect(body.errors).toBeUndefined()
    return body.data?.webhookEndpoints.edges.map((edge) => edge.node) ?? []
  }

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db, security: { webhooksAllowLoopbackHttp: true } })
    admin = await signIn(yoga, 'admin@example.org')
    teamId = (await db.prisma.team.findFirstOrThrow({ where: { shortName: 'ACME-CSIRT' } })).id
    receiver = await startReceiver()
  })
  beforeEach(async () => {
    await db.prisma.webhookEndpoint.deleteMany({})
    receiver.received.length = 0
    receiver.answers.length = 0
    receiver.delayMs = 0
  })
  afterAll(async () => {
    await receiver?.close()
    await db?.close()
  })

  it('lets admins register endpoints, HTTPS only, and shows the secret once', async () => {
    const created = await createEndpoint(['ENGAGEMENT_CREATED'])
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/)
    const asLead = await request(yoga, {
      query: CREATE_ENDPOINT,
      variables: {
        input: { organizationId: org(), url: receiver.url, eventTypes: ['ENGAGEMENT_CREATED'] },
      },
      credential: lead(),
    })
    expect(asLead.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const plain = await request<{ createWebhookEndpoint: { __typename: string; message: string } }>(
      yoga,
      {
        query: CREATE_ENDPOINT,
        variables: {
          input: {
            organizationId: org(),
            url: 'http://hooks.example.org/x',
            eventTypes: ['ENGAGEMENT_CREATED'],
          },
        },
        credential: admin,
      },
    )
    expect(plain.body.data?.createWebhookEndpoint).toMatchObject({
      __typename: 'ValidationError',
      message: 'input.url: The URL must use https://.',
    })
    const strict = createApi({ db })
    const loopback = await request<{ createWebhookEndpoint: { message: string } }>(strict, {
      query: CREATE_ENDPOINT,
      variables: {
        input: { organizationId: org(), url: receiver.url, eventTypes: ['ENGAGEMENT_CREATED'] },
      },
      credential: await signIn(strict, 'admin@example.org'),
    })
    expect(loopback.body.data?.createWebhookEndpoint.message).toContain(
      'IMMD_WEBHOOKS_ALLOW_LOOPBACK_HTTP',
    )
    expect(() =>
      createApi({ db, security: { production: true, webhooksAllowLoopbackHttp: true } }),
    ).toThrow(/development and tests only/)
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: {
        operation: 'webhook.create',
        targetId: Buffer.from(created.endpoint.id, 'base64').toString().split(':')[1],
      },
    })
    expect(JSON.stringify(audit.after)).not.toContain(created.secret)
    const [listed] = await readEndpoints()
    expect(JSON.stringify(listed)).not.toContain(created.secret)
  })

  it('queues an event with its write and delivers it signed, once', async () => {
    const { secret } = await createEndpoint(['ENGAGEMENT_CREATED'])
    const other = await createEndpoint(['IMPROVEMENT_CHANGED'])
    await createEngagement('Webhook engagement')
    expect(await db.prisma.webhookDelivery.count({ where: { status: 'pending' } })).toBe(1)
    expect(await dispatchDueWebhooks({ db })).toBe(1)
    expect(receiver.received).toHaveLength(1)
    const [delivery] = receiver.received
    if (!delivery) throw new Error('no delivery')
    expect(delivery.headers['immd-event']).toBe('engagement.created')
    const header = delivery.headers[SIGNATURE_HEADER] ?? null
    expect(verifyWebhookSignature({ secret, header, body: delivery.body })).toBe(true)
    expect(verifyWebhookSignature({ secret: other.secret, header, body: delivery.body })).toBe(
      false,
    )
    expect(
      verifyWebhookSignature({ secret, header, body: delivery.body.replace('created', 'x') }),
    ).toBe(false)
    const old = new Date(Date.now() + 10 * 60_000)
    expect(verifyWebhookSignature({ secret, header, body: delivery.body, now: old })).toBe(false)
    const event = JSON.parse(delivery.body)
    expect(event).toMatchObject({
      type: 'engagement.created',
      operation: 'engagement.create',
      organizationId: org(),
    })
    expect(event.engagementId).toMatch(/^[A-Za-z0-9+/=]+$/)
    expect(await dispatchDueWebhooks({ db })).toBe(0)
    const endpoints = await readEndpoints()
    const [recorded] = endpoints.flatMap((endpoint) =>
      endpoint.deliveries.edges.map((edge) => edge.node),
    )
    expect(recorded).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 1,
      lastStatusCode: 200,
      eventType: 'ENGAGEMENT_CREATED',
    })
    expect(recorded?.lastResponseMs).toBeGreaterThanOrEqual(0)
    expect(recorded?.body).toBe(delivery.body)
  })

  it('retries with exponential backoff and records each outcome', async () => {
    await createEndpoint(['ENGAGEMENT_CREATED'])
    receiver.answers.push(500, 503)
    await createEngagement('Flaky receiver')
    const settings = { ...FAST, backoffBaseMs: 60_000, backoffMaxMs: 3_600_000 }
    /** The retry is due: moves its time forward instead of waiting a minute. */
    const fastForward = () =>
      db.prisma.webhookDelivery.updateMany({ data: { nextAttemptAt: new Date(Date.now() - 1) } })
    const delayOf = (row: { nextAttemptAt: Date; updatedAt: Date }) =>
      row.nextAttemptAt.getTime() - row.updatedAt.getTime()
    expect(await dispatchDueWebhooks({ db, settings })).toBe(1)
    const first = await db.prisma.webhookDelivery.findFirstOrThrow()
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 })
    expect(first.lastError).toBe('The endpoint answered HTTP 500.')
    expect(delayOf(first)).toBeGreaterThan(59_000)
    expect(delayOf(first)).toBeLessThanOrEqual(60_000)
    expect(await dispatchDueWebhooks({ db, settings })).toBe(0)
    await fastForward()
    expect(await dispatchDueWebhooks({ db, settings })).toBe(1)
    const second = await db.prisma.webhookDelivery.findFirstOrThrow()
    expect(second).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: 503 })
    expect(delayOf(second)).toBeGreaterThan(119_000)
    expect(delayOf(second)).toBeLessThanOrEqual(120_000)
    await fastForward()
    expect(await dispatchDueWebhooks({ db, settings })).toBe(1)
    const [endpoint] = await readEndpoints()
    expect(endpoint?.consecutiveFailures).toBe(0)
    expect(endpoint?.deliveries.edges[0]?.node).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
    })
    expect(receiver.received).toHaveLength(3)
    expect(new Set(receiver.received.map((r) => r.headers['immd-delivery'])).size).toBe(1)
  })

  it('disables an endpoint after repeated failures, and replays a delivery once re-enabled', async () => {
    await createEndpoint(['ENGAGEMENT_CREATED'])
    receiver.answers.push(500, 500)
    await createEngagement('Down receiver')
    const settings = { ...FAST, backoffBaseMs: 1, maxAttempts: 2, disableAfterFailures: 2 }
    await dispatchDueWebhooks({ db, settings })
    // The retry falls due after the backoff: dispatch until it has been claimed again.
    await waitUntil(
      'the retry to fall due',
      async () => (await dispatchDueWebhooks({ db, settings })) > 0,
    )
    const [disabled] = await readEndpoints()
    expect(disabled).toMatchObject({ active: false, consecutiveFailures: 2 })
    expect(disabled?.disabledReason).toContain('2 failed attempts in a row')
    const failed = disabled?.deliveries.edges[0]?.node
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2 })
    // Events of a disabled endpoint are not queued.
    await createEngagement('While disabled')
    expect(await db.prisma.webhookDelivery.count()).toBe(1)
    const replay = await request<{ replayWebhookDelivery: { delivery: DeliveryNode } }>(yoga, {
      query: `mutation ($id: ID!) { replayWebhookDelivery(input: { id: $id }) { __typename
        ... on ReplayWebhookDeliveryPayload { delivery { id eventId status replayOfId } } } }`,
      variables: { id: failed?.id },
      credential: admin,
    })
    expect(replay.body.data?.replayWebhookDelivery.delivery).toMatchObject({
      eventId: failed?.eventId,
      status: 'PENDING',
      replayOfId: failed?.id,
    })
    // Not sent while the endpoint is disabled.
    expect(await dispatchDueWebhooks({ db, settings })).toBe(0)
    const enabled = await request(yoga, {
      query: `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {
        __typename ... on WebhookEndpointPayload { endpoint { active consecutiveFailures } } } }`,
      variables: { input: { id: disabled?.id, active: true } },
      credential: admin,
    })
    expect(enabled.body.data).toEqual({
      updateWebhookEndpoint: {
        __typename: 'WebhookEndpointPayload',
        endpoint: { active: true, consecutiveFailures: 0 },
      },
    })
    expect(await dispatchDueWebhooks({ db, settings })).toBe(1)
    expect(JSON.parse(receiver.received.at(-1)?.body ?? '{}').id).toBe(failed?.eventId)
    const operations = await db.prisma.auditEvent.findMany({
      where: { operation: { startsWith: 'webhook.' } },
      select: { operation: true },
    })
    expect(operations.map((row) => row.operation)).toEqual(
      expect.arrayContaining(['webhook.create', 'webhook.replay', 'webhook.update']),
    )
  })

  it('delivers every event exactly once with two instances dispatching', async () => {
    const { secret } = await createEndpoint(['ENGAGEMENT_CREATED'])
    const endpoint = await db.prisma.webhookEndpoint.findFirstOrThrow()
    const count = 40
    await db.prisma.webhookDelivery.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        endpointId: endpoint.id,
        organizationId: endpoint.organizationId,
        eventId: `event-${i}`,
        eventType: 'engagement.created',
        body: JSON.stringify({ id: `event-${i}`, type: 'engagement.created' }),
      })),
    })
    receiver.delayMs = 15
    // Two connections on PostgreSQL, as two instances have. On SQLite both dispatchers share one
    // connection: two better-sqlite3 connections in one process wait for each other's lock
    // synchronously on the same event loop (separate processes do not), and the compare-and-set
    // claim is what keeps the two dispatchers from sending a delivery twice.
    const second = engine === 'postgresql' ? createDatabase({ url: db.url }) : db
    const settings = { ...FAST, pollIntervalMs: 5, batchSize: 4 }
    const dispatchers = [
      startWebhookDispatcher({ db, dispatcherId: 'instance-a', settings }),
      startWebhookDispatcher({ db: second, dispatcherId: 'instance-b', settings }),
    ]
    try {
      await waitUntil(
        `${count} deliveries to succeed`,
        async () =>
          (await db.prisma.webhookDelivery.count({ where: { status: 'succeeded' } })) >= count,
        45_000,
      )
    } finally {
      // Stopped whatever happened, so no dispatcher outlives the test's database.
      await Promise.all(dispatchers.map((dispatcher) => dispatcher.stop()))
      if (second !== db) await second.close()
    }
    const ids = receiver.received.map((r) => r.headers['immd-delivery'])
    expect(ids).toHaveLength(count)
    expect(new Set(ids).size).toBe(count)
    for (const received of receiver.received) {
      const header = received.headers[SIGNATURE_HEADER] ?? null
      expect(verifyWebhookSignature({ secret, header, body: received.body })).toBe(true)
    }
  })

  it('maps audited operations to event types', () => {
    expect(eventTypesOf('engagement.clone')).toEqual(['engagement.created'])
    expect(eventTypesOf('engagement.import')).toEqual(['engagement.created', 'import.finished'])
    expect(eventTypesOf('team.import')).toEqual(['import.finished'])
    expect(eventTypesOf('activity.complete', 'A4')).toEqual([
      'engagement.state_changed',
      'engagement.scored',
    ])
    expect(eventTypesOf('activity.complete', 'A3')).toEqual(['engagement.state_changed'])
    expect(eventTypesOf('evaluation.record')).toEqual(['engagement.result_changed'])
    expect(eventTypesOf('improvement.update')).toEqual(['improvement.changed'])
    expect(eventTypesOf('checklist.add')).toEqual([])
  })
})
