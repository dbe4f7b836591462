#!/usr/bin/env node
// Fails loudly when a service the test suites need does not answer, so a missing PostgreSQL or
// Redis shows up as one clear line instead of dozens of timeouts deep inside the suites.
import { connect } from 'node:net'

const services = [
  { name: 'PostgreSQL', host: '127.0.0.1', port: 5432 },
  { name: 'Redis', host: '127.0.0.1', port: 6379 },
]

/** Resolves true when a TCP connection to host:port opens within the timeout. */
function checkPort({ host, port }, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

const results = await Promise.all(services.map(async (s) => ({ ...s, ok: await checkPort(s) })))
for (const s of results) console.log(`  ${s.ok ? 'ok  ' : 'DOWN'} ${s.name} ${s.host}:${s.port}`)
if (results.some((s) => !s.ok)) {
  console.error(
    'services: a required service does not answer; the database suites cannot run in CI ' +
      '(outside CI, npm test starts an embedded PostgreSQL; Redis: `redis-server --daemonize yes`).',
  )
  process.exit(1)
}
