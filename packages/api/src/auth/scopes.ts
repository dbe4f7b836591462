/**
 * The scope map of scope-auth, computed once per request from the viewer. Types and fields declare
 * the scope they need (`authScopes: { member: organizationId }`); resolvers never check by hand.
 * docs/security.md explains the roles; `policy.ts` holds the table the policy test walks.
 *
 * @packageDocumentation
 */
import type { Loaders } from '../loaders.js'
import {
  canWriteOrganization,
  LEAD_ROLES,
  readableOrganizationIds,
  roleIn,
  type Viewer,
} from './viewer.js'

/** The scopes and the parameter each takes (`true` for plain flags). */
export interface AuthScopes {
  /** Everyone, anonymous requests included: declares that a type or root field is public. */
  public: boolean
  /** A signed-in viewer whose password is not a one-time password any more. */
  authenticated: boolean
  /** Any signed-in viewer, one-time password included (for `changePassword`, `logout`). */
  signedIn: boolean
  /** Signed in with a cookie session (the console), one-time password included. */
  session: boolean
  /** A read-write credential (session or read-write token). */
  readWrite: boolean
  /** Member (any role) of the organization with this id. */
  member: string
  /** Admin or lead assessor of the organization, read-write: creates and imports there. */
  writer: string
  /** Admin or lead assessor of the organization, any credential: sees team staff's names. */
  organizationLead: string
  /** Admin of at least one organization. */
  anyAdmin: boolean
  /** Admin of the organization (reads its audit trail, tokens, members). */
  admin: string
  /** Admin of the organization with a read-write credential (manages members and tokens). */
  adminWriter: string
  /** May change the engagement with this id (see {@link canWriteEngagement}). */
  engagementWriter: string
  /** Lead assessor or assessor on the engagement's team: sees interviewees' real names. */
  engagementAssessor: string
  /** On the engagement's team in any role: sees TLP:AMBER and TLP:RED notes. */
  engagementTeam: string
}

/** Engagement roles that may write (an observer may not). */
const WRITING_TEAM_ROLES = new Set(['lead-assessor', 'assessor', 'note-taker'])
/** Engagement roles that see real names. */
const ASSESSOR_TEAM_ROLES = new Set(['lead-assessor', 'assessor'])

/**
 * The viewer's seat on an engagement's team as far as disclosure goes: a seat counts only for
 * members whose organization role is assessor or above. The viewer role reads without personal
 * data or restricted notes whatever seat it was given (a lead assessor may seat anyone), so an
 * organization viewer in a lead seat sees what any viewer sees (issue #23, item 10).
 */
export async function effectiveSeat(
  viewer: Viewer,
  loaders: Loaders,
  engagementId: string,
): Promise<string | null> {
  if (viewer.kind !== 'user' || viewer.mustChangePassword) return null
  const organizationId = await loaders.engagementOrganization.load(engagementId)
  const role = organizationId ? roleIn(viewer, organizationId) : null
  if (!role || role === 'viewer') return null
  return (await loaders.engagementTeamRole.load(engagementId)) ?? null
}

/**
 * Whether the viewer may change an engagement: a read-write credential and either an organization
 * role of admin or lead assessor, or the assessor role plus a writing seat on the engagement's team.
 */
export async function canWriteEngagement(
  viewer: Viewer,
  loaders: Loaders,
  engagementId: string,
): Promise<boolean> {
  if (viewer.kind !== 'user' || viewer.scope !== 'read-write') return false
  const organizationId = await loaders.engagementOrganization.load(engagementId)
  if (!organizationId) return false
  const role = roleIn(viewer, organizationId)
  if (role === 'admin' || role === 'lead-assessor') return true
  if (role !== 'assessor') return false
  return WRITING_TEAM_ROLES.has((await loaders.engagementTeamRole.load(engagementId)) ?? '')
}

/** Builds the scope initializer's result for one request. */
export function createAuthScopes(viewer: Viewer, loaders: Loaders) {
  const readable = new Set(readableOrganizationIds(viewer))
  const signedIn = viewer.kind === 'user'
  const authenticated = signedIn && !viewer.mustChangePassword
  const readWrite = authenticated && viewer.scope === 'read-write'
  const teamRole = (engagementId: string) => effectiveSeat(viewer, loaders, engagementId)
  return {
    public: true,
    authenticated,
    signedIn,
    session: signedIn && viewer.via === 'session',
    readWrite,
    anyAdmin: [...readable].some((organizationId) => roleIn(viewer, organizationId) === 'admin'),
    member: (organizationId: string) => readable.has(organizationId),
    writer: (organizationId: string) => canWriteOrganization(viewer, organizationId),
    organizationLead: (organizationId: string) =>
      LEAD_ROLES.has(roleIn(viewer, organizationId) ?? ''),
    admin: (organizationId: string) => roleIn(viewer, organizationId) === 'admin',
    adminWriter: (organizationId: string) =>
      readWrite && roleIn(viewer, organizationId) === 'admin',
    engagementWriter: (engagementId: string) => canWriteEngagement(viewer, loaders, engagementId),
    engagementAssessor: async (engagementId: string) =>
      ASSESSOR_TEAM_ROLES.has((await teamRole(engagementId)) ?? ''),
    engagementTeam: async (engagementId: string) => (await teamRole(engagementId)) !== null,
  }
}
