/**
 * The GraphQL client of the `/mcp` endpoint's tools: each operation is a GraphQL request handed
 * to this API's own request handler in process, with the caller's token, so it passes the whole
 * GraphQL pipeline (authentication, cost and depth limits, masking) exactly as an HTTP request
 * with the same token would.
 *
 * @packageDocumentation
 */
import type { McpGraphqlClient } from '@immd/mcp/mcp-server'

/** A GraphQL error answer to one of the MCP tools' operations (the messages joined). */
export class McpGraphqlError extends Error {
  override readonly name = 'McpGraphqlError'
  constructor(readonly messages: readonly string[]) {
    super(messages.join('; ') || 'GraphQL error')
  }
}

/** Options of {@link createMcpGraphqlClient}. */
export interface McpGraphqlClientOptions {
  /** The absolute URL of the GraphQL endpoint (the requests never leave the process). */
  url: string
  /** The caller's API token. */
  token: string
  /** Hands a request to the API's request handler in process. */
  fetch: (request: Request) => Promise<Response>
}

/** A client whose `request` posts the operation to the in-process handler with the token. */
export function createMcpGraphqlClient(options: McpGraphqlClientOptions): McpGraphqlClient {
  const request = async (document: string, variables?: Record<string, unknown>) => {
    const response = await options.fetch(
      new Request(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${options.token}`,
        },
        body: JSON.stringify({ query: document, variables: variables ?? {} }),
      }),
    )
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    if (body.errors?.length) throw new McpGraphqlError(body.errors.map((e) => e.message))
    return body.data
  }
  // `request` is generic over the data's type; the data is the document's result by construction.
  return { request } as McpGraphqlClient
}
