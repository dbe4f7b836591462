/**
 * Progress of a long command, stage by stage (`parse`, `validate`, `plan`, `upload` …): a
 * cli-progress bar per stage on a terminal, plain `stage: n/total` lines on stderr otherwise, and
 * nothing at all for `--json` or `--quiet` (stdout stays machine-readable).
 *
 * @packageDocumentation
 */
import cliProgress from 'cli-progress'

/** Reports the stages of one command. */
export interface ProgressReporter {
  /** Starts a stage with `total` steps. */
  start(stage: string, total: number): void
  /** Sets the current stage's count (and optionally a note). */
  update(count: number, note?: string): void
  /** Ends the current stage. */
  stop(note?: string): void
}

/** A reporter that prints nothing. */
export const silentProgress: ProgressReporter = { start() {}, update() {}, stop() {} }

/** Options of {@link createProgress}. */
export interface CreateProgressOptions {
  mode: 'bar' | 'lines' | 'silent'
  /** Where plain lines go (default stderr). */
  write?: (text: string) => void
  /** The terminal the bars draw on (default stderr). */
  stream?: NodeJS.WriteStream
}

/** Picks the mode: bars on a TTY, lines when piped, silent for --json / --quiet. */
export function chooseProgressMode(options: { json: boolean; quiet: boolean; tty: boolean }) {
  if (options.json || options.quiet) return 'silent' as const
  return options.tty ? ('bar' as const) : ('lines' as const)
}

/** Creates a reporter in the given mode. */
export function createProgress(options: CreateProgressOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr
  const write = options.write ?? ((text: string) => stream.write(text))
  if (options.mode === 'silent') return silentProgress
  if (options.mode === 'lines') {
    let stage = ''
    let total = 0
    let count = 0
    return {
      start(name, steps) {
        stage = name
        total = steps
        count = 0
      },
      update(value) {
        count = value
      },
      stop(note) {
        write(`${stage}: ${count}/${total}${note ? ` ${note}` : ''}\n`)
      },
    }
  }
  let bar: cliProgress.SingleBar | null = null
  return {
    start(name, steps) {
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${name.padEnd(9)} {bar} {value}/{total} {note}`,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      )
      bar.start(Math.max(steps, 1), 0, { note: '' })
    },
    update(value, note) {
      bar?.update(value, { note: note ?? '' })
    },
    stop(note) {
      if (!bar) return
      if (note !== undefined) bar.update({ note })
      bar.stop()
      bar = null
    },
  }
}
