/**
 * The written access policy: for every root field (Query, Mutation, Subscription), which of eight
 * subjects may use it on the demo organization's data. `tests/policy.test.ts` introspects the
 * schema, fails on a root field without an entry here, and runs every field as every subject to
 * check allow or deny; docs/security.md reproduces {@link renderPolicyTable}'s output (a test keeps
 * them equal).
 *
 * "Allow" means the subject gets the target organization's data or changes it; "deny" means an
 * UNAUTHENTICATED/FORBIDDEN error (or its typed form, a NotAuthorizedError result), or for another
 * tenant exactly what a missing id gives (null, NotFoundError, an empty list).
 *
 * {@link FIELD_DISCLOSURE} adds the fields whose personal or restricted part only some of the
 * subjects that read them see (everyone else gets null or a redacted value, never an error);
 * `tests/disclosure-policy.test.ts` walks it the same way.
 *
 * @packageDocumentation
 */

/** Who asks: anonymous, a cookie session per organization role, another tenant, or API tokens. */
export const POLICY_SUBJECTS = [
  'anonymous',
  'viewer',
  'assessor',
  'lead-assessor',
  'admin',
  'other-tenant-admin',
  'read-token',
  'read-write-token',
] as const
export type PolicySubject = (typeof POLICY_SUBJECTS)[number]

/** A group of subjects, named for the rule that admits them. */
interface Rule {
  name: string
  allow: readonly PolicySubject[]
}

const rule = (name: string, allow: readonly PolicySubject[]): Rule => ({ name, allow })

/** Anyone, without credentials. */
const EVERYONE = rule('everyone', POLICY_SUBJECTS)
/** Any signed-in subject; the data is not tenant data (the built-in method). */
const SIGNED_IN = rule(
  'signed in',
  POLICY_SUBJECTS.filter((subject) => subject !== 'anonymous'),
)
/** Members of the organization, any role, any credential. */
const MEMBERS = rule('members', [
  'viewer',
  'assessor',
  'lead-assessor',
  'admin',
  'read-token',
  'read-write-token',
])
/** Members with a read-write credential (acting on their own account in the organization). */
const MEMBERS_READ_WRITE = rule('members, read-write', [
  'viewer',
  'assessor',
  'lead-assessor',
  'admin',
  'read-write-token',
])
/** Writers of an engagement: admins and lead assessors, assessors on its team; read-write only. */
const ENGAGEMENT_WRITERS = rule('engagement writers', [
  'assessor',
  'lead-assessor',
  'admin',
  'read-write-token',
])
/** Admins and lead assessors with a read-write credential: create, import, staff engagements. */
const ORGANIZATION_WRITERS = rule('lead assessors and admins, read-write', [
  'lead-assessor',
  'admin',
  'read-write-token',
])
/** Assessors on the engagement's team (any credential) and admins: whole-engagement exports. */
const ENGAGEMENT_ASSESSORS_OR_ADMINS = rule("engagement's assessors or admins", [
  'assessor',
  'lead-assessor',
  'admin',
  'read-token',
  'read-write-token',
])
/**
 * Leads of an engagement, read-write: tailoring decisions (exclusions) and re-opening communicated
 * results. The demo's lead assessor and admin hold the organization role; an assessor gets a typed
 * NotAuthorizedError (a team seat of lead assessor would also admit them).
 */
const ENGAGEMENT_LEADS = rule('engagement leads, read-write', [
  'lead-assessor',
  'admin',
  'read-write-token',
])
/** Admins of the organization. */
const ADMINS = rule('admins', ['admin'])
/** The token's owner (the lead assessor here, any credential) and the organization's admins. */
const TOKEN_OWNER_OR_ADMIN = rule('owner or admins', [
  'lead-assessor',
  'admin',
  'read-token',
  'read-write-token',
])
/** Revoking: the owner with a read-write credential, or an admin. */
const TOKEN_OWNER_OR_ADMIN_WRITE = rule('owner (read-write) or admins', [
  'lead-assessor',
  'admin',
  'read-write-token',
])
/** Cookie sessions (the console): password changes and the console language. */
const SESSIONS = rule('cookie sessions', ['viewer', 'assessor', 'lead-assessor', 'admin'])
/** Admins and lead assessors, any credential: they import inventories and plan from them. */
const ORGANIZATION_LEADS = rule('lead assessors and admins', [
  'lead-assessor',
  'admin',
  'read-token',
  'read-write-token',
])
/** Lead assessor or assessor seat on the engagement's team (the admin has no seat in the demo). */
const ENGAGEMENT_ASSESSORS = rule("engagement's assessors", [
  'assessor',
  'lead-assessor',
  'read-token',
  'read-write-token',
])
/** Any seat on the engagement's team. */
const ENGAGEMENT_TEAM = rule("engagement's team", [
  'assessor',
  'lead-assessor',
  'read-token',
  'read-write-token',
])

