/**
 * What a respondent does with a link: open it (read the handout and their own draft) and save the
 * draft; submitting is `respondent-submit.ts`. Each step checks the link (unknown, revoked,
 * expired, already submitted) inside its transaction and is audited with the link as actor.
 *
 * @packageDocumentation
 */
import type { MethodDefinition } from '@immd/core/method-types'
import { writeAudited } from '../audit.js'
import type { ApiContext } from '../context.js'
import type { ApiDatabase, ApiTransaction } from '../database.js'
import { DomainError } from '../errors.js'
import { loadMethodsByVersion } from '../methods.js'
import {
  buildRespondentHandout,
  EMPTY_ANSWERS,
  parseRespondentAnswers,
  type RespondentAnswers,
  type RespondentHandout,
} from './respondent-answers.js'

/** Why a link cannot be used; the route maps each to an HTTP status. */
export type LinkRefusal = 'invalid' | 'revoked' | 'expired' | 'submitted'

/** A link that cannot be used (or no longer written through). */
export class RespondentLinkError extends DomainError {
  override name = 'RespondentLinkError'

  constructor(readonly refusal: LinkRefusal) {
    super(LINK_MESSAGES[refusal], `RESPONDENT_LINK_${refusal.toUpperCase()}`)
  }
}

const LINK_MESSAGES: Record<LinkRefusal, string> = {
  invalid: 'This respondent link is not valid. Ask the assessment team for a new one.',
  revoked: 'This respondent link was revoked by the assessment team.',
  expired: 'This respondent link has expired. Ask the assessment team for a new one.',
  submitted: 'Your answers are submitted; they can no longer be changed through this link.',
}

/** The stored link, as a respondent request needs it. */
export interface ResolvedLink {
  id: string
  engagementId: string
  organizationId: string
  methodVersion: string
  sessionId: string | null
  scopeEntryId: string
  pseudonym: string
  expiresAt: Date
  revokedAt: Date | null
  submittedAt: Date | null
  draft: unknown
}

/** Finds the link of a token hash (any tenant: the hash is the credential). */
export async function findLinkByHash(
  db: ApiDatabase,
  tokenHash: string,
): Promise<ResolvedLink | null> {
  const row = await db.prisma.respondentLink.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      engagementId: true,
      sessionId: true,
      scopeEntryId: true,
      expiresAt: true,
      revokedAt: true,
      submittedAt: true,
      draft: true,
      scopeEntry: { select: { pseudonym: true } },
      engagement: { select: { organizationId: true, methodVersion: true } },
    },
  })
  if (!row) return null
  return {
    id: row.id,
    engagementId: row.engagementId,
    organizationId: row.engagement.organizationId,
    methodVersion: row.engagement.methodVersion,
    sessionId: row.sessionId,
    scopeEntryId: row.scopeEntryId,
    pseudonym: row.scopeEntry.pseudonym,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    submittedAt: row.submittedAt,
    draft: row.draft,
  }
}

/** Throws unless the link may be read (revoked and expired links may not; submitted ones may). */
export function assertReadable(link: ResolvedLink, now = new Date()): void {
  if (link.revokedAt) throw new RespondentLinkError('revoked')
  if (link.expiresAt.getTime() <= now.getTime()) throw new RespondentLinkError('expired')
}

/** The link's writable state, re-checked inside a transaction (a revoke may have just committed). */
export async function claimWritable(
  tx: ApiTransaction,
  linkId: string,
  data: Record<string, unknown>,
) {
  const now = new Date()
  const claimed = await tx.respondentLink.updateMany({
    where: { id: linkId, revokedAt: null, submittedAt: null, expiresAt: { gt: now } },
    data,
  })
  if (claimed.count === 1) return
  const row = await tx.respondentLink.findUnique({
    where: { id: linkId },
    select: { revokedAt: true, submittedAt: true },
  })
  if (!row) throw new RespondentLinkError('invalid')
  throw new RespondentLinkError(
    row.revokedAt ? 'revoked' : row.submittedAt ? 'submitted' : 'expired',
  )
}

/**
 * The engagement's tailored method as the respondent answers it: the method's drivers less those
 * excluded by tailoring, so the handout never asks them and a rating of one is refused.
 */
export async function methodOfLink(
  ctx: ApiContext,
  link: ResolvedLink,
): Promise<{ method: MethodDefinition; excludedDrivers: number }> {
  const [[method], exclusions] = await Promise.all([
    loadMethodsByVersion(ctx.db.prisma, [link.methodVersion]),
    ctx.db.prisma.driverExclusion.findMany({
      where: { engagementId: link.engagementId },
      select: { driverId: true },
    }),
  ])
  if (!method) throw new Error(`Method ${link.methodVersion} is neither built in nor stored.`)
  const excluded = new Set(exclusions.map((exclusion) => exclusion.driverId))
  const drivers = method.drivers.filter((driver) => !excluded.has(driver.id))
  return {
    method: { ...method, drivers },
    excludedDrivers: method.drivers.length - drivers.length,
  }
}

/** What the respondent page shows: the handout, their pseudonym, their own answers, the state. */
export interface RespondentView {
  pseudonym: string
  expiresAt: Date
  submittedAt: Date | null
  handout: RespondentHandout
  answers: RespondentAnswers
}

export function draftOf(link: ResolvedLink): RespondentAnswers {
  return (link.draft as RespondentAnswers | null) ?? EMPTY_ANSWERS
}

/** Opens the link: records (and audits) the visit, returns the view. */
export async function openRespondentLink(
  ctx: ApiContext,
  link: ResolvedLink,
): Promise<RespondentView> {
  assertReadable(link)
  const { method, excludedDrivers } = await methodOfLink(ctx, link)
  await writeAudited(ctx, async (tx) => {
    await tx.respondentLink.update({ where: { id: link.id }, data: { openedAt: new Date() } })
    return { result: null, audit: linkAudit(link, 'respondent.link.open') }
  })
  return {
    pseudonym: link.pseudonym,
    expiresAt: link.expiresAt,
    submittedAt: link.submittedAt,
    handout: buildRespondentHandout(method, ctx.locale, excludedDrivers),
    answers: draftOf(link),
  }
}

/** Saves the respondent's draft (checked against the method), replacing the previous one. */
export async function saveRespondentDraft(
  ctx: ApiContext,
  link: ResolvedLink,
  body: unknown,
): Promise<{ savedAt: Date; answers: RespondentAnswers }> {
  assertReadable(link)
  const answers = parseRespondentAnswers(body, (await methodOfLink(ctx, link)).method)
  const savedAt = new Date()
  await writeAudited(ctx, async (tx) => {
    await claimWritable(tx, link.id, { draft: answers, savedAt })
    return {
      result: null,
      audit: linkAudit(link, 'respondent.draft.save', { ratings: answers.ratings.length }),
    }
  })
  return { savedAt, answers }
}

/** The rows a submission wrote (database ids). */
/**
 * The audit row of a respondent step. Only a submission changes engagement data, so only it names
 * the engagement (whose subscribers are then told); opening and saving stay in the trail only.
 */
export function linkAudit(link: ResolvedLink, operation: string, after?: unknown) {
  return {
    operation,
    targetType: 'RespondentLink',
    targetId: link.id,
    organizationId: link.organizationId,
    engagementId: operation === 'respondent.submit' ? link.engagementId : null,
    after,
  }
}
