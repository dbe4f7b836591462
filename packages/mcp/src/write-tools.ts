/**
 * The MCP write tools (`add_data_item`, `add_improvement`), offered to read-write credentials
 * only; each runs the same GraphQL mutation the console does, so authorization, the
 * communicated-results lock and the audit apply unchanged.
 *
 * @packageDocumentation
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { MCP_ADD_DATA_ITEM, MCP_ADD_IMPROVEMENT } from './documents.js'
import {
  answer,
  engagementId,
  type Json,
  type McpGraphqlClient,
  payloadOf,
} from './tool-answers.js'

/** Registers the write tools (read-write credentials only). */
export function registerWriteTools(server: McpServer, client: McpGraphqlClient): void {
  server.registerTool(
    'add_data_item',
    {
      title: 'Add a data item',
      description:
        'Records a data item (evidence for the rationale) on an engagement, from one interview or one document, linked to drivers, with its effect.',
      inputSchema: {
        engagementId,
        text: z.string().min(1).describe('What was observed.'),
        effect: z.enum(['SUCCESS', 'FAILURE', 'NEUTRAL', 'UNKNOWN']).describe('Effect on success.'),
        driverIds: z.array(z.string()).min(1).describe('Driver ids such as D1, D4.'),
        interviewSessionId: z
          .string()
          .optional()
          .describe('The interview it comes from (give this or documentId).'),
        documentId: z
          .string()
          .optional()
          .describe('The document it comes from (give this or interviewSessionId).'),
      },
    },
    (input) =>
      answer(async () => {
        const data = await client.request<{ addDataItem: Json & { __typename: string } }>(
          MCP_ADD_DATA_ITEM,
          { input },
        )
        return payloadOf(data.addDataItem)
      }),
  )
  server.registerTool(
    'add_improvement',
    {
      title: 'Add an improvement',
      description: 'Adds a row to the improvement worksheet of an engagement.',
      inputSchema: {
        engagementId,
        driverId: z.string().describe('The driver it improves, e.g. D3.'),
        proposal: z.string().min(1).describe('What to do.'),
        priority: z.enum(['HIGH', 'MEDIUM', 'LOW']).optional(),
        ownerName: z.string().optional().describe('Who owns it.'),
      },
    },
    (input) =>
      answer(async () => {
        const data = await client.request<{ addImprovement: Json & { __typename: string } }>(
          MCP_ADD_IMPROVEMENT,
          { input },
        )
        return payloadOf(data.addImprovement)
      }),
  )
}
