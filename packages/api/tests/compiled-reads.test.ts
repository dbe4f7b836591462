/**
 * The compiled read path (`src/compiled-reads/`) answers exactly what the executor answers: every
 * declared field, for every kind of viewer, at page boundaries, and it steps aside for what it does
 * not declare (redacted fields, arguments, page info, directives, fragments on other types).
 * PostgreSQL only: SQLite keeps the executor.
 */
import { countStatements } from '@immd/db/statements'
import { getNamedType, isObjectType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMPILED_TYPES } from '../src/compiled-reads/compiled-types.js'
import type { ApiDatabase } from '../src/database.js'
import { schema } from '../src/schema/index.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOperation, globalId } from './support/execute.js'
import {
  addEvidence,
  type DemoFixture,
  seedDemoFixture,
  seedForeignOrganization,
} from './support/fixtures.js'

/** A selection of every declared field of `typeName`, nested lists included. */
function selectEverything(typeName: string): string {
  const declared = COMPILED_TYPES[typeName]
  if (!declared) throw new Error(`${typeName} is not declared`)
  const parts = ['__typename']
  for (const [name, field] of Object.entries(declared.fields)) {
    if (field.kind === 'connection') {
      parts.push(
        `${name} { __typename totalCount edges { __typename node { ${selectEverything(field.type)} } } }`,
      )
    } else if (field.kind === 'rows' || field.kind === 'row') {
      parts.push(`${name} { ${selectEverything(field.type)} }`)
    } else {
      parts.push(name)
    }
  }
  return parts.join(' ')
}

const EVERYTHING = `query Everything($id: ID!) {
  engagement(id: $id) { ${selectEverything('Engagement')} }
}`

/** Whether a run of `query` reached the compiled statement. */
const COMPILED_SQL = /AS "data" FROM "Engagement"/

const postgresql = TEST_ENGINES.includes('postgresql')

