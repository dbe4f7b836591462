#!/usr/bin/env node
// Checks that the publishable packages install from their `pnpm pack` tarballs the way a user
// outside this repository installs them: packs @immd/core, @immd/mcp (the MCP server, a dependency
// of the SDK), @immd/sdk, @immd/reports (a dependency of the CLI, so it ships as a tarball too) and
// @immd/cli, refuses a manifest that still names a `workspace:` or `catalog:` version, installs the
// five tarballs with plain `npm install` in an
// empty folder (only the public dependencies come from the registry), then runs `immd --version`,
// `immd score … --json` and imports the root entries of @immd/sdk and @immd/core.
// Usage: node scripts/check-packs.mjs [--keep]   (CI: .ci/run, after the tests built every dist)
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const packages = ['core', 'mcp', 'sdk', 'reports', 'cli']
const keep = process.argv.includes('--keep')
const work = mkdtempSync(join(tmpdir(), 'immd-packs-'))
const packDir = join(work, 'tarballs')
const app = join(work, 'app')

/** Runs a command, echoes it on stderr and returns its stdout; exits on failure. */
function run(command, args, cwd, options = {}) {
  console.error(`check-packs: ${command} ${args.join(' ')}  (in ${cwd})`)
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', ...options })
  if (result.error || result.status !== 0) {
    console.error(result.stdout ?? '', result.stderr ?? '', result.error?.message ?? '')
    fail(`${command} ${args.join(' ')} failed (exit ${result.status})`)
  }
  return result.stdout
}

function fail(message) {
  console.error(`check-packs: FAILED: ${message}\n  work folder kept: ${work}`)
  process.exit(1)
}

mkdirSync(packDir, { recursive: true })
mkdirSync(app, { recursive: true })

// Every dist the tarballs carry, built by turbo (cached after the tests).
run(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    ...packages.map((name) => `--filter=@immd/${name}`),
    '--output-logs=errors-only',
  ],
  root,
  { stdio: ['ignore', 'inherit', 'inherit'] },
)

const tarballs = []
for (const name of packages) {
  const before = new Set(readdirSync(packDir))
  run('pnpm', ['pack', '--pack-destination', packDir], join(root, 'packages', name))
  const added = readdirSync(packDir).filter((file) => !before.has(file))
  if (added.length !== 1) fail(`pnpm pack of @immd/${name} wrote ${added.length} files`)
  const tarball = join(packDir, added[0])
  const manifest = run('tar', ['-xzOf', tarball, 'package/package.json'], packDir)
  const leftover = manifest.match(/"(workspace|catalog):[^"]*"/g)
  if (leftover) fail(`@immd/${name}'s packed package.json still has ${leftover.join(', ')}`)
  const files = run('tar', ['-tzf', tarball], packDir)
  if (!files.includes('package/dist/')) fail(`@immd/${name}'s tarball has no dist/`)
  tarballs.push(tarball)
}

writeFileSync(
  join(app, 'package.json'),
  `${JSON.stringify({ name: 'immd-pack-check', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
)
// All the tarballs in one install: npm satisfies @immd/* dependencies from them, the rest from
// the registry. `--ignore-scripts`: none of the packages needs an install script.
run(
  'npm',
  ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...tarballs],
  app,
)

const version = run(join(app, 'node_modules', '.bin', 'immd'), ['--version'], app).trim()
if (version !== '0.1.0') fail(`immd --version printed '${version}'`)

const answers = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`D${i + 1}`, i < 6 ? 'Likely Yes' : 'EQUALLY_LIKELY']),
)
writeFileSync(join(app, 'worksheet.json'), JSON.stringify({ answers, threshold: 'High' }))
const scored = JSON.parse(
  run(join(app, 'node_modules', '.bin', 'immd'), ['score', 'worksheet.json', '--json'], app),
)
if (scored.score?.total !== 65) fail(`immd score gave ${JSON.stringify(scored.score)}`)

const probe = `
import { createClient, paginate, ImmdError } from '@immd/sdk'
import { scoreDiagnostic, IMMD_1_0 } from '@immd/core'
import { scoreDiagnostic as fromSubpath } from '@immd/core/scoring'
const checks = { createClient, paginate, ImmdError, scoreDiagnostic, fromSubpath }
for (const [name, value] of Object.entries(checks)) {
  if (typeof value !== 'function') throw new Error(name + ' is not exported as a function')
}
if (!IMMD_1_0 || !Array.isArray(IMMD_1_0.drivers)) throw new Error('IMMD_1_0 has no drivers')
const client = createClient({ url: 'http://127.0.0.1:9/graphql', token: 'immd_pat_x' })
if (typeof client.request !== 'function') throw new Error('the client has no request()')
console.log('imports ok')
`
writeFileSync(join(app, 'probe.mjs'), probe)
const probed = run(process.execPath, ['probe.mjs'], app).trim()
if (probed !== 'imports ok') fail(`the import probe printed '${probed}'`)

console.error(
  `check-packs: ok: ${tarballs.length} tarballs installed with npm; immd ${version}; ` +
    'score, @immd/sdk and @immd/core root entries work',
)
if (keep) console.error(`check-packs: kept ${work}`)
else rmSync(work, { recursive: true, force: true })