/** Root fields, by root type, and the rule deciding each. */
export const ACCESS_POLICY: Record<'Query' | 'Mutation' | 'Subscription', Record<string, Rule>> = {
  Query: {
    viewer: EVERYONE,
    method: SIGNED_IN,
    methods: SIGNED_IN,
    organizations: MEMBERS,
    teams: MEMBERS,
    engagements: MEMBERS,
    engagement: MEMBERS,
    engagementExport: ENGAGEMENT_ASSESSORS_OR_ADMINS,
    node: MEMBERS,
    nodes: MEMBERS,
    apiTokens: TOKEN_OWNER_OR_ADMIN,
    auditEvents: ADMINS,
    webhookEndpoints: ADMINS,
    portfolioStatistics: MEMBERS,
  },
  Mutation: {
    login: EVERYONE,
    logout: EVERYONE,
    changePassword: SESSIONS,
    setPreferredLocale: SESSIONS,
    createApiToken: MEMBERS_READ_WRITE,
    revokeApiToken: TOKEN_OWNER_OR_ADMIN_WRITE,
    inviteUser: ADMINS,
    acceptInvitation: SESSIONS,
    acceptInvitationWithPassword: EVERYONE,
    setMembershipRole: ADMINS,
    removeMembership: ADMINS,
    createWebhookEndpoint: ADMINS,
    setBenchmarkParticipation: ADMINS,
    updateWebhookEndpoint: ADMINS,
    deleteWebhookEndpoint: ADMINS,
    replayWebhookDelivery: ADMINS,
    createEngagement: ORGANIZATION_WRITERS,
    importEngagement: ORGANIZATION_WRITERS,
    importTeams: ORGANIZATION_WRITERS,
    setEngagementMember: ORGANIZATION_WRITERS,
    removeEngagementMember: ORGANIZATION_WRITERS,
    setSuccessThreshold: ENGAGEMENT_WRITERS,
    updateEngagement: ENGAGEMENT_WRITERS,
    tailorMethod: ENGAGEMENT_WRITERS,
    recordSponsorship: ENGAGEMENT_WRITERS,
    startActivity: ENGAGEMENT_WRITERS,
    completeActivity: ENGAGEMENT_WRITERS,
    rerunScoring: ENGAGEMENT_WRITERS,
    skipActivity: ENGAGEMENT_WRITERS,
    communicateResults: ENGAGEMENT_WRITERS,
    addChecklistItem: ENGAGEMENT_WRITERS,
    updateChecklistItem: ENGAGEMENT_WRITERS,
    removeChecklistItem: ENGAGEMENT_WRITERS,
    reorderChecklistItems: ENGAGEMENT_WRITERS,
    addScopeEntry: ENGAGEMENT_WRITERS,
    updateScopeEntry: ENGAGEMENT_WRITERS,
    markScopeEntryInterviewed: ENGAGEMENT_WRITERS,
    removeScopeEntry: ENGAGEMENT_WRITERS,
    overridePlanItem: ENGAGEMENT_WRITERS,
    createInterviewSession: ENGAGEMENT_WRITERS,
    updateInterviewSession: ENGAGEMENT_WRITERS,
    removeInterviewSession: ENGAGEMENT_WRITERS,
    addInterviewParticipants: ENGAGEMENT_WRITERS,
    removeInterviewParticipant: ENGAGEMENT_WRITERS,
    recordInterviewRatings: ENGAGEMENT_WRITERS,
    addDocument: ENGAGEMENT_WRITERS,
    updateDocument: ENGAGEMENT_WRITERS,
    markDocumentRequested: ENGAGEMENT_WRITERS,
    markDocumentReceived: ENGAGEMENT_WRITERS,
    markDocumentReviewed: ENGAGEMENT_WRITERS,
    removeDocument: ENGAGEMENT_WRITERS,
    addDataItem: ENGAGEMENT_WRITERS,
    updateDataItem: ENGAGEMENT_WRITERS,
    linkDataItemDrivers: ENGAGEMENT_WRITERS,
    unlinkDataItemDrivers: ENGAGEMENT_WRITERS,
    removeDataItem: ENGAGEMENT_WRITERS,
    evaluateDriver: ENGAGEMENT_WRITERS,
    excludeDriver: ENGAGEMENT_LEADS,
    includeDriver: ENGAGEMENT_LEADS,
    reopenResults: ENGAGEMENT_LEADS,
    addImprovement: ENGAGEMENT_WRITERS,
    updateImprovement: ENGAGEMENT_WRITERS,
    removeImprovement: ENGAGEMENT_WRITERS,
    addLessonLearned: ENGAGEMENT_WRITERS,
    updateLessonLearned: ENGAGEMENT_WRITERS,
    removeLessonLearned: ENGAGEMENT_WRITERS,
    issueRespondentLink: ENGAGEMENT_LEADS,
    revokeRespondentLink: ENGAGEMENT_LEADS,
    deleteEvidenceFile: ENGAGEMENT_LEADS,
  },
  Subscription: {
    engagementChanged: MEMBERS,
  },
}

