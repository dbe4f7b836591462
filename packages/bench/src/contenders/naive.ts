/**
 * The floor: a GraphQL server as a tutorial would write it. The same SDL as ours (the committed
 * `schema.graphql`), served by the same Yoga and Prisma client, but with plain per-field resolvers:
 * each relation is its own query per parent (no Prisma plugin folding, no DataLoader).
 *
 * To-one relations use `findFirst`, not `findUnique`: Prisma batches the `findUnique` calls of one
 * tick into a single `IN (…)` query, which is a DataLoader in all but name, and the floor is meant
 * to have none (with `findUnique` the portfolio page drops from 102 statements to 4).
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolveViewer } from '@immd/api/auth/viewer'
import { resolveSecurityOptions } from '@immd/api/security/options'
import { createDatabase } from '@immd/db/client'
import { createSchema, createYoga } from 'graphql-yoga'
import { enumName, rawId } from '../operations/canonical.js'
import { readConfig, serveContender } from './harness.js'

const config = readConfig()
const db = createDatabase({ url: config.url })
const counter = { count: 0 }
db.addStatementListener(() => {
  counter.count += 1
})
const prisma = db.prisma as unknown as Record<string, Model>
const require = createRequire(import.meta.url)
const typeDefs = readFileSync(require.resolve('@immd/api/schema.graphql'), 'utf8')

interface Model {
  findMany(args: object): Promise<Row[]>
  findFirst(args: object): Promise<Row | null>
  count(args: object): Promise<number>
}
type Row = Record<string, unknown> & { id: string }
interface Context {
  orgs: Promise<string[]>
}
/** A connection the resolvers below read lazily: `totalCount` and `edges` are separate queries. */
interface Lazy {
  model: string
  where: object
  orderBy: object[]
}

const gid = (type: string) => (row: Row) => Buffer.from(`${type}:${row.id}`).toString('base64')
const related =
  (model: string, orderBy: object[], key = 'engagementId') =>
  (parent: Row) =>
    ({ model, where: { [key]: parent.id }, orderBy }) satisfies Lazy
const byCreation = [{ createdAt: 'asc' }, { id: 'asc' }]
const byOrdinal = [{ ordinal: 'asc' }, { id: 'asc' }]
const lazyConnection = {
  totalCount: (c: Lazy) => prisma[c.model]?.count({ where: c.where }),
  edges: async (c: Lazy) => {
    const rows =
      (await prisma[c.model]?.findMany({ where: c.where, orderBy: c.orderBy, take: 100 })) ?? []
    return rows.map((node) => ({ node, cursor: node.id }))
  },
}
const enumField = (key: string) => (row: Row) => enumName(row[key])

