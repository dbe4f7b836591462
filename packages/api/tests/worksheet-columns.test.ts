/**
 * The worksheet rows of an engagement's detail (checklist, scope list, interviews with their
 * participants and ratings, documents, data items, evaluations, improvements, lessons) are read in
 * Pothos' select mode, like Engagement rows: 360 interview ratings must not each carry an id,
 * timestamps and a note nobody asked for, which PostgreSQL would build into JSON and Prisma parse.
 * A field that is asked for still reads its column, and redaction still sees what it needs.
 */
import { countStatements } from '@immd/db/statements'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { addEvidence, type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const RATINGS = `query Ratings($id: ID!) {
  engagement(id: $id) {
    interviews { edges { node { title participants { scopeEntry { pseudonym } ratings { driverId answer } } } } }
    scopeList { edges { node { pseudonym interviewed } } }
  }
}`
const RATINGS_WITH_NOTES = `query RatingsWithNotes($id: ID!) {
  engagement(id: $id) {
    interviews { edges { node { notes updatedAt participants { ratings { driverId note } } } } }
    scopeList { edges { node { name contact updatedAt } } }
  }
}`

/** A pattern matching a quoted column name in either engine's SQL. */
const column = (name: string) => new RegExp(`[\`"]${name}[\`"]`)

type Detail = {
  engagement: {
    interviews: { edges: { node: Record<string, unknown> }[] }
    scopeList: { edges: { node: Record<string, unknown> }[] }
  }
}

describe.each(TEST_ENGINES)('columns the worksheets of a detail read (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>
  let id: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    await addEvidence(db.prisma, demo.activeEngagementId, 2)
    await db.prisma.interviewRating.updateMany({ data: { note: 'Said so twice' } })
    yoga = createApi({ db })
    id = globalId('Engagement', demo.activeEngagementId)
  })
  afterAll(() => db?.close())

  it('reads neither notes, contacts nor timestamps the query did not ask for', async () => {
    let data: Detail | undefined
    const { statements } = await countStatements(db, async () => {
      data = await executeOk<Detail>(yoga, {
        token: demo.leadToken,
        query: RATINGS,
        variables: { id },
      })
    })
    // The viewer lookup reads users' names; the worksheets are the statements on their tables.
    const sql = statements
      .filter((statement) => /InterviewSession|InterviewRating|ScopeEntry/.test(statement))
      .join('\n')
    expect(sql).toMatch(column('driverId'))
    for (const name of ['note', 'notes', 'contact', 'name', 'updatedAt']) {
      expect(sql).not.toMatch(column(name))
    }
    const ratings = data?.engagement.interviews.edges.flatMap(({ node }) =>
      (node.participants as { ratings: { driverId: string; answer: string }[] }[]).flatMap(
        (participant) => participant.ratings,
      ),
    )
    expect(ratings?.length).toBeGreaterThanOrEqual(40)
    expect(ratings?.every((r) => /^D\d+$/.test(r.driverId) && /^[A-Z_]+$/.test(r.answer))).toBe(
      true,
    )
  })

  it('still reads a column when its field is asked for, and redacts as before', async () => {
    const read = (token: string) =>
      executeOk<Detail>(yoga, { token, query: RATINGS_WITH_NOTES, variables: { id } })
    const lead = await read(demo.leadToken)
    const notes = lead.engagement.interviews.edges.flatMap(({ node }) =>
      (node.participants as { ratings: { note: string | null }[] }[]).flatMap((p) =>
        p.ratings.map((r) => r.note),
      ),
    )
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.every((note) => note === 'Said so twice')).toBe(true)
    const [session] = lead.engagement.interviews.edges
    expect(typeof session?.node.updatedAt).toBe('string')
    const entries = lead.engagement.scopeList.edges.map(({ node }) => node)
    expect(entries.some((entry) => typeof entry.name === 'string')).toBe(true)
    expect(entries.every((entry) => typeof entry.updatedAt === 'string')).toBe(true)

    // A viewer is not an assessor of the engagement: real names and contacts stay null.
    const viewer = await read(demo.viewerToken)
    for (const { node } of viewer.engagement.scopeList.edges) {
      expect(node.name).toBeNull()
      expect(node.contact).toBeNull()
    }
  })
})
