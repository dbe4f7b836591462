/**
 * The demo users' sign-ins after the first start seeded them: printed once and written to
 * `demo-credentials.txt` beside the SQLite file, readable by the owner only (0600), so the
 * operator can sign in without a shared default password (issue #23, item 10).
 *
 * @packageDocumentation
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { getSqliteFilePath } from '@immd/db/adapters'
import type { DemoCredential } from '@immd/db/seed/demo'

/** Prints the sign-ins and writes them beside the database file; returns the file's path. */
export async function announceDemoCredentials(
  credentials: DemoCredential[],
  databaseUrl: string,
  log: (line: string) => void = console.log,
): Promise<string | null> {
  if (credentials.length === 0) return null
  const lines = credentials.map(
    ({ email, role, password }) => `${email.padEnd(22)} ${password}  (${role})`,
  )
  const file = join(dirname(getSqliteFilePath(databaseUrl)), 'demo-credentials.txt')
  await writeFile(
    file,
    `# IMMD demo sign-ins, created ${new Date().toISOString()}. Change or remove these users outside demos.\n${lines.join('\n')}\n`,
    { mode: 0o600 },
  )
  log('immd: demo sign-ins (shown once; also in the file below, readable by you only):')
  for (const line of lines) log(`immd:   ${line}`)
  log(`immd:   ${file}`)
  return file
}