const resolvers = {
  Query: {
    engagements: async (_: unknown, args: { first: number; after?: string }, ctx: Context) => {
      const where = { organizationId: { in: await ctx.orgs } }
      const cursor = args.after ? { cursor: { id: rawId(args.after) }, skip: 1 } : {}
      const rows = await prisma.engagement?.findMany({
        where,
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        take: args.first + 1,
        ...cursor,
      })
      return { where, rows: rows ?? [], first: args.first }
    },
    engagement: async (_: unknown, args: { id: string }, ctx: Context) =>
      prisma.engagement?.findFirst({
        where: { id: rawId(args.id), organizationId: { in: await ctx.orgs } },
      }),
  },
  QueryEngagementsConnection: {
    totalCount: (c: { where: object }) => prisma.engagement?.count({ where: c.where }),
    edges: (c: { rows: Row[]; first: number }) =>
      c.rows.slice(0, c.first).map((node) => ({ node, cursor: gid('Engagement')(node) })),
    pageInfo: (c: { rows: Row[]; first: number }) => ({
      hasNextPage: c.rows.length > c.first,
      hasPreviousPage: false,
      endCursor: c.rows[Math.min(c.first, c.rows.length) - 1]
        ? gid('Engagement')(c.rows[Math.min(c.first, c.rows.length) - 1] as Row)
        : null,
    }),
  },
  Engagement: {
    id: gid('Engagement'),
    state: enumField('state'),
    latestBand: enumField('latestBand'),
    successThreshold: enumField('successThreshold'),
    team: (e: Row) => (e.teamId ? prisma.team?.findFirst({ where: { id: e.teamId } }) : null),
    preparationChecklist: related('checklistItem', byOrdinal),
    scopeList: related('scopeEntry', byOrdinal),
    interviews: related('interviewSession', [{ heldAt: 'asc' }, { id: 'asc' }]),
    documents: related('document', byOrdinal),
    dataItems: related('dataItem', byCreation),
    evaluations: related('driverEvaluation', byCreation),
    improvements: related('improvement', byCreation),
    lessons: related('lessonLearned', byCreation),
  },
  ChecklistItem: { id: gid('ChecklistItem'), activityId: enumField('activityId') },
  ScopeEntry: {
    id: gid('ScopeEntry'),
    kind: enumField('kind'),
    functions: (e: Row) => (Array.isArray(e.functions) ? e.functions.map(enumName) : []),
  },
  Interview: {
    id: gid('Interview'),
    participants: (i: Row) =>
      prisma.interviewParticipant?.findMany({ where: { sessionId: i.id }, orderBy: { id: 'asc' } }),
  },
  InterviewParticipant: {
    scopeEntry: (p: Row) => prisma.scopeEntry?.findFirst({ where: { id: p.scopeEntryId } }),
    ratings: (p: Row) =>
      prisma.interviewRating?.findMany({
        where: { participantId: p.id },
        orderBy: [{ driverId: 'asc' }, { id: 'asc' }],
      }),
  },
  InterviewRating: { answer: enumField('answer') },
  Document: { id: gid('Document'), dataItems: related('dataItem', byCreation, 'documentId') },
  DataItem: {
    id: gid('DataItem'),
    effect: (d: Row) =>
      ({ '+': 'SUCCESS', '-': 'FAILURE', '0': 'NEUTRAL' })[String(d.effect)] ?? 'UNKNOWN',
    drivers: async (d: Row) =>
      (
        (await prisma.dataItemDriver?.findMany({
          where: { dataItemId: d.id },
          orderBy: { driverId: 'asc' },
        })) ?? []
      ).map((link) => link.driverId),
  },
  DriverEvaluation: {
    id: gid('DriverEvaluation'),
    answer: (e: Row) => (e.notApplicable ? null : enumName(e.answer)),
  },
  Improvement: {
    id: gid('Improvement'),
    priority: enumField('priority'),
    status: enumField('status'),
  },
  Lesson: { id: gid('Lesson') },
  ...Object.fromEntries(
    [
      'EngagementPreparationChecklistConnection',
      'EngagementScopeListConnection',
      'EngagementInterviewsConnection',
      'EngagementDocumentsConnection',
      'DocumentDataItemsConnection',
      'EngagementDataItemsConnection',
      'EngagementEvaluationsConnection',
      'EngagementImprovementsConnection',
      'EngagementLessonsConnection',
    ].map((name) => [name, lazyConnection]),
  ),
}

// The same credentials as our API: the naive floor differs only in how it resolves fields.
const security = resolveSecurityOptions()

const yoga = createYoga({
  schema: createSchema<Context>({ typeDefs, resolvers }),
  graphiql: false,
  logging: false,
  context: ({ request }) => ({
    orgs: resolveViewer({
      prisma: db.prisma,
      request,
      sessionCookie: security.session.cookieName,
      sessionIdleMs: security.session.idleMs,
    }).then((viewer) =>
      viewer.kind === 'user' ? viewer.memberships.map((m) => m.organizationId) : [],
    ),
  }),
})
serveContender(yoga, counter)
