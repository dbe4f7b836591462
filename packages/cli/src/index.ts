#!/usr/bin/env node
/**
 * The `immd` command: wiring only. Each command lives in `commands/<verb>.ts`, returns a result and
 * never exits; its options are declared in `register-data-commands.ts` or
 * `register-file-commands.ts`. This file sets up the program and its global options, resolves the
 * configuration, prints the result (human or `--json`) and maps failures to the documented exit
 * codes (`exit-codes.ts`).
 *
 * @packageDocumentation
 */
import { Command, CommanderError, Option } from 'commander'
import type { CliIo, CommandContext, GlobalOptions } from './command-context.js'
import { resolveConfig } from './config.js'
import { connect, toCliError } from './connect.js'
import { CliError, EXIT } from './exit-codes.js'
import {
  createTranslator,
  renderMessage,
  resolveCliLocale,
  type Translate,
} from './messages/translate.js'
import { registerDataCommands } from './register-data-commands.js'
import { registerFileCommands } from './register-file-commands.js'

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
  io: CliIo = {
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

  const ctx: CommandContext = {
    program,
    io,
    globals,
    locale,
    config,
    client,
    emit,
    setExitCode: (code) => {
      exitCode = code
    },
  }
  registerDataCommands(ctx)
  registerFileCommands(ctx)

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
