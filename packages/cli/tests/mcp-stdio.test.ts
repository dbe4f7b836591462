/**
 * `immd mcp` over stdio, driven by the MCP SDK's own client: the CLI is started as a subprocess
 * (as an assistant starts it) with the API URL and token in its environment, and its tools answer
 * from the real API server with that token's rights.
 */
import { fileURLToPath } from 'node:url'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApiServer, type TestApiServer } from './support/api-server.js'

const CLI_DIR = fileURLToPath(new URL('..', import.meta.url))

type ToolResult = { isError?: boolean; content: { type: string; text: string }[] }

describe('immd mcp (stdio)', () => {
  let server: TestApiServer
  const clients: Client[] = []

  async function start(token: string): Promise<Client> {
    const client = new Client({ name: 'immd-stdio-test', version: '1.0.0' })
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        // The built binary, as assistants run it (turbo builds before tests).
        args: ['dist/index.js', 'mcp'],
        cwd: CLI_DIR,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: '/nonexistent',
          IMMD_API_URL: server.url,
          IMMD_TOKEN: token,
        },
        stderr: 'pipe',
      }),
    )
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    server = await startTestApiServer()
  })
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()))
    await server?.close()
  })

  it('answers tools and resources with the token of its configuration', async () => {
    const client = await start(server.token)
    const tools = (await client.listTools()).tools.map((tool) => tool.name)
    expect(tools).toContain('add_improvement')
    const listed = (await client.callTool({
      name: 'search_engagements',
      arguments: { query: 'baseline' },
    })) as ToolResult
    expect(listed.isError).toBeFalsy()
    const page = JSON.parse(listed.content[0]?.text ?? '{}')
    expect(page.engagements.edges[0].node.title).toBe('ACME IMC baseline assessment 2025')
    const result = (await client.callTool({
      name: 'get_engagement_result',
      arguments: { engagementId: server.finishedEngagementId },
    })) as ToolResult
    expect(JSON.parse(result.content[0]?.text ?? '{}').result).toMatchObject({ band: 'HIGH' })
    const method = await client.readResource({ uri: 'immd://method/immd-1.0' })
    expect(JSON.parse(String((method.contents[0] as { text: string }).text)).version).toBe(
      'immd-1.0',
    )
  })

  it('offers no write tools to a read-only token', async () => {
    const client = await start(server.readToken)
    const tools = (await client.listTools()).tools.map((tool) => tool.name)
    expect(tools).toContain('get_engagement_worksheets')
    expect(tools).not.toContain('add_data_item')
  })
})
