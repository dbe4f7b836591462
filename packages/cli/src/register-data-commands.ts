/**
 * The commands that read or write the API's data: `import`, `engagements list|show|import` and
 * `portfolio stats`. Registered on the program by `index.ts`; each action loads its command
 * module when it runs.
 *
 * @packageDocumentation
 */
import { InvalidArgumentError, Option } from 'commander'
import type { CommandContext } from './command-context.js'
import { connect } from './connect.js'
import { EXIT } from './exit-codes.js'
import { printEngagement, printEngagements, printImport } from './print-results.js'
import { chooseProgressMode, createProgress } from './progress.js'

/** Adds the data commands to `ctx.program`. */
export function registerDataCommands(ctx: CommandContext): void {
  const { program, io, globals, locale, config, client, emit, setExitCode } = ctx
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
        if (result.interrupted) setExitCode(result.interrupted.exitCode)
        else if (!result.ok) setExitCode(EXIT.INVALID)
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
}
