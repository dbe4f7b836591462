/**
 * Who is asking: resolved once per request, in one SQL statement, from
 * - `Authorization: Bearer <token>`: an API token (tools, automation), or
 * - the session cookie set by `login` (the console), with the `x-csrf-token` header on POST, or
 * - in development only, the user named by `IMMD_DEV_VIEWER`;
 * otherwise the viewer is anonymous and every protected field answers UNAUTHENTICATED.
 *
 * Resolvers only read {@link Viewer}; scopes (`scopes.ts`) decide what it may do.
 *
 * @packageDocumentation
 */
import {
  type CredentialRecord,
  findCredentialByHash,
  touchCredential,
} from '@immd/db/credential-repository'
import type { ApiPrismaClient } from '../database.js'
import { hashToken, isValidCsrfToken, readCookie } from './credentials.js'

export { hashToken } from './credentials.js'

/** A viewer's role in one organization (Membership.role). */
export interface ViewerMembership {
  organizationId: string
  role: string
}

/** An authenticated viewer. */
export interface UserViewer {
  kind: 'user'
  userId: string
  email: string
  name: string
  /** How the request was authenticated. */
  via: 'token' | 'session' | 'dev'
  tokenId: string | null
  sessionId: string | null
  /** `read` tokens cannot write; sessions and read-write tokens can (as far as roles allow). */
  scope: 'read' | 'read-write'
  /** Organizations and roles (a token is bound to one organization). */
  memberships: ViewerMembership[]
  /** A one-time password is still in use: only `changePassword` and `logout` work. */
  mustChangePassword: boolean
  /** The console language the user chose (`User.preferredLocale`), or null. */
  preferredLocale: string | null
}

/** The request carried no usable credentials. */
export interface AnonymousViewer {
  kind: 'anonymous'
  /** Why authentication failed, when a credential was given but rejected. */
  reason: string | null
}

export type Viewer = UserViewer | AnonymousViewer

/** Header carrying a session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token'

/** Options of {@link resolveViewer}. */
export interface ResolveViewerOptions {
  prisma: ApiPrismaClient
  request: Request
  /** Name of the session cookie. */
  sessionCookie: string
  /** Sessions unused this long are expired. */
  sessionIdleMs: number
  /** E-mail of the user every unauthenticated request acts as (development only). */
  devViewerEmail?: string | null
  now?: Date
}

const ANONYMOUS: AnonymousViewer = { kind: 'anonymous', reason: null }
const anonymous = (reason: string): AnonymousViewer => ({ kind: 'anonymous', reason })

/** Resolves the viewer of a request with at most one query (plus a `lastUsedAt` write per minute). */
export async function resolveViewer(options: ResolveViewerOptions): Promise<Viewer> {
  const { prisma, request } = options
  const now = options.now ?? new Date()
  const header = request.headers.get('authorization')
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
    if (!match?.[1]) return anonymous('Malformed Authorization header: send `Bearer <token>`.')
    const token = await findCredentialByHash(prisma, 'token', hashToken(match[1]))
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
      return anonymous('The token is unknown, revoked or expired.')
    }
    return toUserViewer(prisma, token, now)
  }
  const secret = readCookie(request.headers.get('cookie'), options.sessionCookie)
  if (secret) {
    // Cross-site pages can make a browser send the cookie, never this header.
    if (request.method !== 'GET' && !isValidCsrfToken(secret, request.headers.get(CSRF_HEADER))) {
      return anonymous(`Missing or wrong ${CSRF_HEADER} header for the session cookie.`)
    }
    const session = await findCredentialByHash(prisma, 'session', hashToken(secret))
    const idleSince = session?.lastUsedAt ?? session?.createdAt
    if (
      !session ||
      (session.expiresAt && session.expiresAt <= now) ||
      (idleSince && now.getTime() - idleSince.getTime() > options.sessionIdleMs)
    ) {
      return anonymous('The session has expired: sign in again.')
    }
    return toUserViewer(prisma, session, now)
  }
  if (!options.devViewerEmail) return ANONYMOUS
  const user = await prisma.user.findUnique({
    where: { email: options.devViewerEmail.toLowerCase() },
    include: { memberships: true },
  })
  if (!user || user.disabledAt) return ANONYMOUS
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    via: 'dev',
    tokenId: null,
    sessionId: null,
    scope: 'read-write',
    memberships: user.memberships.map(({ organizationId, role }) => ({ organizationId, role })),
    mustChangePassword: false,
    preferredLocale: user.preferredLocale ?? null,
  }
}

function toUserViewer(prisma: ApiPrismaClient, credential: CredentialRecord, now: Date): Viewer {
  if (credential.user.disabledAt) return anonymous('The user is disabled.')
  // Not awaited: at most one UPDATE per credential and minute, off the request's critical path.
  touchCredential(prisma, credential, now).catch(() => {})
  return {
    kind: 'user',
    userId: credential.user.id,
    email: credential.user.email,
    name: credential.user.name,
    via: credential.kind,
    tokenId: credential.kind === 'token' ? credential.id : null,
    sessionId: credential.kind === 'session' ? credential.id : null,
    scope: credential.scope,
    memberships: credential.memberships,
    mustChangePassword: credential.user.mustChangePassword,
    preferredLocale: credential.user.preferredLocale,
  }
}

/** Ids of the organizations the viewer may read (none for anonymous viewers and one-time passwords). */
export function readableOrganizationIds(viewer: Viewer): string[] {
  if (viewer.kind !== 'user' || viewer.mustChangePassword) return []
  return viewer.memberships.map((m) => m.organizationId)
}

/** The viewer's role in an organization, or null. */
export function roleIn(viewer: Viewer, organizationId: string): string | null {
  if (viewer.kind !== 'user' || viewer.mustChangePassword) return null
  return viewer.memberships.find((m) => m.organizationId === organizationId)?.role ?? null
}

/** Roles that may create and import in an organization and write all its engagements. */
export const LEAD_ROLES: ReadonlySet<string> = new Set(['admin', 'lead-assessor'])

/** Whether the viewer may create engagements and import in an organization. */
export function canWriteOrganization(viewer: Viewer, organizationId: string): boolean {
  if (viewer.kind !== 'user' || viewer.scope !== 'read-write') return false
  return LEAD_ROLES.has(roleIn(viewer, organizationId) ?? '')
}
