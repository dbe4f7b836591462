import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'
import { LIST_ENGAGEMENTS, READ_ENGAGEMENT, request } from './third-party/client.js'

interface Listed {
  engagements: { totalCount: number; edges: { node: { id: string; title: string } }[] }
}

describe.each(TEST_ENGINES)('a client written from schema.graphql alone (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let server: Server
  let endpoint: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    server = createServer(createApi({ db }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
  })
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await db?.close()
  })

  it('lists engagements and reads a full engagement, one request each', async () => {
    const listed = await request<Listed>(endpoint, demo.leadToken, LIST_ENGAGEMENTS, { first: 10 })
    expect(listed.engagements.totalCount).toBe(2)
    const finished = listed.engagements.edges.find((edge) => edge.node.title.includes('baseline'))
    const read = await request<{ engagement: Record<string, unknown> }>(
      endpoint,
      demo.leadToken,
      READ_ENGAGEMENT,
      { id: finished?.node.id },
    )
    expect(read.engagement).toMatchObject({
      title: 'ACME IMC baseline assessment 2025',
      state: 'CLOSED',
      result: { total: 70, band: 'HIGH', profile: { meetsThreshold: true } },
    })
    expect(read.engagement.phases).toHaveLength(3)
  })
})
