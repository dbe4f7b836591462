/**
 * Valid sample variables for every root field, used by the policy walk (every field × every
 * subject) and the audit test (every mutation writes an audit event in its own transaction).
 *
 * Each sample prepares what it needs itself (fresh rows, created directly in the database), so it
 * can run again and again: a subject's outcome never depends on what another subject did. Samples
 * target the demo organization: its active engagement (A3 in progress), or a fresh engagement.
 * Operations are built from the introspected schema: `$arg: Type` for each given variable.
 */
import { createHash, randomUUID } from 'node:crypto'
import { type GraphQLSchema, getNamedType, isObjectType, isUnionType } from 'graphql'
import { generateApiToken } from '../../src/auth/credentials.js'
import { activityVersionOf, globalId } from './execute.js'
import { type Credential, request, type SecuritySuite } from './security.js'

/** What a sample is prepared for: the audit test needs success, the policy walk only authorization. */
export type SamplePurpose = 'audit' | 'policy'

/** Given to every sample. */
export interface SampleContext {
  suite: SecuritySuite
  purpose: SamplePurpose
  /** Runs an operation as the lead (read-write token); throws on errors and error results. */
  lead<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>
}

/** A sample: variables, and for the audit run, who runs it (default: the lead's read-write token). */
export interface Sample {
  prepare(ctx: SampleContext): Promise<Record<string, unknown>>
  auditAs?: (suite: SecuritySuite) => Credential | Promise<Credential>
  /** The walk gives session subjects a fresh session for it (it would end theirs). */
  endsSession?: boolean
}

const unique = () => randomUUID().slice(0, 8)
const gid = globalId

/** The demo's active engagement (A3 in progress) as a global id. */
const active = (ctx: SampleContext) => gid('Engagement', ctx.suite.demo.activeEngagementId)

async function newChecklistItem(ctx: SampleContext) {
  return ctx.suite.db.prisma.checklistItem.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      activityId: 'PRA3',
      ordinal: 1000 + Math.floor(Math.random() * 1e6),
      text: `Book the room ${unique()}`,
    },
  })
}

async function newScopeEntry(ctx: SampleContext) {
  return ctx.suite.db.prisma.scopeEntry.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      kind: 'person',
      pseudonym: `P-${unique()}`,
      name: 'Real Name',
      functions: [],
      ordinal: 1000 + Math.floor(Math.random() * 1e6),
    },
  })
}

/** An inactive endpoint (no event of the other samples is queued for it). */
async function newWebhookEndpoint(ctx: SampleContext) {
  return ctx.suite.db.prisma.webhookEndpoint.create({
    data: {
      organizationId: ctx.suite.demo.organizationId,
      url: `https://hooks.example.org/${unique()}`,
      eventTypes: ['engagement.created'],
      secret: `whsec_${unique()}`,
      active: false,
    },
  })
}

/** A pending invitation to the demo organization; answers its token. */
async function newInvitation(ctx: SampleContext, email: string): Promise<string> {
  const { generateInvitationToken } = await import('../../src/auth/invitations.js')
  const { token, tokenHash } = generateInvitationToken()
  await ctx.suite.db.prisma.invitation.create({
    data: {
      organizationId: ctx.suite.demo.organizationId,
      email,
      name: 'Invited Person',
      role: 'viewer',
      tokenHash,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  })
  return token
}

async function newSession(ctx: SampleContext) {
  return ctx.suite.db.prisma.interviewSession.create({
    data: { engagementId: ctx.suite.demo.activeEngagementId, title: `Interview ${unique()}` },
  })
}

async function newDocument(ctx: SampleContext, options: { received?: boolean } = {}) {
  const at = options.received ? new Date() : null
  return ctx.suite.db.prisma.document.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      title: `Runbook ${unique()}`,
      ordinal: 1000 + Math.floor(Math.random() * 1e6),
      requestedAt: at,
      receivedAt: at,
    },
  })
}

async function newDataItem(ctx: SampleContext) {
  const session = await newSession(ctx)
  return ctx.suite.db.prisma.dataItem.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      text: `Observation ${unique()}`,
      effect: '+',
      sourceKind: 'interview',
      interviewSessionId: session.id,
      drivers: { create: [{ driverId: 'D1' }] },
    },
  })
}

async function newImprovement(ctx: SampleContext) {
  return ctx.suite.db.prisma.improvement.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      driverId: 'D8',
      proposal: `Hire ${unique()}`,
      priority: 'high',
    },
  })
}

