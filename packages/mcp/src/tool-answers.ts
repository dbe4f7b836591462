/**
 * What every MCP tool shares: the GraphQL client it runs operations with, how its answer or error
 * reaches the assistant, and the argument schemas several tools take.
 *
 * @packageDocumentation
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'

/** Runs one GraphQL operation with the caller's credentials and resolves with its data. */
export interface McpGraphqlClient {
  request<TData>(document: string, variables?: Record<string, unknown>): Promise<TData>
}

/** A GraphQL answer or variables object. */
export type Json = Record<string, unknown>

/** A tool answer: the data as JSON text (and structured), or the error as a tool error. */
export async function answer(run: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    const data = await run()
    return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }] }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { isError: true, content: [{ type: 'text', text: message }] }
  }
}

/** The engagement of a query, or a not-found error naming the id. */
export function found<T>(engagement: T | null | undefined, id: string): T {
  if (!engagement) throw new Error(`Engagement ${id} was not found (or you may not see it).`)
  return engagement
}

/** A mutation's typed result: the payload, or the domain error as a thrown message. */
export function payloadOf(result: { __typename: string; message?: string } & Json): Json {
  if (typeof result.message === 'string') throw new Error(`${result.__typename}: ${result.message}`)
  return result
}

export const engagementId = z
  .string()
  .describe('Global id of the engagement (from list_engagements).')
export const pageArgs = {
  first: z.number().int().min(1).max(100).optional().describe('Page size, 1-100 (default 20).'),
  after: z.string().optional().describe('endCursor of the previous page.'),
}
