import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// `pnpm immd … --json > file` the way a user types it in a checkout: pnpm, the build through turbo
// and the CLI all run for real; stdout must parse as the CLI's JSON and nothing else.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
let dir: string
let worksheet: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'immd-json-'))
  worksheet = join(dir, 'worksheet.json')
  const answers = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [`D${i + 1}`, i < 6 ? 'Likely Yes' : 'EQUALLY_LIKELY']),
  )
  await writeFile(worksheet, JSON.stringify({ answers, threshold: 'High' }))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Runs a command as a shell user would and returns its streams. */
function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env })
  if (result.error) throw result.error
  return result
}

describe('the CLI started from the checkout keeps stdout for its JSON', () => {
  it('pnpm immd score … --json: stdout is the score document alone', () => {
    const { status, stdout, stderr } = run('pnpm', ['immd', 'score', worksheet, '--json'], root)
    expect(status, stderr).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.score.total).toBe(65)
    expect(result.score.band).toBe('high')
  }, 600_000) // a cold turbo cache rebuilds the CLI's dependencies first

  it('npx immd in a subfolder: a relative path means what the user typed', () => {
    const cwd = join(root, 'packages')
    const { status, stdout, stderr } = run(
      'npx',
      ['--no-install', 'immd', 'score', relative(cwd, worksheet), '--json'],
      cwd,
    )
    expect(status, stderr).toBe(0)
    expect(JSON.parse(stdout).score.total).toBe(65)
  }, 600_000)
})