async function newLesson(ctx: SampleContext) {
  return ctx.suite.db.prisma.lessonLearned.create({
    data: { engagementId: ctx.suite.demo.activeEngagementId, text: `Lesson ${unique()}` },
  })
}

/** A fresh engagement of the demo organization, planned from ACME-CSIRT, sponsorship recorded. */
async function newEngagement(ctx: SampleContext, options: { sponsorship?: boolean } = {}) {
  const team = await ctx.suite.db.prisma.team.findFirstOrThrow({
    where: { organizationId: ctx.suite.demo.organizationId, shortName: 'ACME-CSIRT' },
  })
  const created = await ctx.lead<{ createEngagement: { engagement: { id: string } } }>(
    `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) { __typename
      ... on CreateEngagementPayload { engagement { id } } ... on Error { message } } }`,
    {
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        title: `Sample engagement ${unique()}`,
        teamId: gid('Team', team.id),
      },
    },
  )
  const id = created.createEngagement.engagement.id
  const rowId = Buffer.from(id, 'base64').toString().split(':')[1] ?? ''
  if (options.sponsorship) {
    await ctx.suite.db.prisma.engagement.update({
      where: { id: rowId },
      data: { sponsorName: 'CIO', sponsorshipRecordedAt: new Date() },
    })
  }
  return { id, rowId }
}

/**
 * The engagement a lifecycle sample works on: a fresh one for the audit run (which needs success),
 * the active demo engagement for the policy walk (a gate refusal still means "authorized").
 */
async function engagementFor(ctx: SampleContext, options: { sponsorship?: boolean } = {}) {
  if (ctx.purpose === 'audit') return newEngagement(ctx, options)
  return { id: active(ctx), rowId: ctx.suite.demo.activeEngagementId }
}

const engagementVersion = async (ctx: SampleContext, rowId: string) =>
  (await ctx.suite.db.prisma.engagement.findUniqueOrThrow({ where: { id: rowId } })).version

const TRANSITION = (name: string) => `mutation ($input: ActivityTransitionInput!) {
  ${name}(input: $input) { __typename ... on Error { message } } }`

/** The input of an activity transition, with the activity's current `version` (required, #17). */
async function transitionInput(ctx: SampleContext, engagementId: string, activityId: string) {
  const version = await activityVersionOf(ctx.suite.db.prisma, engagementId, activityId)
  return { engagementId, activityId, version }
}

/** Runs an activity transition as the lead. */
async function moveActivity(ctx: SampleContext, name: string, id: string, activityId: string) {
  return ctx.lead(TRANSITION(name), { input: await transitionInput(ctx, id, activityId) })
}

/** An activity-transition sample: `{ engagementId, activityId }` with the activity's version. */
function asTransition(sample: Sample): Sample {
  return {
    ...sample,
    prepare: async (ctx) => {
      const { engagementId, activityId } = (await sample.prepare(ctx)) as Record<string, string>
      return { input: await transitionInput(ctx, engagementId ?? '', activityId ?? '') }
    },
  }
}

/** A sample whose fields are the mutation's `input:` object (the convention of #17). */
function inInput(sample: Sample): Sample {
  return { ...sample, prepare: async (ctx) => ({ input: await sample.prepare(ctx) }) }
}

/**
 * Walks an engagement to "A6 completed" through the API (for `communicateResults`): a fresh
 * engagement with sponsorship, preparation, evidence, all ten drivers and the threshold.
 */
