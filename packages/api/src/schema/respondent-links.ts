/**
 * Respondent links (A1 without an account): `Engagement.respondentLinks`, `issueRespondentLink`
 * and `revokeRespondentLink` (lead assessors). The respondent's own surface is HTTP, not GraphQL:
 * `respondents/respondent-route.ts`.
 *
 * @packageDocumentation
 */
import { engagementChildScopes, engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import {
  ConflictError,
  GateNotSatisfiedError,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
} from '../errors.js'
import { refusePageSizeAbove } from '../pagination.js'
import {
  type IssuedRespondentLink,
  issueRespondentLink,
  RESPONDENT_LINK_DAYS,
  revokeRespondentLink,
} from '../respondents/respondent-links.js'
import { describedTotalCount } from './described-total-count.js'
import { InterviewRef } from './interviews.js'
import { ScopeEntryRef } from './scope.js'

const ERRORS = [
  ValidationError,
  NotFoundError,
  ConflictError,
  NotAuthorizedError,
  GateNotSatisfiedError,
]

export const RespondentLinkStatusEnum = builder.enumType('RespondentLinkStatus', {
  description:
    'Where a respondent link stands, derived from its timestamps when read. Precedence: SUBMITTED, then REVOKED, then EXPIRED, then SAVED, OPENED, ISSUED. Only ISSUED, OPENED and SAVED links still accept the respondent.',
  values: {
    ISSUED: { value: 'issued', description: 'Not opened yet.' },
    OPENED: { value: 'opened', description: 'Opened; nothing saved yet.' },
    SAVED: { value: 'saved', description: 'A draft is saved; not submitted.' },
    SUBMITTED: { value: 'submitted', description: 'Submitted: the answers are in the worksheet.' },
    REVOKED: {
      value: 'revoked',
      description:
        'Revoked by a lead assessor before submission: the link answers 410 and no longer accepts answers.',
    },
    EXPIRED: {
      value: 'expired',
      description:
        'Past `expiresAt` without a submission: the link answers 410; a saved draft is not taken into the worksheet.',
    },
  } as const,
})

type LinkRow = {
  revokedAt: Date | null
  submittedAt: Date | null
  expiresAt: Date
  savedAt: Date | null
  openedAt: Date | null
}

function statusOf(link: LinkRow) {
  if (link.submittedAt) return 'submitted' as const
  if (link.revokedAt) return 'revoked' as const
  if (link.expiresAt.getTime() <= Date.now()) return 'expired' as const
  if (link.savedAt) return 'saved' as const
  return link.openedAt ? ('opened' as const) : ('issued' as const)
}

export const RespondentLinkRef = builder.prismaNode('RespondentLink', {
  nullable: true,
  id: { field: 'id' },
  description:
    'A personal link through which one interviewee answers the IMMD Handout without an account. The token is shown once, when issued; only its hash is stored.',
  authScopes: (row, ctx) => engagementChildScopes(row, ctx),
  fields: (t) => ({
    scopeEntry: t.relation('scopeEntry', { description: 'The interviewee who answers.' }),
    interview: t.relation('session', {
      nullable: true,
      description: 'The session the answers land in (created on submission when none was named).',
    }),
    status: t.field({
      type: RespondentLinkStatusEnum,
      description:
        'Current state, computed from the timestamps at read time (so a link turns EXPIRED without any write).',
      resolve: statusOf,
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: `When the link stops accepting the respondent: issue time plus \`expiresInDays\` (1 to ${RESPONDENT_LINK_DAYS.max} days). Answers submitted before stay.`,
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When a lead assessor issued the link.',
    }),
    openedAt: t.expose('openedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the respondent last opened the Handout through the link (updated on every open, audited as `respondent.link.open`); null if never opened.',
    }),
    savedAt: t.expose('savedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the respondent last saved a draft; null if no draft was ever saved.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the respondent submitted (the answers are then in the worksheet and the link accepts no more writes); null until then.',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When a lead assessor revoked the link (`revokeRespondentLink`); null unless revoked.',
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description:
        "The respondent's general comment, once submitted. TLP:AMBER: null unless you are on the engagement's team.",
      authScopes: (link) => ({ engagementTeam: link.engagementId }),
      unauthorizedResolver: () => null,
    }),
  }),
})

