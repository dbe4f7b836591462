/**
 * The IMMD MCP server (`@immd/mcp/mcp-server`) for an SDK client: its tools run their GraphQL
 * operations through the {@link ImmdClient} (the caller's own credentials) and read the report
 * with {@link fetchEngagementReport}. `immd mcp` serves it over stdio; the API serves the same
 * server at `/mcp` with its own in-process client (docs/api.md).
 *
 * @packageDocumentation
 */
import {
  createImmdMcpServer as createServer,
  type McpGraphqlClient,
  readCredentialCanWrite as readCanWrite,
} from '@immd/mcp/mcp-server'
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { ImmdClient } from './client.js'
import { fetchEngagementReport } from './engagement-report.js'

/** Options of {@link createImmdMcpServer}. */
export interface CreateImmdMcpServerOptions {
  /** A client with the caller's credentials (an API token). */
  client: ImmdClient
  /** Offer the write tools (`add_data_item`, `add_improvement`): true for read-write tokens. */
  canWrite: boolean
  /** Reported to MCP clients (default: `0.1.0`). */
  version?: string
}

/** The SDK client as the MCP server's GraphQL client (the documents are plain strings). */
function graphqlClientOf(client: ImmdClient): McpGraphqlClient {
  return {
    request: <TData>(document: string, variables?: Record<string, unknown>) =>
      client.request<TData, Record<string, unknown>>(document, variables ?? {}),
  }
}

/** Creates the MCP server for one caller; connect it to a transport (stdio, streamable HTTP). */
export function createImmdMcpServer(options: CreateImmdMcpServerOptions): McpServer {
  return createServer({
    client: graphqlClientOf(options.client),
    readReport: (id) => fetchEngagementReport(options.client, id),
    canWrite: options.canWrite,
    version: options.version,
  })
}

/** Asks the API whether the client's credential may write (for {@link CreateImmdMcpServerOptions.canWrite}). */
export function readCredentialCanWrite(client: ImmdClient): Promise<boolean> {
  return readCanWrite(graphqlClientOf(client))
}
