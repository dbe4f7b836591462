/**
 * The console language of a user (issue #19): `setPreferredLocale` stores it on the signed-in
 * account, `viewer.user.preferredLocale` reads it back, each organization of the user gets an
 * audit row, and API tokens (scripts) are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { request, type SecuritySuite, setupSecuritySuite } from './support/security.js'

const SET = `mutation ($locale: Locale!) { setPreferredLocale(input: { locale: $locale }) {
  user { id preferredLocale } } }`
const READ = '{ viewer { user { preferredLocale } } }'

describe.each(TEST_ENGINES)('setPreferredLocale (%s)', (engine) => {
  let suite: SecuritySuite
  beforeAll(async () => {
    suite = await setupSecuritySuite(engine)
  })
  afterAll(() => suite?.db.close())

  it('starts unset, stores the choice, reads it back and audits the change', async () => {
    const credential = suite.credentials.viewer
    const before = await request(suite.yoga, { query: READ, credential })
    expect(before.body.data).toEqual({ viewer: { user: { preferredLocale: null } } })

    const set = await request(suite.yoga, { query: SET, variables: { locale: 'FR' }, credential })
    expect(set.body.errors).toBeUndefined()
    expect(set.body.data).toMatchObject({ setPreferredLocale: { user: { preferredLocale: 'FR' } } })
    const after = await request(suite.yoga, { query: READ, credential })
    expect(after.body.data).toEqual({ viewer: { user: { preferredLocale: 'FR' } } })

    const stored = await suite.db.prisma.user.findUniqueOrThrow({
      where: { id: suite.users.viewer },
    })
    expect(stored.preferredLocale).toBe('fr')
    const audit = await suite.db.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'user.preferred-locale', targetId: suite.users.viewer },
    })
    expect(audit.organizationId).toBe(suite.demo.organizationId)
    const recorded = typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after
    expect(recorded).toEqual({ preferredLocale: 'fr' })
  })

  it('refuses an unknown language and API tokens', async () => {
    const unknown = await request(suite.yoga, {
      query: SET,
      variables: { locale: 'IT' },
      credential: suite.credentials.viewer,
    })
    expect(unknown.body.errors?.length).toBeGreaterThan(0)
    const token = await request(suite.yoga, {
      query: SET,
      variables: { locale: 'DE' },
      credential: suite.credentials['read-write-token'],
    })
    expect(token.body.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/)
    const lead = await suite.db.prisma.user.findUniqueOrThrow({ where: { id: suite.users.lead } })
    expect(lead.preferredLocale).toBeNull()
  })
})
