/**
 * `/mcp`: the IMMD MCP server (`@immd/mcp/mcp-server`) over streamable HTTP, stateless (one
 * server per request, JSON answers), for clients authenticated by an API token. Its tools run
 * their GraphQL operations in process on this API, with the caller's token, so tenancy, roles and
 * redaction are those of GraphQL; a read-only token gets no write tools. The report comes from
 * the API's own report operations (`report-downloads/read-engagement-report.ts`), run the same way.
 *
 * @packageDocumentation
 */
import { createImmdMcpServer } from '@immd/mcp/mcp-server'
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import type { Plugin } from 'graphql-yoga'
import { authenticateRoute, jsonErrorResponse, type RouteAuthOptions } from '../http/route-auth.js'
import type { OperationRunner } from '../report-downloads/in-process-client.js'
import { readEngagementReport } from '../report-downloads/read-engagement-report.js'
import { createMcpGraphqlClient } from './mcp-graphql-client.js'

/** The path of the MCP endpoint. */
export const MCP_PATH = '/mcp'

/** Options of {@link useMcpEndpoint}. */
export interface McpEndpointOptions extends RouteAuthOptions {
  graphqlPath: string
  /** Marks the GraphQL requests the endpoint runs in process (trusted documents accept them). */
  onInProcessRequest: (request: Request) => void
}

/** The Yoga plugin serving {@link MCP_PATH}; every other request passes through. */
export function useMcpEndpoint(options: McpEndpointOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, requestHandler }) {
      if (url.pathname !== MCP_PATH) return
      const token = /^Bearer\s+(\S+)$/i.exec(
        request.headers.get('authorization')?.trim() ?? '',
      )?.[1]
      if (!token) {
        endResponse(
          jsonErrorResponse(
            401,
            'UNAUTHENTICATED',
            'The MCP endpoint needs `Authorization: Bearer <API token>`.',
            {
              'www-authenticate': 'Bearer',
            },
          ),
        )
        return
      }
      const context = await authenticateRoute(request, serverContext, options)
      if (context instanceof Response) {
        endResponse(context)
        return
      }
      const client = createMcpGraphqlClient({
        url: new URL(options.graphqlPath, url).toString(),
        token,
        fetch: (inner) => {
          options.onInProcessRequest(inner)
          return Promise.resolve(requestHandler(inner, serverContext as never))
        },
      })
      const server = createImmdMcpServer({
        client,
        // Both are `request<TData>(document, variables)` over the same in-process pipeline.
        readReport: (id) => readEngagementReport(client satisfies OperationRunner, id),
        canWrite: context.viewer.scope === 'read-write',
      })
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
        // The MCP tools carry no imports: the ordinary body limit, refused from `content-length`.
        maxRequestBodySize: options.security.limits.maxBodyBytes,
      })
      await server.connect(transport)
      try {
        endResponse(await transport.handleRequest(request))
      } finally {
        await server.close()
      }
    },
  }
}
