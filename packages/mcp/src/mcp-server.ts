/**
 * The IMMD MCP server (Model Context Protocol): tools and resources that let an assistant read a
 * CSIRT's assessments and, with a read-write token, add data items and improvements. Every tool
 * runs a GraphQL operation through a {@link McpGraphqlClient} holding the caller's own
 * credentials, so what it sees and may change is exactly what the same token sees and may change
 * in GraphQL. Served over stdio by `immd mcp` (through `@immd/sdk/mcp-server`, which reads the
 * report with the SDK) and over streamable HTTP at `/mcp` by the API (which reads it with its own
 * report operations): this package holds no generated code, so the API can serve it without
 * depending on a client generated from itself.
 *
 * Results are never shown without what qualifies them: the result tools return the band with the
 * coverage (`complete`, `missing`, `notApplicable`) and the warnings, as the GraphQL result does.
 *
 * @packageDocumentation
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import {
  MCP_ENGAGEMENTS,
  MCP_METHOD,
  MCP_PROFILE,
  MCP_RESULT,
  MCP_SENSITIVITY,
  MCP_VIEWER,
} from './documents.js'
import {
  answer,
  engagementId,
  found,
  type Json,
  type McpGraphqlClient,
  pageArgs,
} from './tool-answers.js'
import { registerWriteTools } from './write-tools.js'

export type { McpGraphqlClient } from './tool-answers.js'

/** The worksheets of an engagement's report, complete (what `get_engagement_worksheets` returns). */
export interface McpEngagementReport {
  evaluations: unknown
  dataItems: unknown
  improvements: unknown
  lessons: unknown
  scopeList: unknown
  documents: unknown
  preparationChecklist: unknown
}

/** Reads the complete report of one engagement (global id); null when the caller cannot see it. */
export type ReadMcpReport = (id: string) => Promise<McpEngagementReport | null>

/** Options of {@link createImmdMcpServer}. */
export interface CreateImmdMcpServerOptions {
  /** A client with the caller's credentials (an API token). */
  client: McpGraphqlClient
  /** Reads an engagement's report with the same credentials (every worksheet page walked). */
  readReport: ReadMcpReport
  /** Offer the write tools (`add_data_item`, `add_improvement`): true for read-write tokens. */
  canWrite: boolean
  /** Reported to MCP clients (default: `0.1.0`). */
  version?: string
}

/** Registers the read tools. */
function registerReadTools(
  server: McpServer,
  client: McpGraphqlClient,
  readReport: ReadMcpReport,
): void {
  const listEngagements = (filter: Json, first?: number, after?: string) =>
    client.request<Json>(MCP_ENGAGEMENTS, { first: first ?? 20, after, filter })
  server.registerTool(
    'list_engagements',
    {
      title: 'List engagements',
      description:
        'Engagements of your organizations, newest change first, optionally filtered by lifecycle state.',
      inputSchema: {
        state: z
          .array(z.string())
          .optional()
          .describe('States such as PREPARING, COLLECTING, EVALUATING, SCORED, CLOSED.'),
        ...pageArgs,
      },
      annotations: { readOnlyHint: true },
    },
    ({ state, first, after }) => answer(() => listEngagements({ state }, first, after)),
  )
  server.registerTool(
    'search_engagements',
    {
      title: 'Search engagements',
      description: 'Engagements whose title, IMC id or team matches the text.',
      inputSchema: { query: z.string().min(1).describe('Text to look for.'), ...pageArgs },
      annotations: { readOnlyHint: true },
    },
    ({ query, first, after }) => answer(() => listEngagements({ search: query }, first, after)),
  )
  const byId = (name: string, title: string, description: string, document: string) =>
    server.registerTool(
      name,
      { title, description, inputSchema: { engagementId }, annotations: { readOnlyHint: true } },
      ({ engagementId: id }) =>
        answer(async () => {
          const data = await client.request<{ engagement: Json | null }>(document, { id })
          return found(data.engagement, id)
        }),
    )
  byId(
    'get_engagement_result',
    'Engagement result',
    'The live result: total, band, the derivation, per-driver scores, and what qualifies the band (complete, missing and not-applicable drivers, warnings).',
    MCP_RESULT,
  )
  byId(
    'get_engagement_profile',
    'Success profile',
    'The success profile: current band against the success threshold, differential in bands and points.',
    MCP_PROFILE,
  )
  byId(
    'get_engagement_sensitivity',
    'Sensitivity',
    'One answer step up and down per driver and its effect on the band; the fewest upgrades that reach the threshold.',
    MCP_SENSITIVITY,
  )
  server.registerTool(
    'get_engagement_worksheets',
    {
      title: 'Worksheets',
      description:
        'The worksheets of an engagement, complete: driver evaluations, data items, improvements, lessons, scope list, documents, checklist (personal data redacted as for your role).',
      inputSchema: { engagementId },
      annotations: { readOnlyHint: true },
    },
    ({ engagementId: id }) =>
      answer(async () => {
        const report = found(await readReport(id), id)
        const { evaluations, dataItems, improvements, lessons, scopeList, documents } = report
        return {
          evaluations,
          dataItems,
          improvements,
          lessons,
          scopeList,
          documents,
          preparationChecklist: report.preparationChecklist,
        }
      }),
  )
  server.registerTool(
    'get_method',
    {
      title: 'Method',
      description:
        'A method version: drivers with their questions and provenance (read, inferred, design), answers and values, bands.',
      inputSchema: { version: z.string().optional().describe('Default immd-1.0.') },
      annotations: { readOnlyHint: true },
    },
    ({ version }) =>
      answer(async () => {
        const data = await client.request<{ method: Json | null }>(MCP_METHOD, {
          version: version ?? 'immd-1.0',
        })
        if (!data.method) throw new Error(`Method ${version} was not found.`)
        return data.method
      }),
  )
}

