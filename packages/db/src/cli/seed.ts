// `pnpm db:seed [--engagements N] [--batch-size N] [--cohort-organizations M] [--reset]`: migrates
// DATABASE_URL (default: the embedded SQLite file), loads the demo organization, and optionally N
// synthetic engagements; with --cohort-organizations, M opted-in organizations of N engagements
// each with cohort data (an IMC per pair of engagements, the first closed) for the analytics.
import { parseArgs } from 'node:util'
import { createDatabase } from '../client.js'
import { migrateDatabase } from '../migrate.js'
import { seedSyntheticEngagements } from '../seed/synthetic.js'
import { resetDatabase, seedDatabase } from '../seed.js'

const { values } = parseArgs({
  options: {
    engagements: { type: 'string', default: '0' },
    'batch-size': { type: 'string', default: '200' },
    reset: { type: 'boolean', default: false },
    'cohort-organizations': { type: 'string', default: '0' },
  },
})
const cohortOrganizations = Number(values['cohort-organizations'])
const engagements = Number(values.engagements)
const batchSize = Number(values['batch-size'])
if (
  !Number.isInteger(engagements) ||
  engagements < 0 ||
  !Number.isInteger(batchSize) ||
  batchSize < 1 ||
  !Number.isInteger(cohortOrganizations) ||
  cohortOrganizations < 0
) {
  console.error(
    'usage: pnpm db:seed [--engagements N] [--batch-size N] [--cohort-organizations M] [--reset]',
  )
  process.exit(2)
}

if (values.reset) await resetDatabase()
const migrated = await migrateDatabase()
if (migrated.applied.length) console.log(`db:seed: applied ${migrated.applied.join(', ')}`)
const db = createDatabase()
try {
  const result = await seedDatabase(db, {
    showcase: true,
    // With cohort organizations, the N engagements go to each of them instead.
    engagements: cohortOrganizations > 0 ? 0 : engagements,
    batchSize,
    onProgress: (done, total) => process.stdout.write(`\rdb:seed: synthetic ${done}/${total}`),
  })
  if (result.synthetic) process.stdout.write('\n')
  console.log(
    result.demo.created
      ? `db:seed: ${db.engine}: demo organization 'acme' created; its sign-ins (shown once):`
      : `db:seed: ${db.engine}: demo organization 'acme' already present, left as is`,
  )
  for (const { email, role, password } of result.demo.credentials) {
    console.log(`db:seed:   ${email.padEnd(22)} ${password}  (${role})`)
  }
  const s = result.synthetic
  if (s) {
    console.log(
      `db:seed: ${s.engagements} synthetic engagements, ${s.rows} rows in ${(s.milliseconds / 1000).toFixed(1)} s ` +
        `(${s.rowsPerSecond} rows/s, ${Math.round(s.engagements / (s.milliseconds / 1000))} engagements/s)`,
    )
  }
  for (let index = 0; index < cohortOrganizations; index += 1) {
    const slug = `cohort-org-${index + 1}`
    const cohort = await seedSyntheticEngagements(db, {
      count: engagements,
      batchSize,
      organizationSlug: slug,
      seed: index + 1,
      cohorts: { optIn: true },
    })
    console.log(
      `db:seed: ${slug}: ${cohort.engagements} engagements with cohort data, opted in to cross-organization benchmarks`,
    )
  }
} finally {
  await db.close()
}
