/**
 * `immd mcp`: the IMMD MCP server over stdio, for assistants that start it as a subprocess
 * (Claude Desktop, IDEs; docs/api.md has a configuration). Its tools call the configured API with
 * the configured token, so they see and change what that token may; a read-only token gets no
 * write tools. stdout carries only the protocol: nothing else may be printed while it runs.
 *
 * @packageDocumentation
 */
import type { ImmdClient } from '@immd/sdk/client'
import { createImmdMcpServer, readCredentialCanWrite } from '@immd/sdk/mcp-server'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'

/** Options of {@link serveMcp}. */
export interface ServeMcpOptions {
  client: ImmdClient
}

/** Serves MCP on stdin/stdout until the client closes stdin; resolves then. */
export async function serveMcp(options: ServeMcpOptions): Promise<{ closed: true }> {
  const canWrite = await readCredentialCanWrite(options.client)
  const server = createImmdMcpServer({ client: options.client, canWrite })
  const transport = new StdioServerTransport()
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve
    process.stdin.once('end', resolve)
  })
  await server.connect(transport)
  await closed
  await server.close()
  return { closed: true }
}
