/**
 * The root entry of `@immd/sdk` (`import { createClient, paginate } from '@immd/sdk'`): the
 * transport, typed errors, result helpers, pagination, the engagement report and the portfolio
 * export in one import. The typed documents stay on their own subpath
 * (`@immd/sdk/generated/graphql`), as does the MCP server (`@immd/sdk/mcp-server`, which pulls in
 * `@modelcontextprotocol/sdk`); the other subpaths (`@immd/sdk/client`, …) are kept.
 *
 * @packageDocumentation
 */
export * from './client.js'
export * from './engagement-report.js'
export * from './errors.js'
export * from './operation-kind.js'
export * from './paginate.js'
export * from './portfolio-export.js'
export * from './results.js'
