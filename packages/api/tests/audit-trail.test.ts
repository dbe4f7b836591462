/**
 * Every mutation field writes at least one AuditEvent, in the same transaction as its change:
 * run once on an API whose audit inserts fail (the database must be left exactly as it was), then
 * on the real API (success, and new audit rows). The fields come from the schema, so a new mutation
 * without a sample in `support/operation-samples.ts` fails here.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TENANT_FILTERS } from '../src/auth/tenant-guard.js'
import type { ApiDatabase, ApiPrismaClient } from '../src/database.js'
import { schema } from '../src/schema/index.js'
import { type Api, createApi } from '../src/yoga.js'
import { TEST_ENGINES } from './support/database.js'
import {
  buildOperation,
  createSampleContext,
  MUTATION_SAMPLES,
} from './support/operation-samples.js'
import {
  type Credential,
  request,
  type SecuritySuite,
  setupSecuritySuite,
  TEST_SECURITY,
} from './support/security.js'

const MUTATIONS = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()

/** A client whose audit inserts fail, inside transactions too. */
function withFailingAudit(prisma: ApiPrismaClient): ApiPrismaClient {
  const fail = () => {
    throw new Error('audit store unavailable (test)')
  }
  return prisma.$extends({
    query: { auditEvent: { create: fail, createMany: fail } },
  }) as unknown as ApiPrismaClient
}

/** A hash of every row of every table (usage timestamps excluded: they are not mutations). */
async function fingerprint(db: ApiDatabase): Promise<string> {
  const hash = createHash('sha256')
  for (const model of Object.keys(TENANT_FILTERS).sort()) {
    const delegate = (db.prisma as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]
    const rows = (await delegate?.findMany()) ?? []
    const lines = rows
      .map((row) => JSON.stringify({ ...(row as object), lastUsedAt: undefined }))
      .sort()
    hash.update(`${model}:${lines.join('\n')}\n`)
  }
  return hash.digest('hex')
}

describe.each(TEST_ENGINES)('audit trail of every mutation (%s)', (engine) => {
  let suite: SecuritySuite
  let failing: Api

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
    failing = createApi({
      db: { ...suite.db, prisma: withFailingAudit(suite.db.prisma) },
      security: TEST_SECURITY,
    })
  })
  afterAll(() => suite?.db.close())

  it('has a sample for every mutation field of the schema', () => {
    expect(MUTATIONS.filter((name) => !MUTATION_SAMPLES[name])).toEqual([])
  })

  it.each(MUTATIONS)('%s: audited in the same transaction as its change', async (name) => {
    const sample = MUTATION_SAMPLES[name]
    if (!sample) throw new Error(`no sample for ${name}`)
    const context = createSampleContext(suite, 'audit')
    const credential: Credential = sample.auditAs
      ? await sample.auditAs(suite)
      : { kind: 'token', token: suite.demo.leadToken }
    const variables = await sample.prepare(context)
    const query = buildOperation(schema, 'Mutation', name, variables)

    const before = await fingerprint(suite.db)
    const refused = await request(failing, { query, variables, credential })
    expect(refused.body.errors?.length ?? 0, JSON.stringify(refused.body)).toBeGreaterThan(0)
    expect(await fingerprint(suite.db)).toBe(before)

    const events = await suite.db.prisma.auditEvent.count()
    const done = await request(suite.yoga, { query, variables, credential })
    const result = done.body.data?.[name] as { __typename?: string } | undefined
    expect(done.body.errors, JSON.stringify(done.body)).toBeUndefined()
    expect(result?.__typename, JSON.stringify(done.body)).not.toMatch(/Error$/)
    expect(await suite.db.prisma.auditEvent.count()).toBeGreaterThan(events)
  })
})
