// `pnpm db:migration <name> [--empty]`: writes a new migration for SQLite and PostgreSQL from the
// change of prisma/models/*.prisma, offline. Review (and extend by hand) the SQL before applying it.
import { relative } from 'node:path'
import { createMigration } from '../migration-authoring.js'

const args = process.argv.slice(2)
const name = args.find((arg) => !arg.startsWith('--'))
if (!name) {
  console.error('usage: pnpm db:migration <name> [--empty]')
  process.exit(2)
}
const results = await createMigration({ name, allowEmpty: args.includes('--empty') })
for (const result of results) {
  const where = result.folder ? relative(process.cwd(), result.folder) : 'no change'
  console.log(`db:migration: ${result.engine}: ${where}`)
}
