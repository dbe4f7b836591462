/**
 * The machine a run was measured on: absolute numbers mean little without it.
 *
 * @packageDocumentation
 */
import { cpus, loadavg, totalmem } from 'node:os'
import pg from 'pg'

/** Facts about the machine and its services. */
export interface MachineFacts {
  cpu: string
  cores: number
  memoryGiB: number
  loadAverage: number[]
  node: string
  postgres: string
  date: string
}

/** Reads the facts (the PostgreSQL version from the server at `url`). */
export async function describeMachine(url: string): Promise<MachineFacts> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const version = await client.query('SHOW server_version').finally(() => client.end())
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.version,
    postgres: String(version.rows[0]?.server_version ?? 'unknown'),
    date: new Date().toISOString(),
  }
}
