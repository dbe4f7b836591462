// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (default: the embedded SQLite file).
import { migrateDatabase } from '../migrate.js'

const result = await migrateDatabase()
const where = result.engine === 'sqlite' ? result.url : result.url.replace(/\/\/[^@/]*@/, '//***@')
console.log(
  result.applied.length
    ? `db:migrate: ${result.engine} ${where}: applied ${result.applied.join(', ')}`
    : `db:migrate: ${result.engine} ${where}: up to date`,
)
