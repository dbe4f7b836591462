/**
 * Who is asking: resolved once per request from `Authorization: Bearer <token>` (an ApiToken looked up
 * by the SHA-256 of the secret), or the development viewer named by `IMMD_DEV_VIEWER`, or nobody.
 *
 * The security work extends this (sessions, login); resolvers only read {@link Viewer}.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import type { ApiPrismaClient } from '../database.js'

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
  via: 'token' | 'dev'
  tokenId: string | null
  /** `read` tokens cannot write; the dev viewer and sessions have `read-write`. */
  scope: 'read' | 'read-write'
  /** Organizations the viewer may see (a token is bound to one organization). */
  memberships: ViewerMembership[]
}

/** The request carried no usable credentials. */
export interface AnonymousViewer {
  kind: 'anonymous'
  /** Why authentication failed, when a credential was given but rejected. */
  reason: string | null
}

export type Viewer = UserViewer | AnonymousViewer

/** SHA-256 (hex) of a token secret, as stored in `ApiToken.tokenHash`. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Options of {@link resolveViewer}. */
export interface ResolveViewerOptions {
  prisma: ApiPrismaClient
  request: Request
  /** E-mail of the user every unauthenticated request acts as (development only). */
  devViewerEmail?: string | null
  now?: Date
}

const ANONYMOUS: AnonymousViewer = { kind: 'anonymous', reason: null }

/** Resolves the viewer of a request with at most one query. */
export async function resolveViewer(options: ResolveViewerOptions): Promise<Viewer> {
  const { prisma, request } = options
  const now = options.now ?? new Date()
  const header = request.headers.get('authorization')
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
    if (!match?.[1]) return { kind: 'anonymous', reason: 'Malformed Authorization header.' }
    const token = await prisma.apiToken.findUnique({
      where: { tokenHash: hashToken(match[1]) },
      include: { user: { include: { memberships: true } } },
    })
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
      return { kind: 'anonymous', reason: 'The token is unknown, revoked or expired.' }
    }
    if (token.user.disabledAt) return { kind: 'anonymous', reason: 'The user is disabled.' }
    return {
      kind: 'user',
      userId: token.user.id,
      email: token.user.email,
      name: token.user.name,
      via: 'token',
      tokenId: token.id,
      scope: token.scope === 'read' ? 'read' : 'read-write',
      memberships: token.user.memberships
        .filter((membership) => membership.organizationId === token.organizationId)
        .map(({ organizationId, role }) => ({ organizationId, role })),
    }
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
    scope: 'read-write',
    memberships: user.memberships.map(({ organizationId, role }) => ({ organizationId, role })),
  }
}

/** Ids of the organizations the viewer may read (empty for anonymous viewers). */
export function readableOrganizationIds(viewer: Viewer): string[] {
  return viewer.kind === 'user' ? viewer.memberships.map((m) => m.organizationId) : []
}

/** Roles that may change assessments (Membership.role). */
const WRITER_ROLES = new Set(['admin', 'lead-assessor', 'assessor'])

/** Whether the viewer may write in an organization: a writing role and a read-write credential. */
export function canWriteOrganization(viewer: Viewer, organizationId: string): boolean {
  if (viewer.kind !== 'user' || viewer.scope !== 'read-write') return false
  return viewer.memberships.some(
    (m) => m.organizationId === organizationId && WRITER_ROLES.has(m.role),
  )
}
