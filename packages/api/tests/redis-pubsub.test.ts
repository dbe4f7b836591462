/**
 * Two API processes sharing one database and one Redis: a subscriber of one sees the mutations
 * committed through the other. Needs Redis (REDIS_URL, default 127.0.0.1:6379) and fails when it
 * does not answer.
 */
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import {
  type ApiPubSubHandle,
  createPubSubFromEnv,
  createRedisPubSub,
} from '../src/pubsub-redis.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { waitForRedisSubscribers } from './support/observed-pubsub.js'
import { describeRedisDown } from './support/redis.js'
import { subscribe } from './support/sse.js'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

describe('engagementChanged across processes through Redis', () => {
  let db: ApiDatabase
  let demo: DemoFixture
  const buses: ApiPubSubHandle[] = []

  beforeAll(async () => {
    // Fail with one clear line when Redis is down, instead of timeouts later.
    const probe = new Redis(REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    })
    try {
      await probe.connect()
      await probe.ping()
    } catch (error) {
      throw new Error(describeRedisDown(REDIS_URL, error))
    } finally {
      probe.disconnect()
    }
    db = await createTestDatabase('sqlite')
    demo = await seedDemoFixture(db)
  })
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()))
    await db?.close()
  })

  it('uses Redis when REDIS_URL is set and the in-process bus otherwise', async () => {
    const redis = createPubSubFromEnv({ REDIS_URL })
    buses.push(redis)
    const received = new Promise((resolve) => {
      void (async () => {
        for await (const event of redis.pubsub.subscribe('engagementChanged', 'probe')) {
          resolve(event)
          break
        }
      })()
    })
    await waitForRedisSubscribers(REDIS_URL, 'engagementChanged:probe')
    const other = createRedisPubSub(REDIS_URL)
    buses.push(other)
    other.pubsub.publish('engagementChanged', 'probe', {
      engagementId: 'probe',
      organizationId: 'org',
      operation: 'probe',
      actorId: null,
      at: new Date(0),
    })
    // Through Redis the event is JSON: the date arrives as a string.
    await expect(received).resolves.toMatchObject({
      operation: 'probe',
      at: '1970-01-01T00:00:00.000Z',
    })
    const local = createPubSubFromEnv({})
    expect(typeof local.pubsub.publish).toBe('function')
    await local.close()
  })

  it('delivers a mutation made through one instance to a subscriber of another', async () => {
    const [first, second] = [createRedisPubSub(REDIS_URL), createRedisPubSub(REDIS_URL)]
    buses.push(first, second)
    const writer = createApi({ db, pubsub: first.pubsub })
    const reader = createApi({ db, pubsub: second.pubsub })
    const id = globalId('Engagement', demo.activeEngagementId)
    const stream = await subscribe(reader, {
      query: `subscription ($id: ID!) { engagementChanged(id: $id) { operation at engagement { title } } }`,
      variables: { id },
      token: demo.viewerToken,
    })
    const next = stream.next()
    await waitForRedisSubscribers(REDIS_URL, `engagementChanged:${demo.activeEngagementId}`)
    await executeOk(writer, {
      token: demo.leadToken,
      query: `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`,
      variables: { input: { engagementId: id, activityId: 'PRA4', text: 'Reserve the war room' } },
    })
    const event = await next
    await stream.close()
    expect(event).toMatchObject({
      data: {
        engagementChanged: {
          operation: 'checklist.add',
          at: expect.stringMatching(/Z$/),
          engagement: { title: expect.any(String) },
        },
      },
    })
  })
})
