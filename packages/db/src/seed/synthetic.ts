/**
 * Synthetic engagements for benchmarks (`pnpm db:seed --engagements 10000`): plausible rows at
 * every stage of the lifecycle, generated in memory and written with `createMany`, one transaction
 * per batch. Deterministic for a given `seed`, apart from ids and creation times.
 *
 * @packageDocumentation
 */
import { getBuiltInMethod } from '@immd/core/method'
import type { MethodDefinition } from '@immd/core/method-types'
import { insertRows } from '../bulk-insert.js'
import type { Database, DbClient, DbExecutor } from '../client.js'
import type { Engine } from '../engine.js'
import { toJsonValue } from '../json.js'
import { saveMethodDefinition } from '../method-repository.js'
import { createUuidV7 } from '../uuid.js'
import { buildSyntheticRows, type SyntheticRows } from './synthetic-rows.js'

/** Options for {@link seedSyntheticEngagements}. */
export interface SeedSyntheticOptions {
  count: number
  /** Engagements per transaction (default 200). */
  batchSize?: number
  /** Organization that receives them (created when missing; default `synthetic`). */
  organizationSlug?: string
  /**
   * Write cohort data for analytics (IMC ids, model, country, constituency, size band) and, with
   * `optIn`, opt the organization in to cross-organization benchmarks (default: neither).
   */
  cohorts?: { optIn?: boolean }
  /** PRNG seed (default 1). */
  seed?: number
  onProgress?: (done: number, total: number) => void
}

/** What was written, and how fast. */
export interface SeedSyntheticResult {
  engagements: number
  rows: number
  milliseconds: number
  rowsPerSecond: number
}

/** A small, fast PRNG (mulberry32): reproducible data without module state. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Writes `count` synthetic engagements (and their children) in batches; returns the throughput. */
export async function seedSyntheticEngagements(
  db: Pick<Database, 'prisma' | 'engine'>,
  options: SeedSyntheticOptions,
): Promise<SeedSyntheticResult> {
  const { prisma, engine } = db
  const started = performance.now()
  const method = getBuiltInMethod('immd-1.0') as MethodDefinition
  const methodRow = await saveMethodDefinition(prisma, method)
  const slug = options.organizationSlug ?? 'synthetic'
  const organization = await prisma.organization.upsert({
    where: { slug },
    update: {},
    create: { slug, name: 'Synthetic Org (benchmark data)' },
  })
  const teams = await ensureTeams(prisma, organization.id, 20)
  if (options.cohorts?.optIn) {
    await prisma.benchmarkParticipation.upsert({
      where: { organizationId: organization.id },
      update: {},
      create: { organizationId: organization.id },
    })
  }
  const random = createRandom(options.seed ?? 1)
  const batchSize = Math.max(1, options.batchSize ?? 200)
  let rows = 0
  for (let done = 0; done < options.count; done += batchSize) {
    const size = Math.min(batchSize, options.count - done)
    const batch = buildSyntheticRows({
      size,
      offset: done,
      random,
      method,
      methodId: methodRow.id,
      organizationId: organization.id,
      teamIds: teams,
      cohort: options.cohorts ? { imcPrefix: slug } : undefined,
    })
    await prisma.$transaction((tx) => writeBatch(tx, engine, batch), { timeout: 300_000 })
    rows += Object.values(batch).reduce((sum, list) => sum + list.length, 0)
    options.onProgress?.(done + size, options.count)
  }
  // Refresh the planner's statistics after a bulk load. Without them PostgreSQL guesses a few rows
  // per organization and plans a portfolio page as "join every engagement, then sort" (64 ms
  // instead of 1 ms on 10,000 engagements); autovacuum would analyze eventually, but it may be off
  // or not have run yet when a benchmark starts. SQLite's ANALYZE feeds its planner the same way.
  // Only the tables written here, resolved in the connection's schema (tests share one database).
  for (const table of ['Team', ...TABLES.map(([, name]) => name)]) {
    await prisma.$executeRawUnsafe(`ANALYZE "${table}"`)
  }
  const milliseconds = performance.now() - started
  return {
    engagements: options.count,
    rows,
    milliseconds,
    rowsPerSecond: Math.round(rows / (milliseconds / 1000)),
  }
}

async function ensureTeams(
  prisma: DbClient,
  organizationId: string,
  count: number,
): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `SYN-${String(i + 1).padStart(3, '0')}`)
  const existing = await prisma.team.findMany({
    where: { organizationId, shortName: { in: names } },
  })
  const missing = names.filter((name) => !existing.some((team) => team.shortName === name))
  await prisma.team.createMany({
    data: missing.map((shortName) => ({
      id: createUuidV7(),
      organizationId,
      shortName,
      model: 'internal_distributed',
      record: toJsonValue({ 'short-team-name': shortName, model: 'internal_distributed' }),
    })),
  })
  const all = await prisma.team.findMany({
    where: { organizationId, shortName: { in: names } },
    select: { id: true },
  })
  return all.map((team) => team.id)
}

/** Tables of a batch, parents first, so foreign keys hold at every statement. */
const TABLES: [keyof SyntheticRows, string][] = [
  ['engagements', 'Engagement'],
  ['activities', 'ActivityRecord'],
  ['evaluations', 'DriverEvaluation'],
  ['checklist', 'ChecklistItem'],
  ['scope', 'ScopeEntry'],
  ['sessions', 'InterviewSession'],
  ['documents', 'Document'],
  ['dataItems', 'DataItem'],
  ['links', 'DataItemDriver'],
  ['results', 'ResultSnapshot'],
  ['improvements', 'Improvement'],
  ['audit', 'AuditEvent'],
]

async function writeBatch(tx: DbExecutor, engine: Engine, batch: SyntheticRows): Promise<void> {
  for (const [key, table] of TABLES) {
    await insertRows(tx, engine, table, batch[key] as unknown as Record<string, unknown>[])
  }
}
