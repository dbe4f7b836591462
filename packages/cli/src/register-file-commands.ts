/**
 * The commands around files and credentials: `score` (offline), `export`, `mcp` (stdio) and
 * `token create`. Registered on the program by `index.ts`.
 *
 * @packageDocumentation
 */
import { Option } from 'commander'
import type { CommandContext } from './command-context.js'
import type { ExportFormat } from './commands/export.js'
import type { TokenScopeOption } from './commands/token-create.js'
import { connect } from './connect.js'
import { printExport, printScore } from './print-results.js'

/** Adds the file and token commands to `ctx.program`. */
export function registerFileCommands(ctx: CommandContext): void {
  const { program, locale, config, emit } = ctx
  program
    .command('score')
    .description('score a worksheet (or an exported engagement) offline with @immd/core')
    .argument('<worksheet>', 'JSON: {"answers": {"D1": "likely-yes", …}, "threshold": "high"}')
    .action(async (file: string) => {
      const { scoreWorksheet } = await import('./commands/score.js')
      emit(await scoreWorksheet({ file }), (r, write, tr) => printScore(r, write, tr, locale()))
    })

  program
    .command('export')
    .description('export an engagement (json, csv, xlsx, pdf, docx) or the portfolio (csv, xlsx)')
    .argument('[engagement]', 'engagement id, title or IMC id')
    .addOption(
      new Option('--format <format>', 'file format')
        .choices(['json', 'csv', 'xlsx', 'pdf', 'docx'] satisfies ExportFormat[])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'where to write')
    .option('--worksheet <id>', 'csv of one engagement: which worksheet (default immd-worksheet)')
    .option('--portfolio', 'export the list of engagements instead of one engagement')
    .option(
      '--include-restricted',
      'json: include interviewee names and TLP:AMBER/RED notes (engagement assessors and admins only)',
    )
    .option(
      '--include-files',
      'json: include every evidence file version (base64, with its SHA-256; engagement assessors and admins only)',
    )
    .action(
      async (
        engagement: string | undefined,
        options: {
          format: ExportFormat
          out: string
          worksheet?: string
          portfolio?: boolean
          includeRestricted?: boolean
          includeFiles?: boolean
        },
      ) => {
        const cfg = await config()
        const { exportEngagement } = await import('./commands/export.js')
        const result = await exportEngagement({
          client: connect({ config: cfg }),
          engagement,
          organization: cfg.organization,
          ...options,
        })
        emit(result, printExport)
      },
    )

  program
    .command('mcp')
    .description(
      'serve the MCP tools (engagements, results, worksheets, method) over stdio for assistants',
    )
    .action(async () => {
      const cfg = await config()
      const { serveMcp } = await import('./commands/mcp.js')
      await serveMcp({ client: connect({ config: cfg }) })
    })

  const token = program.command('token').description('API tokens')
  token
    .command('create')
    .description('create an API token for yourself in an organization (printed once)')
    .requiredOption('--name <name>', 'what the token is for, e.g. "ci import"')
    .addOption(
      new Option('--scope <scope>', 'token scope').choices(['read', 'read-write']).default('read'),
    )
    .option(
      '--expires <days|date>',
      'expiry: days from now (30) or a date (2026-12-31); default never',
    )
    .action(async (options: { name: string; scope: TokenScopeOption; expires?: string }) => {
      const cfg = await config()
      const { createToken } = await import('./commands/token-create.js')
      const result = await createToken({
        client: connect({ config: cfg }),
        organization: cfg.organization,
        name: options.name,
        scope: options.scope,
        expires: options.expires,
      })
      emit(result, (r, write, tr) =>
        write(tr('token.created', { ...r, expiresAt: r.expiresAt ?? null })),
      )
    })
}
