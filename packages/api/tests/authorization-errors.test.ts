/**
 * Authorization failures are coded errors, never a masked "Unexpected error.": a revoked token
 * asking for `viewer.user` gets UNAUTHENTICATED, an assessor off the engagement's team calling
 * `setSuccessThreshold` gets FORBIDDEN (and nothing changes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { executeOperation } from './support/execute.js'
import { createApiToken } from './support/fixtures.js'
import {
  createPlannedEngagement,
  type MutationSuite,
  rowId,
  setupMutationSuite,
} from './support/mutations.js'

const THRESHOLD = `mutation ($id: ID!, $version: Int!) {
  setSuccessThreshold(input: { engagementId: $id, threshold: null, version: $version }) {
    __typename ... on Error { message } } }`

describe.each(TEST_ENGINES)('authorization failures are coded (%s)', (engine) => {
  let suite: MutationSuite

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
  })
  afterAll(() => suite?.db.close())

  it('answers UNAUTHENTICATED to a revoked token asking for viewer.user', async () => {
    const revoked = await createApiToken(suite.db.prisma, {
      userId: suite.demo.leadId,
      organizationId: suite.demo.organizationId,
      revokedAt: new Date(),
    })
    const result = await executeOperation(suite.yoga, {
      token: revoked,
      query: '{ viewer { authenticated authenticationError user { name } } }',
    })
    expect(result.data).toEqual({
      viewer: {
        authenticated: false,
        authenticationError: 'The token is unknown, revoked or expired.',
        user: null,
      },
    })
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED'])
    expect(result.errors?.[0]?.message).not.toBe('Unexpected error.')
  })

  it('answers FORBIDDEN to an assessor off the team calling setSuccessThreshold', async () => {
    const engagement = await createPlannedEngagement(suite, 'Threshold authorization test')
    const assessor = await suite.db.prisma.user.findUniqueOrThrow({
      where: { email: 'assessor@example.org' },
    })
    expect(
      await suite.db.prisma.engagementMember.count({
        where: { engagementId: engagement.rowId, userId: assessor.id },
      }),
    ).toBe(0)
    const token = await createApiToken(suite.db.prisma, {
      userId: assessor.id,
      organizationId: suite.demo.organizationId,
    })
    const before = await suite.db.prisma.engagement.findUniqueOrThrow({
      where: { id: engagement.rowId },
    })
    const result = await executeOperation(suite.yoga, {
      token,
      query: THRESHOLD,
      variables: { id: engagement.id, version: before.version },
    })
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN'])
    expect(result.errors?.[0]?.message).not.toBe('Unexpected error.')
    const after = await suite.db.prisma.engagement.findUniqueOrThrow({
      where: { id: rowId(engagement.id) },
    })
    expect(after.version).toBe(before.version)
  })
})
