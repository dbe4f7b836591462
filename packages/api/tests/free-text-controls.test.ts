/**
 * Issue #23, item 10: titles and names written through the API kept NUL and bidi overrides.
 * One helper (`@immd/core/free-text`) refuses NUL with a typed error naming the field and strips
 * U+202A–U+202E and U+2066–U+2069; the import path is covered in `import-forged-figures.test.ts`.
 */

import { stripBidiControls } from '@immd/core/free-text'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const CREATE = `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
  __typename ... on CreateEngagementPayload { engagement { title } }
  ... on ValidationError { issues { path message } } } }`
const TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) {
  __typename ... on CreateApiTokenPayload { token { name } }
  ... on ValidationError { issues { path message } } } }`

interface Answer {
  __typename: string
  engagement?: { title: string }
  token?: { name: string }
  issues?: { path: string; message: string }[]
}

it('strips every bidi embedding, override and isolate control and keeps right-to-left letters', () => {
  const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'
  expect(stripBidiControls(`a${controls}b \u05E9\u05DC\u05D5\u05DD`)).toBe(
    'ab \u05E9\u05DC\u05D5\u05DD',
  )
})

describe.each(TEST_ENGINES)('free-text controls in titles and names (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>
  let organizationId: string

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
    organizationId = globalId('Organization', demo.organizationId)
  })
  afterAll(() => db?.close())

  const send = async (query: string, input: Record<string, unknown>) => {
    const data = await executeOk<Record<string, Answer>>(yoga, {
      token: demo.leadToken,
      query,
      variables: { input },
    })
    return Object.values(data)[0] as Answer
  }

  it('stores engagement titles without bidi overrides', async () => {
    const answer = await send(CREATE, {
      organizationId,
      title: ' Review \u202Efdp.exe\u202C of Q3 ',
    })
    expect(answer.engagement?.title).toBe('Review fdp.exe of Q3')
    expect(await db.prisma.engagement.count({ where: { title: 'Review fdp.exe of Q3' } })).toBe(1)
  })

  it('refuses a NUL in a title or a token name with a typed error naming the field', async () => {
    const before = await db.prisma.engagement.count()
    expect((await send(CREATE, { organizationId, title: 'Q3\u0000 review' })).issues).toEqual([
      { path: 'input.title', message: 'must not contain a NUL character' },
    ])
    expect(await db.prisma.engagement.count()).toBe(before)
    const token = await send(TOKEN, { organizationId, name: 'ci\u0000', scope: 'READ' })
    expect(token.issues).toEqual([
      { path: 'input.name', message: 'must not contain a NUL character' },
    ])
  })

  it('strips bidi isolates from token names', async () => {
    const token = await send(TOKEN, {
      organizationId,
      name: '\u2067ci export\u2069',
      scope: 'READ',
    })
    expect(token.token?.name).toBe('ci export')
  })
})
