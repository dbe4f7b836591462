/**
 * Issue #19: input errors carry a code and the bound they broke, so the console writes them in
 * the reader's language ("Titre : 200 caractères au maximum") instead of showing Zod's English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ApiDatabase } from '../src/database.js'
import { VALIDATION_ISSUE_CODES } from '../src/errors.js'
import { toValidationIssue } from '../src/validation-issues.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

const CREATE = `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) {
  __typename ... on ValidationError { issues { path code subject limit } } } }`
const TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) {
  __typename ... on ValidationError { issues { path code subject limit } } } }`

/** The issues Zod reports for `value`, as the API answers them. */
function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected a failure')
  return result.error.issues.map((issue) => {
    const { code, limit } = toValidationIssue(issue as never)
    return { code, limit }
  })
}

describe('schema issues as coded validation issues', () => {
  it('names the size that was broken and its bound', () => {
    expect(issuesOf(z.string().trim().min(1).max(5), '  ')).toEqual([
      { code: 'REQUIRED', limit: 1 },
    ])
    expect(issuesOf(z.string().min(3), 'ab')).toEqual([{ code: 'TOO_SHORT', limit: 3 }])
    expect(issuesOf(z.string().max(5), 'abcdefg')).toEqual([{ code: 'TOO_LONG', limit: 5 }])
    expect(issuesOf(z.number().int().min(1), 0)).toEqual([{ code: 'TOO_SMALL', limit: 1 }])
    expect(issuesOf(z.number().max(100), 101)).toEqual([{ code: 'TOO_LARGE', limit: 100 }])
    expect(issuesOf(z.array(z.string()).min(1), [])).toEqual([{ code: 'TOO_FEW', limit: 1 }])
    expect(issuesOf(z.array(z.string()).max(1), ['a', 'b'])).toEqual([
      { code: 'TOO_MANY', limit: 1 },
    ])
    expect(issuesOf(z.string().email(), 'not-an-address')).toEqual([
      { code: 'INVALID_FORMAT', limit: undefined },
    ])
  })

  it('keeps the path and leaves issues it cannot name without a code', () => {
    const result = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } })
    if (result.success) throw new Error('expected a failure')
    const issue = toValidationIssue(result.error.issues[0] as never)
    expect(issue.path).toBe('a.b')
    expect(issue.code).toBeUndefined()
    expect(issue.message).toBeTruthy()
  })

  it('documents every code with what it means', () => {
    for (const meaning of Object.values(VALIDATION_ISSUE_CODES))
      expect(meaning.length).toBeGreaterThan(10)
  })
})

describe.each(TEST_ENGINES)('coded validation issues through the API (%s)', (engine) => {
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
    const data = await executeOk<Record<string, { __typename: string; issues?: unknown[] }>>(yoga, {
      token: demo.leadToken,
      query,
      variables: { input },
    })
    return Object.values(data)[0]
  }

  it('answers a too long and an empty title with TOO_LONG / REQUIRED and the bound', async () => {
    const long = await send(CREATE, { organizationId, title: 'x'.repeat(201) })
    expect(long).toEqual({
      __typename: 'ValidationError',
      issues: [{ path: 'input.title', code: 'TOO_LONG', subject: null, limit: 200 }],
    })
    const empty = await send(CREATE, { organizationId, title: '   ' })
    expect(empty?.issues).toEqual([
      { path: 'input.title', code: 'REQUIRED', subject: null, limit: 1 },
    ])
  })

  it('codes the rules resolvers check themselves', async () => {
    const dates = await send(CREATE, {
      organizationId,
      title: 'Dates the wrong way round',
      plannedStart: '2027-02-01T00:00:00.000Z',
      plannedEnd: '2027-01-01T00:00:00.000Z',
    })
    expect(dates?.issues).toEqual([
      { path: 'input.plannedEnd', code: 'END_BEFORE_START', subject: null, limit: null },
    ])
    const token = await send(TOKEN, {
      organizationId,
      name: 'expired already',
      scope: 'READ',
      expiresAt: '2020-01-01T00:00:00.000Z',
    })
    expect(token?.issues).toEqual([
      { path: 'input.expiresAt', code: 'EXPIRY_IN_PAST', subject: null, limit: null },
    ])
  })
})
