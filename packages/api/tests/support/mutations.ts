/**
 * Shared setup of the write-side tests: a seeded database per engine, the Yoga instance with a
 * bus the test listens to, engagements created through `createEngagement`, and an audit cursor
 * that returns the rows a mutation added.
 */
import type { ApiDatabase } from '../../src/database.js'
import type { EngagementChangedEvent } from '../../src/pubsub.js'
import { type Api, createApi } from '../../src/yoga.js'
import { createTestDatabase } from './database.js'
import { executeOk, executeOperation, globalId } from './execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './fixtures.js'
import { createObservedPubSub, type ObservedPubSub } from './observed-pubsub.js'

/** Everything a write-side test file needs. */
export interface MutationSuite {
  db: ApiDatabase
  yoga: Api
  demo: DemoFixture
  /** A member of another organization, with one engagement there. */
  foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  /** Every engagementChanged event published so far. */
  events: EngagementChangedEvent[]
  /** The bus's readiness signal: wait for a subscription's listener before publishing. */
  bus: ObservedPubSub
  /** Runs an operation as the demo lead (read-write token) unless told otherwise. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>
  /** Like `run` but returns the raw response (for GraphQL errors). */
  raw(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): ReturnType<typeof executeOperation>
}

/** Creates the database, seeds the demo and a foreign organization, starts the API. */
export async function setupMutationSuite(engine: ApiDatabase['engine']): Promise<MutationSuite> {
  const db = await createTestDatabase(engine)
  const demo = await seedDemoFixture(db)
  const foreign = await seedForeignOrganization(db)
  const bus = createObservedPubSub()
  const { pubsub } = bus
  const yoga = createApi({ db, pubsub })
  const events: EngagementChangedEvent[] = []
  // Record every engagementChanged event, whatever the engagement.
  const publish = pubsub.publish as (...args: unknown[]) => void
  pubsub.publish = ((...args: unknown[]) => {
    if (args[0] === 'engagementChanged') events.push(args[2] as EngagementChangedEvent)
    publish(...args)
  }) as typeof pubsub.publish
  return {
    db,
    yoga,
    demo,
    foreign,
    events,
    bus,
    run: (query, variables, token = demo.leadToken) => executeOk(yoga, { query, variables, token }),
    raw: (query, variables, token = demo.leadToken) =>
      executeOperation(yoga, { query, variables, token }),
  }
}

/** The database id inside a Relay global id. */
export function rowId(id: string): string {
  return Buffer.from(id, 'base64').toString().split(':').slice(1).join(':')
}

export { globalId }

/**
 * Remembers how many audit rows exist; `added()` returns the rows written since, oldest first, as
 * `[operation, targetType]` pairs.
 */
export async function auditCursor(db: ApiDatabase) {
  const start = await db.prisma.auditEvent.count()
  return {
    async added(): Promise<[string, string][]> {
      const rows = await db.prisma.auditEvent.findMany({
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        skip: start,
        select: { operation: true, targetType: true },
      })
      return rows.map((row) => [row.operation, row.targetType])
    },
  }
}

const CREATE = `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
  __typename ... on CreateEngagementPayload { engagement { id version } } ... on Error { message } } }`

/** Creates an engagement planned from the ACME-CSIRT record (scope list, documents, checklist). */
export async function createPlannedEngagement(suite: MutationSuite, title: string) {
  const team = await suite.db.prisma.team.findFirstOrThrow({ where: { shortName: 'ACME-CSIRT' } })
  const data = await suite.run<{
    createEngagement: { __typename: string; message?: string; engagement?: { id: string } }
  }>(CREATE, {
    input: {
      organizationId: globalId('Organization', suite.demo.organizationId),
      title,
      teamId: globalId('Team', team.id),
    },
  })
  const id = data.createEngagement.engagement?.id
  if (!id) throw new Error(`createEngagement failed: ${JSON.stringify(data)}`)
  return { id, rowId: rowId(id) }
}
