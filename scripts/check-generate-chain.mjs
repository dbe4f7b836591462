#!/usr/bin/env node
/**
 * `pnpm check:generate-chain` (CI runs it): the generated clients cannot go stale. For the SDK,
 * the CLI and the console, `turbo run generate --dry=json` must show that their `generate` task
 * runs after `@immd/api#generate` and hashes the API's printed `schema.graphql`; then the check
 * appends a comment to `schema.graphql` (restored afterwards, whatever happens) and expects every
 * one of those hashes to change, so a cached client can never be replayed over a changed schema.
 * It also expects the API's own tasks not to depend on any of them (no generated client upstream
 * of the API).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SCHEMA = resolve(root, 'packages/api/schema.graphql')
const CLIENTS = ['@immd/sdk', '@immd/cli', '@immd/console']
const API_GENERATE = '@immd/api#generate'

/** The dry run of `generate` for the clients: each task by id. */
function dryRun() {
  const filters = CLIENTS.flatMap((name) => ['--filter', name])
  const json = execFileSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'generate', '--dry=json', ...filters],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  return new Map(JSON.parse(json).tasks.map((task) => [task.taskId, task]))
}

const problems = []
const before = dryRun()
for (const name of CLIENTS) {
  const task = before.get(`${name}#generate`)
  if (!task) {
    problems.push(`${name}#generate is not in the task graph`)
    continue
  }
  if (!task.dependencies.includes(API_GENERATE)) {
    problems.push(`${name}#generate does not run after ${API_GENERATE}`)
  }
  if (!Object.keys(task.inputs).some((file) => file.endsWith('api/schema.graphql'))) {
    problems.push(`${name}#generate does not hash packages/api/schema.graphql`)
  }
}
const api = before.get(API_GENERATE)
const upstream = api?.dependencies.filter((id) => CLIENTS.some((name) => id.startsWith(`${name}#`)))
if (!api || upstream.length > 0) {
  problems.push(`${API_GENERATE} depends on a generated client: ${upstream?.join(', ')}`)
}

const original = readFileSync(SCHEMA, 'utf8')
let after
try {
  writeFileSync(SCHEMA, `${original}\n# check-generate-chain: a changed schema\n`)
  after = dryRun()
} finally {
  writeFileSync(SCHEMA, original)
}
for (const name of CLIENTS) {
  const id = `${name}#generate`
  const [old, changed] = [before.get(id)?.hash, after.get(id)?.hash]
  if (old !== undefined && old === changed) {
    problems.push(`${id} keeps its hash ${old} when schema.graphql changes`)
  } else if (old !== undefined) {
    console.log(`${id}: ${old} → ${changed} when schema.graphql changes`)
  }
}

if (problems.length > 0) {
  console.error(`The generate chain can go stale:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('generate chain: every client is generated after, and from, the printed schema')