describe.skipIf(!postgresql)('compiled worksheet reads (postgresql)', () => {
  let db: ApiDatabase
  let demo: DemoFixture
  let compiled: ReturnType<typeof createApi>
  let executor: ReturnType<typeof createApi>
  let foreign: { engagementId: string; token: string }
  let bigEngagementId: string

  beforeAll(async () => {
    db = await createTestDatabase('postgresql')
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    compiled = createApi({ db })
    executor = createApi({ db, compiledReads: false })
    // More rows than a page (100) in data items, interviews and documents: the page size of
    // every declared connection is the schema's (100), checked at the boundary.
    const copy = await db.prisma.engagement.findUniqueOrThrow({
      where: { id: demo.finishedEngagementId },
    })
    bigEngagementId = copy.id
    await addEvidence(db.prisma, bigEngagementId, 101)
  })
  afterAll(() => db?.close())

  /** Runs `query` on both paths and expects the same response text; returns it and the SQL. */
  async function compare(token: string, query: string, variables: Record<string, unknown>) {
    const run = async (yoga: ReturnType<typeof createApi>) => {
      const measured = await countStatements(db, () =>
        executeOperation(yoga, { token, query, variables }),
      )
      return { text: JSON.stringify(measured.result), statements: measured.statements }
    }
    const viaExecutor = await run(executor)
    const viaCompiled = await run(compiled)
    if (viaCompiled.text !== viaExecutor.text) {
      // Where they part, not two 100 kB strings.
      let at = 0
      while (viaCompiled.text[at] === viaExecutor.text[at]) at += 1
      const around = (text: string) => text.slice(Math.max(0, at - 120), at + 120)
      expect(around(viaCompiled.text)).toBe(around(viaExecutor.text))
    }
    expect(viaExecutor.statements.some((sql) => COMPILED_SQL.test(sql))).toBe(false)
    return {
      body: JSON.parse(viaCompiled.text) as { data?: Record<string, unknown>; errors?: unknown[] },
      compiledRan: viaCompiled.statements.some((sql) => COMPILED_SQL.test(sql)),
      statements: viaCompiled.statements.length,
      executorStatements: viaExecutor.statements.length,
    }
  }

  const engagementId = () => globalId('Engagement', bigEngagementId)

  it('answers every declared field as the executor does, for each role', async () => {
    for (const token of [demo.leadToken, demo.readToken, demo.viewerToken]) {
      const answer = await compare(token, EVERYTHING, { id: engagementId() })
      expect(answer.compiledRan).toBe(true)
      expect(answer.body.errors).toBeUndefined()
      const engagement = answer.body.data?.engagement as Record<
        string,
        { totalCount: number; edges: unknown[] }
      >
      // The page boundary: more rows than a page, the first 100 answered.
      expect(engagement.dataItems?.totalCount).toBeGreaterThan(100)
      expect(engagement.dataItems?.edges).toHaveLength(100)
      expect(engagement.interviews?.totalCount).toBeGreaterThan(100)
      expect(engagement.interviews?.edges).toHaveLength(100)
      expect(engagement.documents?.edges).toHaveLength(100)
      expect(engagement.evaluations?.edges.length).toBeGreaterThan(0)
      expect(answer.statements).toBeLessThanOrEqual(answer.executorStatements)
    }
  })

  it('answers the other engagement and an empty one the same way', async () => {
    for (const id of [demo.activeEngagementId, foreign.engagementId]) {
      const answer = await compare(demo.leadToken, EVERYTHING, { id: globalId('Engagement', id) })
      expect(answer.body.errors).toBeUndefined()
    }
  })

  it('answers null for an engagement of another organization, without the compiled statement', async () => {
    const answer = await compare(foreign.token, EVERYTHING, { id: engagementId() })
    expect(answer.body.data?.engagement).toBeNull()
    expect(answer.compiledRan).toBe(false)
  })

  it('keeps aliases, fragments on the node type and response order', async () => {
    const query = `query Q($id: ID!) {
      first: engagement(id: $id) {
        items: dataItems { edges { node { ...Item code: effectCode } } count: totalCount }
        title
        ... on Engagement { state }
        lessons { totalCount }
      }
      second: engagement(id: $id) { lessons { edges { node { text } } } id }
    }
    fragment Item on DataItem { id effect drivers }`
    const answer = await compare(demo.leadToken, query, { id: engagementId() })
    expect(answer.compiledRan).toBe(true)
    expect(Object.keys(answer.body.data?.first as object)).toEqual([
      'items',
      'title',
      'state',
      'lessons',
    ])
  })

  it('leaves to the executor what it does not declare', async () => {
    const notCompiled = [
      // Redacted for viewers: scope-auth decides.
      'scopeList { edges { node { pseudonym name contact } } }',
      'interviews { edges { node { notes } } }',
      // Arguments, page info, cursors, directives, fragments on an interface.
      'dataItems(first: 2) { totalCount edges { node { id } } }',
      'dataItems(effect: [FAILURE]) { totalCount }',
      'lessons { pageInfo { hasNextPage } }',
      'lessons { edges { cursor } }',
      'lessons @include(if: true) { totalCount }',
      'lessons { edges { node { ... on Node { id } } } }',
      'improvements { edges { node { owner { id } } } }',
      'teamSnapshot',
    ]
    for (const selection of notCompiled) {
      for (const token of [demo.leadToken, demo.viewerToken]) {
        // `viewerCanWrite` is computed: only the selection under test could compile.
        const query = `query Q($id: ID!) { engagement(id: $id) { viewerCanWrite ${selection} } }`
        const answer = await compare(token, query, { id: engagementId() })
        expect(answer.compiledRan, selection).toBe(false)
      }
    }
  })

  it('declares only fields of the schema without field-level scopes', () => {
    // The check below reads where Pothos keeps field scopes: a redacted field has them there.
    const scopeEntry = schema.getType('ScopeEntry')
    if (!isObjectType(scopeEntry)) throw new Error('ScopeEntry is not an object type')
    const name = scopeEntry.getFields().name?.extensions?.pothosOptions as { authScopes?: unknown }
    expect(name.authScopes).toBeTypeOf('function')
    for (const [typeName, declared] of Object.entries(COMPILED_TYPES)) {
      const type = schema.getType(typeName)
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`)
      for (const [name, field] of Object.entries(declared.fields)) {
        const definition = type.getFields()[name]
        if (!definition) throw new Error(`${typeName}.${name} is not in the schema`)
        const options = definition.extensions?.pothosOptions as { authScopes?: unknown } | undefined
        expect(options?.authScopes, `${typeName}.${name} has field scopes`).toBeUndefined()
        if (field.kind === 'connection') {
          expect(getNamedType(definition.type).name, `${typeName}.${name}`).toMatch(/Connection$/)
        }
      }
    }
  })
})