async function engagementReadyToCommunicate(ctx: SampleContext): Promise<string> {
  const { id, rowId } = await newEngagement(ctx, { sponsorship: true })
  const move = (name: string, activityId: string) => moveActivity(ctx, name, id, activityId)
  for (const activity of ['PRA1', 'PRA2', 'PRA3', 'PRA4']) {
    await move('startActivity', activity)
    await move('completeActivity', activity)
  }
  await move('startActivity', 'PRA5')
  await move('skipActivity', 'PRA6')
  await move('completeActivity', 'PRA5')
  await move('startActivity', 'A1')
  const scope = await ctx.suite.db.prisma.scopeEntry.findMany({
    where: { engagementId: rowId },
    orderBy: { ordinal: 'asc' },
    take: 1,
  })
  const session = await ctx.lead<{ createInterviewSession: { interview: { id: string } } }>(
    `mutation ($input: CreateInterviewSessionInput!) { createInterviewSession(input: $input) {
      __typename ... on InterviewPayload { interview { id } } ... on Error { message } } }`,
    {
      input: {
        engagementId: id,
        title: 'Manager',
        heldAt: '2026-03-03T09:00:00.000Z',
        participantIds: scope.map((entry) => gid('ScopeEntry', entry.id)),
      },
    },
  )
  for (const entry of scope) {
    await ctx.lead(
      `mutation ($input: MarkScopeEntryInterviewedInput!) { markScopeEntryInterviewed(input: $input) { __typename } }`,
      { input: { id: gid('ScopeEntry', entry.id), interviewed: true } },
    )
  }
  await move('completeActivity', 'A1')
  await move('startActivity', 'A2')
  const document = await ctx.suite.db.prisma.document.findFirstOrThrow({
    where: { engagementId: rowId },
    orderBy: { ordinal: 'asc' },
  })
  for (const [step, version] of [
    ['markDocumentRequested', 1],
    ['markDocumentReceived', 2],
    ['markDocumentReviewed', 3],
  ] as const) {
    await ctx.lead(
      `mutation ($input: MarkDocumentStepInput!) { ${step}(input: $input) { __typename ... on Error { message } } }`,
      { input: { id: gid('Document', document.id), version } },
    )
  }
  await move('completeActivity', 'A2')
  await ctx.lead(
    `mutation ($input: AddDataItemInput!) { addDataItem(input: $input) { __typename ... on Error { message } } }`,
    {
      input: {
        engagementId: id,
        text: 'Two analyst positions are vacant',
        effect: 'FAILURE',
        driverIds: ['D8'],
        interviewSessionId: session.createInterviewSession.interview.id,
      },
    },
  )
  await move('startActivity', 'A3')
  for (let driver = 1; driver <= 10; driver += 1) {
    await ctx.lead(
      `mutation ($input: EvaluateDriverInput!) { evaluateDriver(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          engagementId: id,
          driverId: `D${driver}`,
          answer: 'LIKELY_YES',
          version: 1,
          rationale: 'Evidence',
        },
      },
    )
  }
  await move('completeActivity', 'A3')
  await ctx.lead(
    `mutation ($input: SetSuccessThresholdInput!) { setSuccessThreshold(input: $input) { __typename ... on Error { message } } }`,
    {
      input: { engagementId: id, threshold: 'HIGH', version: await engagementVersion(ctx, rowId) },
    },
  )
  for (const activity of ['A4', 'A5', 'A6']) {
    await move('startActivity', activity)
    if (activity === 'A6') {
      await ctx.lead(
        `mutation ($input: AddImprovementInput!) { addImprovement(input: $input) { __typename ... on Error { message } } }`,
        {
          input: {
            engagementId: id,
            driverId: 'D8',
            proposal: 'Hire two analysts',
            priority: 'HIGH',
          },
        },
      )
    }
    await move('completeActivity', activity)
  }
  return id
}

const INVENTORY_RECORD = (shortName: string) => ({
  'short-team-name': shortName,
  'official-team-name': `${shortName} official`,
  imc_id: `imc-${shortName.toLowerCase()}`,
  model: 'security_team',
})

/** Every mutation's sample. A new mutation without one fails the policy and audit tests. */
export const MUTATION_SAMPLES: Record<string, Sample> = {
  login: inInput({
    prepare: async () => ({ email: 'viewer@example.org', password: 'immd-demo' }),
    auditAs: () => ({ kind: 'none' }),
  }),
  logout: {
    prepare: async () => ({}),
    endsSession: true,
    // A session of its own, so that ending it does not end a walk subject's.
    auditAs: async (suite) => {
      const { signIn } = await import('./security.js')
      return signIn(suite.yoga, 'viewer@example.org')
    },
  },
  changePassword: inInput({
    // A wrong current password: authorized, refused as ValidationError, nothing changes.
    prepare: async (ctx) =>
      ctx.purpose === 'policy'
        ? { currentPassword: 'not-the-password', newPassword: 'a brand new password' }
        : { currentPassword: 'first-password-123', newPassword: `second-password-${unique()}` },
    auditAs: async (suite) => {
      const { hashPassword } = await import('@immd/db/password')
      const { signIn } = await import('./security.js')
      const email = `changer-${unique()}@example.org`
      await suite.db.prisma.user.create({
        data: {
          email,
          name: 'Changer',
          passwordHash: await hashPassword('first-password-123'),
          memberships: { create: { organizationId: suite.demo.organizationId, role: 'viewer' } },
        },
      })
      return signIn(suite.yoga, email, 'first-password-123')
    },
  }),
  setPreferredLocale: {
    // A preference of the signing-in account: any cookie session may set its own.
    prepare: async () => ({ input: { locale: Math.random() < 0.5 ? 'FR' : 'DE' } }),
    auditAs: (suite) => suite.credentials.admin,
  },
  createApiToken: {
    prepare: async (ctx) => ({
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        name: `ci ${unique()}`,
        scope: 'READ',
      },
    }),
  },
  revokeApiToken: inInput({
    prepare: async (ctx) => {
      const { tokenHash, prefix } = generateApiToken()
      const row = await ctx.suite.db.prisma.apiToken.create({
        data: {
          userId: ctx.suite.demo.leadId,
          organizationId: ctx.suite.demo.organizationId,
          name: 'to revoke',
          tokenHash,
          prefix,
          scope: 'read',
        },
      })
      return { id: gid('ApiToken', row.id) }
    },
  }),
  createWebhookEndpoint: {
    prepare: async (ctx) => ({
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        url: `https://hooks.example.org/${unique()}`,
        eventTypes: ['ENGAGEMENT_CREATED'],
      },
    }),
    auditAs: (suite) => suite.credentials.admin,
  },
  setBenchmarkParticipation: {
    prepare: async (ctx) => ({
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        optIn: Math.random() < 0.5,
      },
    }),
    auditAs: (suite) => suite.credentials.admin,
  },
  updateWebhookEndpoint: {
    prepare: async (ctx) => ({
      input: { id: gid('WebhookEndpoint', (await newWebhookEndpoint(ctx)).id), description: 'x' },
    }),
    auditAs: (suite) => suite.credentials.admin,
  },
  deleteWebhookEndpoint: inInput({
    prepare: async (ctx) => ({ id: gid('WebhookEndpoint', (await newWebhookEndpoint(ctx)).id) }),
    auditAs: (suite) => suite.credentials.admin,
  }),
  replayWebhookDelivery: inInput({
    prepare: async (ctx) => {
      const endpoint = await newWebhookEndpoint(ctx)
      const delivery = await ctx.suite.db.prisma.webhookDelivery.create({
        data: {
          endpointId: endpoint.id,
          organizationId: endpoint.organizationId,
          eventId: randomUUID(),
          eventType: 'engagement.created',
          body: '{}',
          status: 'failed',
        },
      })
      return { id: gid('WebhookDelivery', delivery.id) }
    },
    auditAs: (suite) => suite.credentials.admin,
  }),
  inviteUser: {
    prepare: async (ctx) => ({
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        email: `invited-${unique()}@example.org`,
        name: 'Invited Person',
        role: 'VIEWER',
      },
    }),
    auditAs: (suite) => suite.credentials.admin,
  },
  acceptInvitation: inInput({
    // The policy walk: a token nobody issued (authorized, refused as ValidationError). The audit
    // run: an invitation of the demo organization for the account `auditAs` signed in.
    prepare: async (ctx) => {
      if (ctx.purpose === 'policy') return { token: 'immd_inv_not-a-real-token' }
      const user = await ctx.suite.db.prisma.user.findFirstOrThrow({
        where: { email: { startsWith: 'accepting-' } },
        orderBy: { id: 'desc' },
      })
      return { token: await newInvitation(ctx, user.email) }
    },
    auditAs: async (suite) => {
      const { hashPassword } = await import('@immd/db/password')
      const { signIn } = await import('./security.js')
      const email = `accepting-${unique()}@example.org`
      await suite.db.prisma.user.create({
        data: {
          email,
          name: 'Accepting Person',
          passwordHash: await hashPassword('accepting-password-1'),
          memberships: { create: { organizationId: suite.foreign.organizationId, role: 'viewer' } },
        },
      })
      return signIn(suite.yoga, email, 'accepting-password-1')
    },
  }),
  acceptInvitationWithPassword: inInput({
    prepare: async (ctx) => ({
      token:
        ctx.purpose === 'policy'
          ? 'immd_inv_not-a-real-token'
          : await newInvitation(ctx, `joining-${unique()}@example.org`),
      password: 'a password of my own',
    }),
    auditAs: () => ({ kind: 'none' }),
  }),
  setMembershipRole: inInput({
    prepare: async (ctx) => ({
      id: gid('Membership', (await newMember(ctx)).id),
      role: 'ASSESSOR',
    }),
    auditAs: (suite) => suite.credentials.admin,
  }),
  removeMembership: inInput({
    prepare: async (ctx) => ({ id: gid('Membership', (await newMember(ctx)).id) }),
    auditAs: (suite) => suite.credentials.admin,
  }),
  createEngagement: {
    prepare: async (ctx) => ({
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        title: `Created ${unique()}`,
      },
    }),
  },
  importEngagement: inInput({
    prepare: async (ctx) => {
      const exported = await ctx.lead<{ engagementExport: Record<string, unknown> }>(
        'query ($id: ID!) { engagementExport(id: $id) }',
        { id: gid('Engagement', ctx.suite.demo.finishedEngagementId) },
      )
      return {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        document: exported.engagementExport,
      }
    },
  }),
  importTeams: {
    prepare: async (ctx) => ({
      input: {
        organizationId: gid('Organization', ctx.suite.demo.organizationId),
        records: [INVENTORY_RECORD(`SAMPLE-${unique().toUpperCase()}`)],
      },
    }),
  },
  setEngagementMember: inInput({
    prepare: async (ctx) => ({
      engagementId: active(ctx),
      userId: gid('User', (await newMember(ctx)).userId),
      role: 'OBSERVER',
    }),
  }),
  removeEngagementMember: inInput({
    prepare: async (ctx) => {
      const member = await newMember(ctx)
      await ctx.suite.db.prisma.engagementMember.create({
        data: {
          engagementId: ctx.suite.demo.activeEngagementId,
          userId: member.userId,
          role: 'observer',
        },
      })
      return { engagementId: active(ctx), userId: gid('User', member.userId) }
    },
  }),
  setSuccessThreshold: inInput({
    prepare: async (ctx) => {
      const { id, rowId } = await engagementFor(ctx)
      return {
        engagementId: id,
        threshold: 'EXCELLENT',
        version: await engagementVersion(ctx, rowId),
      }
    },
  }),
  updateEngagement: {
    prepare: async (ctx) => {
      const { id, rowId } = await engagementFor(ctx)
      return {
        input: {
          id,
          version: await engagementVersion(ctx, rowId),
          plannedStart: '2026-03-02T09:00:00.000Z',
          plannedEnd: '2026-04-30T17:00:00.000Z',
        },
      }
    },
  },
  tailorMethod: {
    prepare: async (ctx) => {
      const { id, rowId } = await engagementFor(ctx)
      return {
        input: {
          engagementId: id,
          version: await engagementVersion(ctx, rowId),
          methodVersion: `immd-1.0+sample-${unique()}`,
          weights: [{ driverId: 'D8', weight: 2 }],
        },
      }
    },
  },
  recordSponsorship: inInput({
    prepare: async (ctx) => {
      const { id, rowId } = await engagementFor(ctx)
      return { engagementId: id, sponsorName: 'CISO', version: await engagementVersion(ctx, rowId) }
    },
  }),
  startActivity: asTransition({
    prepare: async (ctx) => ({
      engagementId: (await engagementFor(ctx, { sponsorship: true })).id,
      activityId: 'PRA1',
    }),
  }),
  completeActivity: asTransition({
    prepare: async (ctx) => {
      if (ctx.purpose === 'policy') return { engagementId: active(ctx), activityId: 'A3' }
      const { id } = await newEngagement(ctx, { sponsorship: true })
      await moveActivity(ctx, 'startActivity', id, 'PRA1')
      return { engagementId: id, activityId: 'PRA1' }
    },
  }),
  skipActivity: asTransition({
    prepare: async (ctx) => {
      if (ctx.purpose === 'policy') return { engagementId: active(ctx), activityId: 'PAA3' }
      const { id } = await newEngagement(ctx, { sponsorship: true })
      const move = (name: string, activityId: string) => moveActivity(ctx, name, id, activityId)
      for (const activity of ['PRA1', 'PRA2', 'PRA3', 'PRA4']) {
        await move('startActivity', activity)
        await move('completeActivity', activity)
      }
      await move('startActivity', 'PRA5')
      return { engagementId: id, activityId: 'PRA6' }
    },
  }),
  communicateResults: {
    prepare: async (ctx) => ({
      input: {
        engagementId:
          ctx.purpose === 'audit' ? await engagementReadyToCommunicate(ctx) : active(ctx),
        audience: 'CIO',
        medium: 'briefing',
      },
    }),
  },
  addChecklistItem: {
    prepare: async (ctx) => ({
      input: { engagementId: active(ctx), activityId: 'PRA3', text: `Invite ${unique()}` },
    }),
  },
  updateChecklistItem: {
    prepare: async (ctx) => {
      const item = await newChecklistItem(ctx)
      return { input: { id: gid('ChecklistItem', item.id), version: item.version, done: true } }
    },
  },
  removeChecklistItem: inInput({
    prepare: async (ctx) => {
      const item = await newChecklistItem(ctx)
      return { id: gid('ChecklistItem', item.id), version: item.version }
    },
  }),
  reorderChecklistItems: inInput({
    prepare: async (ctx) => {
      const items = await ctx.suite.db.prisma.checklistItem.findMany({
        where: { engagementId: ctx.suite.demo.activeEngagementId },
        orderBy: [{ ordinal: 'desc' }, { id: 'desc' }],
      })
      return {
        engagementId: active(ctx),
        itemIds: items.map((item) => gid('ChecklistItem', item.id)),
      }
    },
  }),
  addScopeEntry: {
    prepare: async (ctx) => ({
      input: { engagementId: active(ctx), kind: 'PERSON', pseudonym: `P-${unique()}` },
    }),
  },
  updateScopeEntry: {
    prepare: async (ctx) => ({
      input: { id: gid('ScopeEntry', (await newScopeEntry(ctx)).id), unit: 'Plant D' },
    }),
  },
  markScopeEntryInterviewed: inInput({
    prepare: async (ctx) => ({
      id: gid('ScopeEntry', (await newScopeEntry(ctx)).id),
      interviewed: true,
    }),
  }),
  removeScopeEntry: inInput({
    prepare: async (ctx) => ({ id: gid('ScopeEntry', (await newScopeEntry(ctx)).id) }),
  }),
  rerunScoring: {
    prepare: async (ctx) => {
      // The policy walk: the active demo engagement has no stale result, so writers get a typed
      // ValidationError (authorized) and others are refused. The audit run needs success: a scored
      // engagement whose D8 answer changed after A4 stored the result.
      if (ctx.purpose !== 'audit') return { input: { engagementId: active(ctx) } }
      const engagementId = await engagementReadyToCommunicate(ctx)
      const rowId = Buffer.from(engagementId, 'base64').toString().split(':')[1] ?? ''
      await ctx.suite.db.prisma.driverEvaluation.updateMany({
        where: { engagementId: rowId, driverId: 'D8' },
        data: { answer: 'no' },
      })
      return { input: { engagementId } }
    },
  },
  overridePlanItem: {
    prepare: async (ctx) => ({
      input: {
        engagementId: active(ctx),
        itemId: gid('ScopeEntry', (await newScopeEntry(ctx)).id),
        action: 'REPLACE',
        replacement: 'Head of IT operations',
        reason: 'The planned interviewee left.',
      },
    }),
  },
  createInterviewSession: {
    prepare: async (ctx) => ({
      input: { engagementId: active(ctx), title: `Interview ${unique()}`, notesTlp: 'RED' },
    }),
  },
  updateInterviewSession: {
    prepare: async (ctx) => {
      const session = await newSession(ctx)
      return {
        input: { id: gid('Interview', session.id), version: session.version, title: 'Renamed' },
      }
    },
  },
  removeInterviewSession: {
    prepare: async (ctx) => {
      const session = await newSession(ctx)
      return { input: { id: gid('Interview', session.id), version: session.version } }
    },
  },
  addInterviewParticipants: inInput({
    prepare: async (ctx) => ({
      sessionId: gid('Interview', (await newSession(ctx)).id),
      scopeEntryIds: [gid('ScopeEntry', (await newScopeEntry(ctx)).id)],
    }),
  }),
  removeInterviewParticipant: inInput({
    prepare: async (ctx) => {
      const session = await newSession(ctx)
      const entry = await newScopeEntry(ctx)
      await ctx.suite.db.prisma.interviewParticipant.create({
        data: { sessionId: session.id, scopeEntryId: entry.id },
      })
      return { sessionId: gid('Interview', session.id), scopeEntryId: gid('ScopeEntry', entry.id) }
    },
  }),
  recordInterviewRatings: {
    prepare: async (ctx) => {
      const session = await newSession(ctx)
      const entry = await newScopeEntry(ctx)
      await ctx.suite.db.prisma.interviewParticipant.create({
        data: { sessionId: session.id, scopeEntryId: entry.id },
      })
      return {
        input: {
          sessionId: gid('Interview', session.id),
          scopeEntryId: gid('ScopeEntry', entry.id),
          ratings: [{ driverId: 'D1', answer: 'YES' }],
        },
      }
    },
  },
  addDocument: {
    prepare: async (ctx) => ({ input: { engagementId: active(ctx), title: `Policy ${unique()}` } }),
  },
  updateDocument: {
    prepare: async (ctx) => {
      const document = await newDocument(ctx)
      return {
        input: { id: gid('Document', document.id), version: document.version, owner: 'SOC' },
      }
    },
  },
  markDocumentRequested: inInput({
    prepare: async (ctx) => {
      const document = await newDocument(ctx)
      return { id: gid('Document', document.id), version: document.version }
    },
  }),
  markDocumentReceived: inInput({
    prepare: async (ctx) => {
      const document = await newDocument(ctx)
      return { id: gid('Document', document.id), version: document.version }
    },
  }),
  markDocumentReviewed: inInput({
    prepare: async (ctx) => {
      const document = await newDocument(ctx, { received: true })
      return { id: gid('Document', document.id), version: document.version }
    },
  }),
  removeDocument: inInput({
    prepare: async (ctx) => {
      const document = await newDocument(ctx)
      return { id: gid('Document', document.id), version: document.version }
    },
  }),
  addDataItem: {
    prepare: async (ctx) => ({
      input: {
        engagementId: active(ctx),
        text: `Seen ${unique()}`,
        effect: 'SUCCESS',
        driverIds: ['D2'],
        interviewSessionId: gid('Interview', (await newSession(ctx)).id),
      },
    }),
  },
  updateDataItem: {
    prepare: async (ctx) => {
      const item = await newDataItem(ctx)
      return { input: { id: gid('DataItem', item.id), version: item.version, text: 'Reworded' } }
    },
  },
  linkDataItemDrivers: inInput({
    prepare: async (ctx) => ({
      id: gid('DataItem', (await newDataItem(ctx)).id),
      driverIds: ['D4'],
    }),
  }),
  unlinkDataItemDrivers: inInput({
    prepare: async (ctx) => {
      const item = await newDataItem(ctx)
      await ctx.suite.db.prisma.dataItemDriver.create({
        data: { dataItemId: item.id, driverId: 'D5' },
      })
      return { id: gid('DataItem', item.id), driverIds: ['D5'] }
    },
  }),
  removeDataItem: inInput({
    prepare: async (ctx) => {
      const item = await newDataItem(ctx)
      return { id: gid('DataItem', item.id), version: item.version }
    },
  }),
  evaluateDriver: {
    prepare: async (ctx) => {
      const evaluation = await ctx.suite.db.prisma.driverEvaluation.findFirstOrThrow({
        where: { engagementId: ctx.suite.demo.activeEngagementId, driverId: 'D9' },
      })
      return {
        input: {
          engagementId: active(ctx),
          driverId: 'D9',
          answer: 'LIKELY_NO',
          rationale: 'Sample',
          version: evaluation.version,
        },
      }
    },
  },
  excludeDriver: {
    prepare: async (ctx) => {
      const { id, rowId } = await engagementFor(ctx)
      await ctx.suite.db.prisma.driverExclusion.deleteMany({
        where: { engagementId: rowId, driverId: 'D10' },
      })
      return {
        input: {
          engagementId: id,
          driverId: 'D10',
          reason: 'The IMC has no external communication function (agreed with the sponsor).',
          lateChangeRationale: 'Sponsor agreed after the first interviews.',
        },
      }
    },
  },
  includeDriver: {
    prepare: async (ctx) => {
      const { id, rowId } = await engagementFor(ctx)
      await ctx.suite.db.prisma.driverExclusion.upsert({
        where: { engagementId_driverId: { engagementId: rowId, driverId: 'D10' } },
        create: { engagementId: rowId, driverId: 'D10', reason: 'Sample exclusion' },
        update: {},
      })
      return {
        input: { engagementId: id, driverId: 'D10', lateChangeRationale: 'Sponsor changed mind.' },
      }
    },
  },
  reopenResults: {
    prepare: async (ctx) => {
      const engagementId = ctx.suite.demo.finishedEngagementId
      // An earlier run may have re-opened it: communicated again, directly.
      await ctx.suite.db.prisma.activityRecord.updateMany({
        where: { engagementId, activityId: 'PAA1' },
        data: { status: 'completed', completedAt: new Date() },
      })
      return { input: { engagementId: gid('Engagement', engagementId), reason: 'D4 corrected' } }
    },
  },
  addImprovement: {
    prepare: async (ctx) => ({
      input: {
        engagementId: active(ctx),
        driverId: 'D8',
        proposal: `Train ${unique()}`,
        priority: 'LOW',
      },
    }),
  },
  updateImprovement: {
    prepare: async (ctx) => {
      const improvement = await newImprovement(ctx)
      return {
        input: {
          id: gid('Improvement', improvement.id),
          version: improvement.version,
          priority: 'MEDIUM',
        },
      }
    },
  },
  removeImprovement: inInput({
    prepare: async (ctx) => {
      const improvement = await newImprovement(ctx)
      return { id: gid('Improvement', improvement.id), version: improvement.version }
    },
  }),
  addLessonLearned: {
    prepare: async (ctx) => ({ input: { engagementId: active(ctx), text: `Learned ${unique()}` } }),
  },
  updateLessonLearned: {
    prepare: async (ctx) => {
      const lesson = await newLesson(ctx)
      return {
        input: { id: gid('Lesson', lesson.id), version: lesson.version, category: 'logistics' },
      }
    },
  },
  removeLessonLearned: inInput({
    prepare: async (ctx) => {
      const lesson = await newLesson(ctx)
      return { id: gid('Lesson', lesson.id), version: lesson.version }
    },
  }),
  issueRespondentLink: {
    prepare: async (ctx) => ({
      input: { scopeEntryId: gid('ScopeEntry', (await newScopeEntry(ctx)).id), expiresInDays: 7 },
    }),
  },
  revokeRespondentLink: inInput({
    prepare: async (ctx) => ({ id: gid('RespondentLink', (await newRespondentLink(ctx)).id) }),
  }),
  deleteEvidenceFile: {
    prepare: async (ctx) => ({
      input: { id: gid('EvidenceFile', (await newEvidenceFile(ctx)).id), reason: 'Uploaded twice' },
    }),
  },
}