builder.prismaObjectFields('Engagement', (t) => ({
  respondentLinks: t.relatedConnection(
    'respondentLinks',
    {
      cursor: 'id',
      totalCount: true,
      defaultSize: 100,
      maxSize: refusePageSizeAbove(500),
      description:
        'Respondent links issued for this engagement, oldest first. Page-size limit: 500.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
    describedTotalCount(
      'Number of respondent links ever issued for this engagement, in every status (revoked and expired included), regardless of the page.',
    ),
  ),
}))

const IssueRespondentLinkInput = builder.inputType('IssueRespondentLinkInput', {
  description:
    'Which interviewee the link is for, where the answers land and how long it lives. One open link per person and session: a second is refused (ConflictError) until the first is revoked, submitted or expired.',
  fields: (t) => ({
    scopeEntryId: t.globalID({
      required: true,
      for: ScopeEntryRef,
      description: 'The interviewee (scope entry) the link is for.',
    }),
    interviewId: t.globalID({
      for: InterviewRef,
      description:
        'The interview session the answers land in; omitted: a session is created on submission.',
    }),
    expiresInDays: t.int({
      description: `Days until the link expires: 1 to ${RESPONDENT_LINK_DAYS.max}, default ${RESPONDENT_LINK_DAYS.default}.`,
    }),
  }),
})

const IssueRespondentLinkPayload = builder
  .objectRef<IssuedRespondentLink>('IssueRespondentLinkPayload')
  .implement({
    description:
      'The issued link with its secret: `token` and `path` are returned this once and can never be read again; hand them to the respondent only.',
    fields: (t) => ({
      link: t.prismaField({
        type: 'RespondentLink',
        description: 'The issued link as stored (status ISSUED); it never carries the token.',
        resolve: (query, issued, _args, ctx) =>
          ctx.db.prisma.respondentLink.findUniqueOrThrow({
            ...query,
            where: { id: issued.linkId },
          }),
      }),
      token: t.exposeString('token', {
        description:
          'The secret token: shown this once, never stored. Hand it to the respondent only.',
      }),
      path: t.exposeString('path', {
        description:
          'The console path that opens the link (`/respond#<token>`): the token is in the fragment, which browsers never send to a server.',
      }),
    }),
  })

const RevokeRespondentLinkPayload = builder
  .objectRef<{ linkId: string }>('RevokeRespondentLinkPayload')
  .implement({
    description: 'The link after revocation.',
    fields: (t) => ({
      link: t.prismaField({
        type: 'RespondentLink',
        description:
          'The revoked link: `revokedAt` is set and `status` is REVOKED, unless it was submitted before (SUBMITTED wins; its answers stay).',
        resolve: (query, revoked, _args, ctx) =>
          ctx.db.prisma.respondentLink.findUniqueOrThrow({
            ...query,
            where: { id: revoked.linkId },
          }),
      }),
    }),
  })

/** Scopes of a mutation naming a scope entry or a link: writers of its engagement. */
async function writerOfRow(
  ctx: ApiContext,
  row: Promise<{ engagementId: string } | null>,
): Promise<Record<string, unknown>> {
  const found = await row
  return found ? engagementWriterScopes(found.engagementId, ctx) : { authenticated: true }
}

builder.mutationField('issueRespondentLink', (t) =>
  t.field({
    type: IssueRespondentLinkPayload,
    description:
      'A lead assessor issues a personal, expiring respondent link for one interviewee (audited). The token is returned once.',
    args: { input: t.arg({ type: IssueRespondentLinkInput, required: true }) },
    authScopes: (_root, { input }, ctx) =>
      writerOfRow(
        ctx,
        ctx.db.prisma.scopeEntry.findUnique({
          where: { id: input.scopeEntryId.id },
          select: { engagementId: true },
        }),
      ),
    errors: { types: ERRORS, directResult: true },
    resolve: (_root, { input }, ctx) =>
      issueRespondentLink(ctx, {
        scopeEntryId: input.scopeEntryId.id,
        interviewId: input.interviewId?.id ?? null,
        expiresInDays: input.expiresInDays ?? null,
      }),
  }),
)

const RevokeRespondentLinkInput = builder.inputType('RevokeRespondentLinkInput', {
  description: 'The respondent link to revoke.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: RespondentLinkRef }),
  }),
})

builder.mutationField('revokeRespondentLink', (t) =>
  t.field({
    type: RevokeRespondentLinkPayload,
    description:
      'A lead assessor revokes a respondent link (audited): it answers 410 from then on; answers already submitted stay.',
    args: { input: t.arg({ type: RevokeRespondentLinkInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) =>
      writerOfRow(
        ctx,
        ctx.db.prisma.respondentLink.findUnique({
          where: { id: args.id.id },
          select: { engagementId: true },
        }),
      ),
    errors: { types: ERRORS, directResult: true },
    resolve: (_root, { input: args }, ctx) => revokeRespondentLink(ctx, { linkId: args.id.id }),
  }),
)
