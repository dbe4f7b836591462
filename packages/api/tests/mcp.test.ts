/**
 * The MCP server at `/mcp` (streamable HTTP), driven by the MCP SDK's own client against a real
 * listening server: API tokens only, write tools only for read-write tokens, and tools that answer
 * exactly what GraphQL answers the same token (tenancy, redaction), because they run GraphQL in
 * process with it. The documents behind the tools are validated against the schema.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MCP_DOCUMENTS } from '@immd/mcp/documents'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { parse, validate } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import type { OperationRunner } from '../src/report-downloads/in-process-client.js'
import { readEngagementReport } from '../src/report-downloads/read-engagement-report.js'
import { schema } from '../src/schema/index.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './support/fixtures.js'

type ToolResult = { isError?: boolean; content: { type: string; text: string }[] }
const textOf = (result: unknown) => (result as ToolResult).content[0]?.text ?? ''
const jsonOf = (result: unknown) => JSON.parse(textOf(result))

/** GraphQL over real HTTP with `token`: what a client of the API gets, for comparison. */
function httpRunner(url: string, token: string): OperationRunner {
  const request = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    })
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] }
    expect(body.errors).toBeUndefined()
    return body.data
  }
  return { request } as OperationRunner
}

describe('the MCP documents', () => {
  it.each(Object.entries(MCP_DOCUMENTS))('%s is valid against the schema', (_name, document) => {
    expect(validate(schema, parse(document))).toEqual([])
  })
})

describe.each(TEST_ENGINES)('the MCP server over streamable HTTP (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let foreign: { engagementId: string }
  let server: Server
  let base: string
  const open: Client[] = []

  async function connect(token: string): Promise<Client> {
    const client = new Client({ name: 'immd-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
    open.push(client)
    return client
  }

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    server = createServer(createApi({ db }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await Promise.all(open.map((client) => client.close()))
    await new Promise((resolve) => server?.close(resolve))
    await db?.close()
  })

  it('refuses requests without an API token', async () => {
    const anonymous = await fetch(`${base}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(anonymous.status).toBe(401)
    await expect(connect('immd_not-a-token-at-all-0000000')).rejects.toThrow()
  })

  it('offers the write tools to read-write tokens only', async () => {
    const readWrite = (await (await connect(demo.leadToken)).listTools()).tools.map((t) => t.name)
    expect(readWrite.sort()).toEqual([
      'add_data_item',
      'add_improvement',
      'get_engagement_profile',
      'get_engagement_result',
      'get_engagement_sensitivity',
      'get_engagement_worksheets',
      'get_method',
      'list_engagements',
      'search_engagements',
    ])
    const read = await connect(demo.readToken)
    const readOnly = (await read.listTools()).tools.map((t) => t.name)
    expect(readOnly).not.toContain('add_data_item')
    expect(readOnly).not.toContain('add_improvement')
    const refused = await read.callTool({ name: 'add_data_item', arguments: {} })
    expect(refused.isError).toBe(true)
  })

  it('lists, searches and reads engagements as GraphQL does, inside the tenant', async () => {
    const client = await connect(demo.leadToken)
    const listed = jsonOf(await client.callTool({ name: 'list_engagements', arguments: {} }))
    expect(listed.engagements.totalCount).toBe(2)
    const found = jsonOf(
      await client.callTool({ name: 'search_engagements', arguments: { query: 'baseline' } }),
    )
    expect(found.engagements.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      'ACME IMC baseline assessment 2025',
    ])
    const id = globalId('Engagement', demo.finishedEngagementId)
    const result = jsonOf(
      await client.callTool({ name: 'get_engagement_result', arguments: { engagementId: id } }),
    )
    expect(result.result).toMatchObject({ total: 70, band: 'HIGH', complete: true, missing: [] })
    expect(result.result.warnings).toBeInstanceOf(Array)
    const profile = jsonOf(
      await client.callTool({ name: 'get_engagement_profile', arguments: { engagementId: id } }),
    )
    expect(profile.result.profile.meetsThreshold).toBe(true)
    const sensitivity = jsonOf(
      await client.callTool({
        name: 'get_engagement_sensitivity',
        arguments: { engagementId: id },
      }),
    )
    expect(sensitivity.result.sensitivity.drivers).toHaveLength(10)
    const other = await client.callTool({
      name: 'get_engagement_result',
      arguments: { engagementId: globalId('Engagement', foreign.engagementId) },
    })
    expect(other.isError).toBe(true)
    expect(textOf(other)).toContain('was not found')
  })

  it('returns the worksheets exactly as GraphQL redacts them for the same token', async () => {
    const id = globalId('Engagement', demo.finishedEngagementId)
    for (const token of [demo.leadToken, demo.viewerToken]) {
      const client = await connect(token)
      const worksheets = jsonOf(
        await client.callTool({
          name: 'get_engagement_worksheets',
          arguments: { engagementId: id },
        }),
      )
      const report = await readEngagementReport(httpRunner(`${base}/graphql`, token), id)
      expect(worksheets.scopeList).toEqual(report?.scopeList)
      expect(worksheets.evaluations).toEqual(report?.evaluations)
      expect(worksheets.improvements).toEqual(report?.improvements)
    }
  })

  it('adds a data item and an improvement with a read-write token', async () => {
    const client = await connect(demo.leadToken)
    const id = globalId('Engagement', demo.activeEngagementId)
    const session = await db.prisma.interviewSession.create({
      data: { engagementId: demo.activeEngagementId, title: 'MCP interview' },
    })
    const item = await client.callTool({
      name: 'add_data_item',
      arguments: {
        engagementId: id,
        text: 'Runbook seen',
        effect: 'SUCCESS',
        driverIds: ['D1'],
        interviewSessionId: globalId('Interview', session.id),
      },
    })
    expect(item.isError, textOf(item)).toBeFalsy()
    expect(jsonOf(item).dataItem).toMatchObject({ text: 'Runbook seen', drivers: ['D1'] })
    const improvement = await client.callTool({
      name: 'add_improvement',
      arguments: { engagementId: id, driverId: 'D2', proposal: 'Write the escalation matrix' },
    })
    expect(improvement.isError, textOf(improvement)).toBeFalsy()
    expect(jsonOf(improvement).improvement).toMatchObject({ driverId: 'D2' })
    const audited = await db.prisma.auditEvent.count({
      where: { operation: { in: ['data-item.add', 'improvement.add'] } },
    })
    expect(audited).toBeGreaterThanOrEqual(2)
  })

  it('serves the method and engagement reports as resources', async () => {
    const client = await connect(demo.viewerToken)
    const method = await client.readResource({ uri: 'immd://method/immd-1.0' })
    const body = JSON.parse(String((method.contents[0] as { text: string }).text))
    expect(body.version).toBe('immd-1.0')
    expect(body.drivers[0].question.provenance).toBeDefined()
    const id = globalId('Engagement', demo.finishedEngagementId)
    const report = await client.readResource({ uri: `immd://engagements/${id}/report` })
    const parsed = JSON.parse(String((report.contents[0] as { text: string }).text))
    expect(parsed.result).toMatchObject({ band: 'HIGH', complete: true })
  })
})
