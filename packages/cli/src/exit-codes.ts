/**
 * Exit codes of `immd` (documented in docs/automation.md and `immd --help`). Scripts can rely on
 * them: they never change meaning.
 *
 * @packageDocumentation
 */
import { type Message, renderMessage } from './messages/translate.js'

export const EXIT = {
  /** Everything worked (for `import --dry-run`: the inventory is valid). */
  OK: 0,
  /** An unexpected failure (a bug, a masked server error). */
  ERROR: 1,
  /** Bad command line: unknown option, missing argument, unreadable file. */
  USAGE: 2,
  /** The input is invalid (inventory problems, a domain error such as ValidationError). */
  INVALID: 3,
  /** No token, or the API rejected it, or it does not allow the operation. */
  AUTH: 4,
  /** The API could not be reached. */
  UNREACHABLE: 5,
  /** The engagement or organization does not exist (or is not visible to the token). */
  NOT_FOUND: 6,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/**
 * A failure the CLI explains in one message and maps to an exit code. `message` is English (what
 * `--json` prints); `text`, when set, renders the same message in the user's language on stderr.
 */
export class CliError extends Error {
  override name = 'CliError'

  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly details?: unknown,
    /** The server's correlation id of a masked unexpected error (its log entry), if any. */
    readonly correlationId: string | null = null,
    /** The message as a catalogue key and values, for output in another language. */
    readonly text: Message | null = null,
  ) {
    super(message)
  }

  /** A CliError whose message comes from the catalogue (English in `message`). */
  static of(
    text: Message,
    exitCode: ExitCode,
    details?: unknown,
    correlationId: string | null = null,
  ): CliError {
    return new CliError(renderMessage('en', text), exitCode, details, correlationId, text)
  }
}
