/**
 * A lead assessor's respondent links: issue one per interviewee (optionally bound to an interview
 * session), revoke it. Both are audited engagement writes; the token is returned once and only its
 * hash is stored.
 *
 * @packageDocumentation
 */
import type { ApiContext } from '../context.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import { found } from '../mutations/guards.js'
import { writeEngagement } from '../services/engagement-write.js'
import { requireLead } from '../services/exclusions.js'
import { generateRespondentToken, respondentLinkPath } from './respondent-token.js'

/** Default and longest lifetime of a link, in days. */
export const RESPONDENT_LINK_DAYS = { default: 14, max: 90 } as const

const DAY_MS = 24 * 60 * 60 * 1000

/** Input of {@link issueRespondentLink} (database ids). */
export interface IssueRespondentLinkInput {
  scopeEntryId: string
  interviewId?: string | null
  expiresInDays?: number | null
}

/** What issuing returns: the stored link's id, the token (once) and the console path. */
export interface IssuedRespondentLink {
  engagementId: string
  linkId: string
  token: string
  path: string
}

/** Issues a link for one scope entry of an engagement; a lead assessor only. */
export function issueRespondentLink(
  ctx: ApiContext,
  input: IssueRespondentLinkInput,
): Promise<IssuedRespondentLink> {
  const days = input.expiresInDays ?? RESPONDENT_LINK_DAYS.default
  if (!Number.isInteger(days) || days < 1 || days > RESPONDENT_LINK_DAYS.max) {
    throw new ValidationError([
      {
        path: 'input.expiresInDays',
        code: 'LINK_LIFETIME_OUT_OF_RANGE',
        limit: RESPONDENT_LINK_DAYS.max,
        message: `A link lives 1 to ${RESPONDENT_LINK_DAYS.max} days, not ${days}.`,
      },
    ])
  }
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const entry = found(
      await tx.scopeEntry.findUnique({
        where: { id: input.scopeEntryId },
        select: { id: true, engagementId: true, pseudonym: true },
      }),
      'ScopeEntry',
      input.scopeEntryId,
    )
    const engagement = await open(entry.engagementId)
    const userId = await requireLead(ctx, tx, engagement, 'issue respondent links')
    if (input.interviewId) {
      const session = await tx.interviewSession.findUnique({
        where: { id: input.interviewId },
        select: { engagementId: true },
      })
      if (session?.engagementId !== engagement.id) {
        throw new NotFoundError('Interview', input.interviewId)
      }
    }
    const now = new Date()
    const active = await tx.respondentLink.findFirst({
      where: {
        scopeEntryId: entry.id,
        sessionId: input.interviewId ?? null,
        revokedAt: null,
        submittedAt: null,
        expiresAt: { gt: now },
      },
      select: { id: true },
    })
    if (active) {
      throw new ConflictError(
        `${entry.pseudonym} already has an open respondent link (${active.id}) for this session: revoke it before issuing another.`,
        { currentValue: active.id },
      )
    }
    const { token, tokenHash } = generateRespondentToken()
    const expiresAt = new Date(now.getTime() + days * DAY_MS)
    const link = await tx.respondentLink.create({
      data: {
        engagementId: engagement.id,
        scopeEntryId: entry.id,
        sessionId: input.interviewId ?? null,
        tokenHash,
        expiresAt,
        createdById: userId,
      },
      select: { id: true },
    })
    return {
      result: {
        engagementId: engagement.id,
        linkId: link.id,
        token,
        path: respondentLinkPath(token),
      },
      audit: {
        operation: 'respondent.link.issue',
        targetType: 'RespondentLink',
        targetId: link.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: { scopeEntryId: entry.id, sessionId: input.interviewId ?? null, expiresAt },
      },
    }
  })
}

/** Revokes a link (its answers so far stay where they are); a lead assessor only. */
export function revokeRespondentLink(
  ctx: ApiContext,
  input: { linkId: string },
): Promise<{ engagementId: string; linkId: string }> {
  return writeEngagement(ctx, 'open', async (tx, open) => {
    const link = found(
      await tx.respondentLink.findUnique({
        where: { id: input.linkId },
        select: { id: true, engagementId: true, revokedAt: true },
      }),
      'RespondentLink',
      input.linkId,
    )
    const engagement = await open(link.engagementId)
    const userId = await requireLead(ctx, tx, engagement, 'revoke respondent links')
    if (link.revokedAt) {
      throw new ConflictError(`Respondent link ${link.id} is already revoked.`)
    }
    const revokedAt = new Date()
    await tx.respondentLink.update({
      where: { id: link.id },
      data: { revokedAt, revokedById: userId },
    })
    return {
      result: { engagementId: engagement.id, linkId: link.id },
      audit: {
        operation: 'respondent.link.revoke',
        targetType: 'RespondentLink',
        targetId: link.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: { revokedAt },
      },
    }
  })
}
