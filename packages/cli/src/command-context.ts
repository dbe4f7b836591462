/**
 * The context the command registrations share (`register-*-commands.ts`), built once per
 * invocation by `index.ts`.
 *
 * @packageDocumentation
 */

import type { Locale } from '@immd/core/locale'
import type { Command } from 'commander'
import type { resolveConfig } from './config.js'
import type { connect } from './connect.js'
import type { Translate } from './messages/translate.js'

/** The global options of every command. */
export interface GlobalOptions {
  apiUrl?: string
  token?: string
  organization?: string
  config?: string
  json?: boolean
  quiet?: boolean
  lang?: string
}

/** Where an invocation writes, what it reads from its environment, and whether it has a terminal. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
  tty: boolean
}

/**
 * What every command's action needs from the invocation: the parsed global options, the language,
 * the configuration and a client, the printer, and where the exit code goes.
 */
export interface CommandContext {
  program: Command
  io: CliIo
  globals: () => GlobalOptions
  locale: () => Locale
  config: () => ReturnType<typeof resolveConfig>
  client: () => Promise<ReturnType<typeof connect>>
  /** Prints a result as JSON or through its printer. */
  emit: <T>(
    result: T,
    print: (result: T, write: (line: string) => void, t: Translate) => void,
  ) => void
  setExitCode: (code: number) => void
}