/** Registers the resources: the method, and each engagement's report. */
function registerResources(
  server: McpServer,
  client: McpGraphqlClient,
  readReport: ReadMcpReport,
): void {
  server.registerResource(
    'method',
    new ResourceTemplate('immd://method/{version}', { list: undefined }),
    {
      title: 'IMMD method',
      description: 'A method version as JSON (immd://method/immd-1.0).',
      mimeType: 'application/json',
    },
    async (uri, { version }) => {
      const data = await client.request<{ method: Json | null }>(MCP_METHOD, {
        version: String(version),
      })
      if (!data.method) throw new Error(`Method ${version} was not found.`)
      return {
        contents: [
          {
            uri: uri.href,
            mimeType: 'application/json',
            text: JSON.stringify(data.method, null, 2),
          },
        ],
      }
    },
  )
  server.registerResource(
    'engagement-report',
    new ResourceTemplate('immd://engagements/{engagementId}/report', { list: undefined }),
    {
      title: 'Engagement report',
      description:
        'The full report of an engagement as JSON: result with coverage and warnings, profile, sensitivity and every worksheet.',
      mimeType: 'application/json',
    },
    async (uri, { engagementId: id }) => {
      const report = found(await readReport(String(id)), String(id))
      return {
        contents: [
          { uri: uri.href, mimeType: 'application/json', text: JSON.stringify(report, null, 2) },
        ],
      }
    },
  )
}

/** Creates the MCP server for one caller; connect it to a transport (stdio, streamable HTTP). */
export function createImmdMcpServer(options: CreateImmdMcpServerOptions): McpServer {
  const server = new McpServer(
    { name: 'immd', title: 'IMMD assessments', version: options.version ?? '0.1.0' },
    {
      instructions:
        'IMMD (Incident Management Mission Diagnostic) assessments of CSIRTs. Start with list_engagements or search_engagements, then read a result with get_engagement_result; a band is only as certain as its coverage and warnings, which always come with it.',
    },
  )
  registerReadTools(server, options.client, options.readReport)
  if (options.canWrite) registerWriteTools(server, options.client)
  registerResources(server, options.client, options.readReport)
  return server
}

/** Asks the API whether the client's credential may write (for {@link CreateImmdMcpServerOptions.canWrite}). */
export async function readCredentialCanWrite(client: McpGraphqlClient): Promise<boolean> {
  const data = await client.request<{ viewer: { authenticated: boolean; canWrite: boolean } }>(
    MCP_VIEWER,
  )
  if (!data.viewer.authenticated) throw new Error('The API token was not accepted.')
  return data.viewer.canWrite
}
