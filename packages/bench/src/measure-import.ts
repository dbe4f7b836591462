/**
 * Importing inventory records: `importTeams` of `@immd/db` (all records in one transaction, what the
 * API's `importTeams` mutation runs) against row-by-row inserts (one autocommitted INSERT per
 * record through the same Prisma client), and a hand-written multi-row
 * `INSERT … ON CONFLICT DO UPDATE` in one transaction, the floor for `importTeams`, which writes
 * the same way since issue #8 (`@immd/db`'s `team-bulk-upsert.ts`) but also returns the teams and
 * lists their names in the audit event. Each run imports into a new organization, so every record
 * is new; variants are interleaved, the best round counts.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import type { InventoryRecord } from '@immd/core/inventory/record-schema'
import { recordAuditEvent, SYSTEM_ACTOR } from '@immd/db/audit-repository'
import { createDatabase, type Database } from '@immd/db/client'
import { importTeams } from '@immd/db/team-repository'
import { createUuidV7 } from '@immd/db/uuid'
import { round } from './load.js'
import type { BenchProfile } from './profile.js'

/** One variant's best run. */
export interface ImportVariant {
  milliseconds: number
  recordsPerSecond: number
  statements: number
}

/** The import figures. */
export interface ImportFigures {
  engine: string
  records: number
  variants: Record<'importTeams' | 'rowByRow' | 'multiRowUpsert', ImportVariant>
  /** importTeams speed over row-by-row (target ≥ 10). */
  ratio: number
  /** The proposed multi-row upsert over row-by-row. */
  proposedRatio: number
}

function makeRecords(count: number, tag: string): InventoryRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    'short-team-name': `IMP-${tag}-${String(i + 1).padStart(4, '0')}`,
    'official-team-name': `Imported incident response team ${i + 1}`,
    imc_id: `IMC-${tag}-${Math.floor(i / 3)}`,
    model: 'internal_distributed',
    country: 'NL',
  })) as unknown as InventoryRecord[]
}

type Variant = (db: Database, organizationId: string, records: InventoryRecord[]) => Promise<void>

const VARIANTS: Record<keyof ImportFigures['variants'], Variant> = {
  importTeams: async (db, organizationId, records) => {
    await importTeams(db.prisma, { organizationId, records, actor: SYSTEM_ACTOR })
  },
  rowByRow: async (db, organizationId, records) => {
    for (const record of records) {
      await db.prisma.team.create({
        data: {
          organizationId,
          shortName: record['short-team-name'],
          officialName: record['official-team-name'] ?? null,
          imcId: record.imc_id ?? null,
          model: record.model ?? null,
          record: record as object,
        },
      })
    }
  },
  multiRowUpsert: async (db, organizationId, records) => {
    await db.prisma.$transaction(async (tx) => {
      const now = new Date()
      const values: unknown[] = []
      const tuples = records.map((record) => {
        const row = [
          createUuidV7(),
          organizationId,
          record['short-team-name'],
          record['official-team-name'] ?? null,
          record.imc_id ?? null,
          record.model ?? null,
          JSON.stringify(record),
          now,
          now,
        ]
        const marks = row.map((value, i) => {
          values.push(value)
          const mark = db.engine === 'sqlite' ? '?' : `$${values.length}`
          return i === 6 && db.engine !== 'sqlite' ? `${mark}::jsonb` : mark
        })
        return `(${marks.join(', ')})`
      })
      await tx.$executeRawUnsafe(
        `INSERT INTO "Team" ("id", "organizationId", "shortName", "officialName", "imcId", "model", "record", "importedAt", "updatedAt")
         VALUES ${tuples.join(', ')}
         ON CONFLICT ("organizationId", "shortName") DO UPDATE SET "officialName" = excluded."officialName",
           "imcId" = excluded."imcId", "model" = excluded."model", "record" = excluded."record",
           "importedAt" = excluded."importedAt", "updatedAt" = excluded."updatedAt"`,
        ...values,
      )
      await recordAuditEvent(tx, {
        organizationId,
        actor: SYSTEM_ACTOR,
        operation: 'team.import',
        targetType: 'Organization',
        targetId: organizationId,
        after: { teams: records.length },
      })
    })
  },
}

/** Runs every variant `rounds` times (interleaved) on the data set at `url`. */
export async function measureImport(
  url: string,
  engine: string,
  profile: BenchProfile,
  log: (line: string) => void,
): Promise<ImportFigures> {
  const db = createDatabase({ url, maxConnections: 2 })
  let statements = 0
  db.addStatementListener(() => {
    statements += 1
  })
  const best = {} as ImportFigures['variants']
  try {
    for (let round_ = 0; round_ < Math.max(2, profile.rounds); round_ += 1) {
      for (const [name, run] of Object.entries(VARIANTS) as [keyof typeof VARIANTS, Variant][]) {
        const tag = randomBytes(4).toString('hex')
        const organization = await db.prisma.organization.create({
          data: { slug: `bench-import-${tag}`, name: `Bench import ${tag}` },
        })
        const records = makeRecords(profile.importRecords, tag)
        const before = statements
        const started = performance.now()
        await run(db, organization.id, records)
        const milliseconds = performance.now() - started
        const count = await db.prisma.team.count({ where: { organizationId: organization.id } })
        if (count !== records.length)
          throw new Error(`import ${name}: ${count} of ${records.length}`)
        if (!best[name] || milliseconds < best[name].milliseconds) {
          best[name] = {
            milliseconds: round(milliseconds),
            recordsPerSecond: round(records.length / (milliseconds / 1000)),
            statements: statements - before,
          }
        }
        log(`bench:   import ${name}: ${round(milliseconds)} ms`)
      }
    }
  } finally {
    await db.close()
  }
  return {
    engine,
    records: profile.importRecords,
    variants: best,
    ratio: round(best.rowByRow.milliseconds / best.importTeams.milliseconds),
    proposedRatio: round(best.rowByRow.milliseconds / best.multiRowUpsert.milliseconds),
  }
}