/** A link for a fresh scope entry of the active engagement (its token is never needed here). */
async function newRespondentLink(ctx: SampleContext) {
  const entry = await newScopeEntry(ctx)
  return ctx.suite.db.prisma.respondentLink.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      scopeEntryId: entry.id,
      tokenHash: `sample-${randomUUID()}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })
}

/** A stored text file on a fresh document of the active engagement. */
async function newEvidenceFile(ctx: SampleContext) {
  const document = await newDocument(ctx)
  const content = new TextEncoder().encode(`Evidence ${unique()}`)
  return ctx.suite.db.prisma.evidenceFile.create({
    data: {
      engagementId: ctx.suite.demo.activeEngagementId,
      documentId: document.id,
      version: 1,
      fileName: 'evidence.txt',
      mediaType: 'text/plain',
      sizeBytes: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      tlp: 'green',
      content,
    },
  })
}

/** A new viewer-role member of the demo organization (and their membership). */
async function newMember(ctx: SampleContext) {
  const user = await ctx.suite.db.prisma.user.create({
    data: { email: `member-${unique()}@example.org`, name: 'Member' },
  })
  return ctx.suite.db.prisma.membership.create({
    data: { organizationId: ctx.suite.demo.organizationId, userId: user.id, role: 'viewer' },
  })
}

/** `mutation ($a: T!, …) { field(a: $a, …) { __typename … } }` for the given variables. */
export function buildOperation(
  schema: GraphQLSchema,
  root: 'Query' | 'Mutation' | 'Subscription',
  fieldName: string,
  variables: Record<string, unknown>,
  selection?: string,
): string {
  const type =
    root === 'Query'
      ? schema.getQueryType()
      : root === 'Mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType()
  const field = type?.getFields()[fieldName]
  if (!field) throw new Error(`${root}.${fieldName} does not exist`)
  const args = field.args.filter((arg) => arg.name in variables)
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
  const named = getNamedType(field.type)
  const body =
    selection ??
    (isUnionType(named)
      ? '{ __typename ... on Error { message } }'
      : isObjectType(named)
        ? '{ __typename }'
        : '')
  const keyword = root === 'Query' ? 'query' : root === 'Mutation' ? 'mutation' : 'subscription'
  return `${keyword}${declarations ? ` (${declarations})` : ''} { ${fieldName}${
    passed ? `(${passed})` : ''
  } ${body} }`
}

/** Creates the context samples run in. */
export function createSampleContext(suite: SecuritySuite, purpose: SamplePurpose): SampleContext {
  return {
    suite,
    purpose,
    async lead(query, variables = {}) {
      const { body } = await request(suite.yoga, {
        query,
        variables,
        credential: { kind: 'token', token: suite.demo.leadToken },
      })
      const failed =
        body.errors?.length ||
        Object.values(body.data ?? {}).some(
          (value) =>
            typeof value === 'object' &&
            value !== null &&
            /Error$/.test(String((value as { __typename?: string }).__typename ?? '')),
        )
      if (failed || !body.data) {
        throw new Error(`sample step failed: ${query}\n${JSON.stringify(body, null, 2)}`)
      }
      return body.data as never
    },
  }
}