/**
 * Fields that answer every subject allowed to read their object, but disclose their personal or
 * restricted part only to the rule's subjects: everyone else gets null (or, for `Team.record`, the
 * record without its staff's names and contacts). Keyed by `Type.field`; the demo's active
 * engagement is the one checked (the assessor and the lead sit on its team, the admin does not).
 */
export const FIELD_DISCLOSURE: Record<string, Rule> = {
  'Engagement.teamSnapshot': ENGAGEMENT_ASSESSORS,
  'ScopeEntry.name': ENGAGEMENT_ASSESSORS,
  'ScopeEntry.contact': ENGAGEMENT_ASSESSORS,
  'InterviewSession.notes': ENGAGEMENT_TEAM,
  'Team.record': ORGANIZATION_LEADS,
}

/** Whether the policy lets `subject` use `field` of `root`; undefined when the field has no entry. */
export function isAllowed(
  root: keyof typeof ACCESS_POLICY,
  field: string,
  subject: PolicySubject,
): boolean | undefined {
  const entry = ACCESS_POLICY[root][field]
  return entry ? entry.allow.includes(subject) : undefined
}

/** The policy as the Markdown table of docs/security.md (rows sorted by root type and field). */
export function renderPolicyTable(): string {
  const header = `| root field | rule | ${POLICY_SUBJECTS.join(' | ')} |`
  const divider = `| --- | --- | ${POLICY_SUBJECTS.map(() => ':-:').join(' | ')} |`
  const rows = (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) =>
    Object.entries(ACCESS_POLICY[root])
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([field, entry]) =>
          `| \`${root}.${field}\` | ${entry.name} | ${POLICY_SUBJECTS.map((subject) =>
            entry.allow.includes(subject) ? 'allow' : '—',
          ).join(' | ')} |`,
      ),
  )
  return [header, divider, ...rows].join('\n')
}

/** {@link FIELD_DISCLOSURE} as the second Markdown table of docs/security.md (sorted by field). */
export function renderDisclosureTable(): string {
  const header = `| field (personal or restricted part) | rule | ${POLICY_SUBJECTS.join(' | ')} |`
  const divider = `| --- | --- | ${POLICY_SUBJECTS.map(() => ':-:').join(' | ')} |`
  const rows = Object.entries(FIELD_DISCLOSURE)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([field, entry]) =>
        `| \`${field}\` | ${entry.name} | ${POLICY_SUBJECTS.map((subject) =>
          entry.allow.includes(subject) ? 'full' : '—',
        ).join(' | ')} |`,
    )
  return [header, divider, ...rows].join('\n')
}
