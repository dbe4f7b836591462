/**
 * Starts a contender as its own process (so each has its own event loop and memory, measured from
 * `/proc`) and talks to it: its port, its statement counter, its peak resident memory.
 *
 * @packageDocumentation
 */
import { type ChildProcess, fork } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

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

/** Starts `name` against the database at `url`; resolves when it listens. */
export async function launchContender(name: ContenderName, url: string): Promise<Contender> {
  const entry = fileURLToPath(new URL(`./${name}.ts`, import.meta.url))
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
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
