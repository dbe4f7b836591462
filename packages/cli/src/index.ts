#!/usr/bin/env node
/**
 * The `immd` command: wiring only. Each command lives in `commands/<verb>.ts`, returns a result and
 * never exits; this file parses arguments (commander), resolves the configuration, prints the
 * result (human or `--json`) and maps failures to the documented exit codes (`exit-codes.ts`).
 *
 * @packageDocumentation
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import type { ExportFormat } from './commands/export.js'
import type { TokenScopeOption } from './commands/token-create.js'
import { resolveConfig } from './config.js'
import { connect, toCliError } from './connect.js'
import { CliError, EXIT } from './exit-codes.js'
import {
  createTranslator,
  renderMessage,
  resolveCliLocale,
  type Translate,
} from './messages/translate.js'
import {
  printEngagement,
  printEngagements,
  printExport,
  printImport,
  printScore,
} from './print-results.js'
import { chooseProgressMode, createProgress } from './progress.js'

interface GlobalOptions {
  apiUrl?: string
  token?: string
  organization?: string
  config?: string
  json?: boolean
  quiet?: boolean
  lang?: string
}

const EXIT_CODES_HELP = `
Configuration: flags, then IMMD_API_URL / IMMD_TOKEN / IMMD_ORGANIZATION, then the config file
(--config, IMMD_CONFIG or ~/.config/immd/config.json: {"apiUrl", "token", "organization"}).

Language of messages: --lang, then IMMD_LANG, then LC_ALL / LC_MESSAGES / LANG (en, fr, de;
default en). --json output is the same in every language.

Exit codes: 0 ok · 1 unexpected error · 2 usage · 3 invalid input (inventory problems, domain
errors) · 4 token missing, rejected or not allowed · 5 API unreachable · 6 not found.`

/** Runs one invocation; resolves to the exit code. `io` is injectable for tests. */
export async function main(
  argv: string[],
  io: {
    stdout: (text: string) => void
    stderr: (text: string) => void
    env: Record<string, string | undefined>
    tty: boolean
  } = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    tty: Boolean(process.stdout.isTTY && process.stderr.isTTY),
  },
): Promise<number> {
  let exitCode: number = EXIT.OK
  const out = (line: string) => io.stdout(`${line}\n`)
  const program = new Command('immd')
    .description('Automate IMMD engagements: import CSIRT inventories, list, score and export.')
    .version('0.1.0')
    .option('--api-url <url>', 'GraphQL endpoint (default http://localhost:4000/graphql)')
    .option('--token <token>', 'API token (prefer IMMD_TOKEN)')
    .option('--organization <slug>', 'organization slug, name or id')
    .option('--config <file>', 'config file (JSON)')
    .option('--json', 'print the result as JSON on stdout')
    .option('--quiet', 'no progress output')
    .addOption(
      new Option('--lang <locale>', 'language of messages (default: IMMD_LANG, then LANG)').choices(
        ['en', 'fr', 'de'],
      ),
    )
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()

  const globals = () => program.opts<GlobalOptions>()
  const locale = () => resolveCliLocale({ flag: globals().lang, env: io.env })
  const t = () => createTranslator(locale())
  const config = () => resolveConfig({ flags: globals(), env: io.env })
  const client = async () => connect({ config: await config() })
  /** Prints a result as JSON or through its printer. */
  const emit = <T>(
    result: T,
    print: (result: T, write: (line: string) => void, t: Translate) => void,
  ) => {
    if (globals().json) out(JSON.stringify(result, null, 2))
    else print(result, out, t())
  }

  program
    .command('import')
    .description(
      'validate a CSIRT inventory, then create or update its teams and one draft engagement per IMC',
    )
    .argument('<file>', 'inventory: CSV (with a staff CSV), JSON or YAML')
    .addOption(
      new Option('--format <format>', 'inventory format (default: from the file)').choices([
        'csv',
        'json',
        'yaml',
      ]),
    )
    .option(
      '--staff <file>',
      'staff CSV keyed by short-team-name (default: <name>.staff.csv or <name>-staff.csv beside a CSV)',
    )
    .option('--dry-run', 'validate and show what would change, write nothing')
    .option('--no-engagements', 'import the teams only, create no draft engagements')
    .option(
      '--chunk-size <records>',
      'records per API request (whole IMCs; default 1000); larger inventories go in several resumable requests',
      (value: string) => {
        const size = Number(value)
        if (!Number.isInteger(size) || size < 1)
          throw new InvalidArgumentError('must be a positive whole number')
        return size
      },
    )
    .action(
      async (
        file: string,
        options: {
          format?: 'csv' | 'json' | 'yaml'
          staff?: string
          dryRun?: boolean
          engagements: boolean
          chunkSize?: number
        },
      ) => {
        const cfg = await config()
        const offline = options.dryRun && !cfg.token
        const mode = chooseProgressMode({
          json: Boolean(globals().json),
          quiet: Boolean(globals().quiet),
          tty: io.tty,
        })
        const { runImport } = await import('./commands/import.js')
        const result = await runImport({
          file,
          format: options.format,
          staffFile: options.staff,
          organization: cfg.organization,
          dryRun: options.dryRun,
          createEngagements: options.engagements,
          client: offline ? null : connect({ config: cfg }),
          progress: createProgress({ mode, write: io.stderr }),
          chunkSize: options.chunkSize,
        })
        emit(result, printImport)
        if (result.interrupted) exitCode = result.interrupted.exitCode
        else if (!result.ok) exitCode = EXIT.INVALID
      },
    )

  const engagements = program
    .command('engagements')
    .description('list, show and import engagements')
  engagements
    .command('list')
    .description('list the engagements the token can see (every page)')
    .option(
      '--state <state...>',
      'draft, preparing, collecting, evaluating, scored, next-steps, communicated, closed',
    )
    .option('--band <band...>', 'minimal, low, borderline, high, excellent')
    .option('--search <text>', 'text in the title or IMC id')
    .action(async (options: { state?: string[]; band?: string[]; search?: string }) => {
      const cfg = await config()
      const { listEngagements } = await import('./commands/engagements-list.js')
      const list = await listEngagements({
        client: connect({ config: cfg }),
        organization: cfg.organization,
        ...options,
      })
      emit(list, printEngagements)
    })
  const portfolio = program.command('portfolio').description('portfolio analytics')
  portfolio
    .command('stats')
    .description(
      'portfolio statistics: bands, distance to threshold, states, age, weakest drivers (aggregates only)',
    )
    .option(
      '--model <model...>',
      'security_team, internal_distributed, internal_centralized, combined, coordinating, other',
    )
    .option('--country <code...>', 'ISO 3166-1 alpha-2 country codes')
    .option('--constituency <text...>', 'constituencies, e.g. enterprise')
    .option('--size <band...>', 'small, medium, large')
    .option('--from <date>', 'engagements created on or after this date')
    .option('--to <date>', 'engagements created before this date')
    .addOption(new Option('--format <format>', 'write a file instead').choices(['csv', 'xlsx']))
    .option('--out <file>', 'the file to write (with --format)')
    .addOption(
      new Option(
        '--table <table>',
        'with --format csv: the figures (default) or the driver heatmap (XLSX holds both)',
      ).choices(['statistics', 'heatmap']),
    )
    .action(
      async (options: {
        table?: 'statistics' | 'heatmap'
        model?: string[]
        country?: string[]
        constituency?: string[]
        size?: string[]
        from?: string
        to?: string
        format?: 'csv' | 'xlsx'
        out?: string
      }) => {
        const cfg = await config()
        const { readPortfolioStatistics, writePortfolioStatistics, printPortfolioStatistics } =
          await import('./commands/portfolio-stats.js')
        const stats = await readPortfolioStatistics({
          client: connect({ config: cfg }),
          organization: cfg.organization,
          ...options,
          // The heatmap's every page only when a file is written.
          withHeatmap: Boolean(options.format),
        })
        if (options.format) {
          const out = options.out ?? `portfolio-statistics.${options.format}`
          const bytes = await writePortfolioStatistics(stats, options.format, out, options.table)
          emit({ file: out, bytes }, (r, write, tr) => write(tr('file.wrote', r)))
          return
        }
        emit(stats, printPortfolioStatistics)
      },
    )
  engagements
    .command('show')
    .description('show one engagement: result, derivation, drivers, follow-up')
    .argument('<engagement>', 'engagement id, title or IMC id')
    .action(async (engagement: string) => {
      const { showEngagement } = await import('./commands/engagements-show.js')
      const result = await showEngagement({ client: await client(), engagement })
      emit(result, (r, write, tr) => printEngagement(r.id, r.view, write, tr, locale()))
    })
  engagements
    .command('import')
    .description('create an engagement from an `immd export --format json` file')
    .argument('<file>', 'the JSON document')
    .action(async (file: string) => {
      const cfg = await config()
      const { importEngagementFile } = await import('./commands/engagements-import.js')
      const result = await importEngagementFile({
        client: connect({ config: cfg }),
        file,
        organization: cfg.organization,
      })
      emit(result, (r, write, tr) => write(tr('engagements.imported', r)))
    })

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

  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? EXIT.OK
        : EXIT.USAGE
    }
    const mapped = toCliError(error)
    if (mapped instanceof CliError) {
      if (globals().json)
        out(
          JSON.stringify({
            error: mapped.message,
            exitCode: mapped.exitCode,
            details: mapped.details ?? null,
            correlationId: mapped.correlationId,
          }),
        )
      const text = mapped.text ? renderMessage(locale(), mapped.text) : mapped.message
      io.stderr(`immd: ${text}\n`)
      return mapped.exitCode
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    io.stderr(`immd: ${t()('error.unexpected', { detail })}\n`)
    return EXIT.ERROR
  }
}

// Run when executed as the `immd` binary, not when imported by tests.
const invokedPath = process.argv[1] ? (await import('node:fs')).realpathSync(process.argv[1]) : ''
if (invokedPath === (await import('node:url')).fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
