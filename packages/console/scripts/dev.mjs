#!/usr/bin/env node
// `pnpm dev`: Vite with hot reload against the API. Starts the API (`@immd/api`'s built server,
// embedded SQLite migrated and seeded on first run) unless one already answers at IMMD_API_URL.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const apiUrl = process.env.IMMD_API_URL ?? 'http://localhost:4000'
const children = []

async function answers() {
  try {
    return (await fetch(new URL('/healthz', apiUrl))).ok
  } catch {
    return false
  }
}

function start(command, args, options = {}) {
  const child = spawn(command, args, {
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  })
  children.push(child)
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM')
    process.exit(code ?? 0)
  })
  return child
}

if (!(await answers())) {
  // Run where `pnpm start` runs it, so both use the same embedded database file.
  const apiDir = dirname(createRequire(import.meta.url).resolve('@immd/api/package.json'))
  console.log(`immd console: starting the API on ${apiUrl}`)
  start(process.execPath, [join(apiDir, 'dist/server.js')], {
    cwd: apiDir,
    env: { PORT: new URL(apiUrl).port || '4000' },
  })
  for (let tries = 0; tries < 120 && !(await answers()); tries += 1)
    await new Promise((r) => setTimeout(r, 500))
}
start(process.execPath, [
  join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js'),
])
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
  })
