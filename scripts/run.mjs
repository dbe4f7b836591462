#!/usr/bin/env node
// Entry point of the root scripts (`npm start`, `npm test`, `pnpm bench`) and of `pnpm immd …`
// (through the bin in scripts/immd-launcher, so pnpm prints no script banner on stdout).
// It exists so the README's two commands work on a machine that has only Node and npm:
// it finds (or fetches) the pinned pnpm, installs dependencies when the lockfile says so,
// then hands over to turbo or to the package that owns the task.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split(
  '@',
)[1]

/** Runs a command in the repository root and exits with its status when it fails. */
function runOrExit(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.error) {
    console.error(`immd: could not run ${command}: ${result.error.message}`)
    process.exit(1)
  }
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Returns the argv prefix that runs the pinned pnpm: the installed one, or one fetched by npm. */
function findPnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  if (probe.status === 0 && probe.stdout.trim() === pinned) return ['pnpm']
  console.error(`immd: pnpm ${pinned} not on PATH; running it through npm exec`)
  return ['npm', 'exec', '--yes', `pnpm@${pinned}`, '--']
}

/** True when node_modules is older than the lockfile (or missing): a fresh clone or a pull. */
function needsInstall() {
  const marker = join(root, 'node_modules', '.modules.yaml')
  if (!existsSync(marker)) return true
  return statSync(join(root, 'pnpm-lock.yaml')).mtimeMs > statSync(marker).mtimeMs
}

const [task = 'test', ...rest] = process.argv.slice(2)
const pnpm = findPnpm()
const [cmd, ...prefix] = pnpm
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }
// The CLI's stdout belongs to its result (`immd … --json > file`): when the task is the CLI, the
// install and build steps write their progress to stderr instead.
const stdio = task === 'immd' ? ['inherit', 2, 'inherit'] : 'inherit'

if (needsInstall()) runOrExit(cmd, [...prefix, 'install', '--frozen-lockfile'], { env, stdio })

const turbo = (args) => runOrExit(cmd, [...prefix, 'exec', 'turbo', 'run', ...args], { env, stdio })

switch (task) {
  case 'test':
    turbo(['test', '--continue', '--concurrency=1', ...rest])
    break
  case 'bench':
    // Everything after the task goes to the bench script itself (e.g. `pnpm bench --quick`).
    turbo(['bench', '--concurrency=1', '--', ...rest])
    break
  case 'start':
  case 'dev':
  case 'immd': {
    const owners = { start: '@immd/api', dev: '@immd/console', immd: '@immd/cli' }
    const owner = owners[task]
    const manifest = join(root, 'packages', owner.split('/')[1], 'package.json')
    if (!existsSync(manifest)) {
      console.error(`immd: '${task}' needs ${owner}, which this checkout does not have yet.`)
      process.exit(2)
    }
    // `start` serves the built console from the API server, so it builds both.
    const filters =
      task === 'start'
        ? [`--filter=${owner}...`, '--filter=@immd/console']
        : [`--filter=${owner}...`]
    turbo(['build', ...filters, '--output-logs=errors-only'])
    if (task === 'immd') {
      // Run the built bin directly, in the caller's directory, so relative paths mean what the
      // user typed and nothing but the CLI writes to stdout.
      const bin = join(root, 'packages', 'cli', 'dist', 'index.js')
      runOrExit(process.execPath, [bin, ...rest], { env, cwd: process.cwd() })
    } else {
      runOrExit(cmd, [...prefix, '--silent', '--filter', owner, 'run', task, ...rest], { env })
    }
    break
  }
  default:
    console.error(`immd: unknown task '${task}' (start, dev, test, bench, immd)`)
    process.exit(2)
}
