/**
 * Starts a contender as its own process (so each has its own event loop and memory, measured from
 * `/proc`) and talks to it: its port, its statement counter, its peak resident memory.
 *
 * @packageDocumentation
 */
import { type ChildProcess, fork } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** The contenders, by the file that starts them. */
export type ContenderName = 'ours' | 'limit' | 'naive' | 'postgraphile'

/** A running contender. */
export interface Contender {
  name: ContenderName
  base: string
  pid: number
  /** SQL statements sent since the process started. */
  statements(): Promise<number>
  /** Peak resident set (VmHWM, MiB) since start or the last {@link resetPeak}. */
  peakRssMiB(): Promise<number | null>
  /** Resets VmHWM (Linux `clear_refs` 5); false where the kernel does not allow it. */
  resetPeak(): Promise<boolean>
  stop(): Promise<void>
}

const STARTUP_MS = 60_000

/** The bench's sources (`src/`) and where their JavaScript goes (ignored by git, with the data). */
const SOURCE_DIR = fileURLToPath(new URL('../', import.meta.url))
const COMPILED_DIR = fileURLToPath(new URL('../../.data/contenders-js/', import.meta.url))
/** What the contender processes import, relative to `src/`. */
const CONTENDER_SOURCES = ['contenders', 'operations/canonical.ts']

/**
 * Transpiles the contenders' sources to JavaScript, so that each contender runs on plain `node`
 * as a deployed server does. Under tsx every contender paid its loader (a hooks thread with its own
 * heap, transpile and source-map caches): ~75 MiB of resident memory in each process (measured on
 * ours: 276 MiB idle with `--import tsx`, 199 MiB without), which the peak RSS column counted.
 * Type-only transpilation: the bench's typecheck (`tsc --noEmit`) checks the same files.
 */
async function compileContenders(): Promise<void> {
  const files: string[] = []
  for (const source of CONTENDER_SOURCES) {
    if (source.endsWith('.ts')) files.push(source)
    else {
      for (const file of await readdir(join(SOURCE_DIR, source))) {
        if (file.endsWith('.ts')) files.push(join(source, file))
      }
    }
  }
  for (const file of files) {
    const { outputText } = ts.transpileModule(await readFile(join(SOURCE_DIR, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    })
    const target = join(COMPILED_DIR, file.replace(/\.ts$/, '.js'))
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, outputText)
  }
}

/** Starts `name` against the database at `url`; resolves when it listens. */
export async function launchContender(name: ContenderName, url: string): Promise<Contender> {
  await compileContenders()
  const entry = join(COMPILED_DIR, 'contenders', `${name}.js`)
  const child: ChildProcess = fork(entry, [], {
    // `BENCH_OURS_NODE_ARGS` (e.g. `--max-old-space-size=256`): Node flags for our server only,
    // to measure what an operator's flags change (docs/performance.md, "Memory, second look").
    execArgv:
      name === 'ours' ? (process.env.BENCH_OURS_NODE_ARGS?.split(' ').filter(Boolean) ?? []) : [],
    env: {
      ...process.env,
      BENCH_CONTENDER: JSON.stringify({ url }),
      NODE_ENV: 'production',
      GRAPHILE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), STARTUP_MS)
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)))
    child.on('message', (message: { ready?: number }) => {
      if (!message.ready) return
      clearTimeout(timer)
      resolve(message.ready)
    })
  })
  const base = `http://127.0.0.1:${port}`
  const pid = child.pid ?? 0
  return {
    name,
    base,
    pid,
    async statements() {
      const response = await fetch(`${base}/__bench/statements`)
      return ((await response.json()) as { statements: number }).statements
    },
    async peakRssMiB() {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
      const kib = /VmHWM:\s+(\d+)/.exec(status)?.[1]
      return kib ? Math.round(Number(kib) / 102.4) / 10 : null
    },
    async resetPeak() {
      return writeFile(`/proc/${pid}/clear_refs`, '5').then(
        () => true,
        () => false,
      )
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    },
  }
}
