/**
 * Organization membership administration (admins of the organization): `inviteUser` (a pending
 * invitation the invitee accepts, see `auth/invitations.ts`; the answer never tells whether the
 * address has an account in another tenant), `setMembershipRole`,
 * `removeMembership`, and `Organization.memberships`. The last admin cannot be demoted or removed.
 *
 * @packageDocumentation
 */

import { nameSchema } from '@immd/core/free-text'
import { z } from 'zod'
import { writeAudited } from '../audit.js'
import { generateInvitationToken, invitationLinkPath } from '../auth/invitations.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'
import { OrganizationRef } from './organization.js'
import { OrganizationRoleEnum } from './record-enums.js'
import { MembershipRef } from './viewer.js'

/** How long an invitation link stays valid. */
const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

type Role = typeof OrganizationRoleEnum.$inferType

builder.prismaObjectFields('Organization', (t) => ({
  memberships: t.relatedConnection('memberships', {
    maxSize: refusePageSizeAbove(DEFAULT_MAX_PAGE_SIZE),
    cursor: 'id',
    totalCount: true,
    description: 'Members and their roles, oldest first.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
}))

const InviteUserInput = builder.inputType('InviteUserInput', {
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: OrganizationRef }),
    email: t.string({ required: true, validate: z.string().trim().toLowerCase().pipe(z.email()) }),
    name: t.string({ required: true, validate: nameSchema(200) }),
    role: t.field({ type: OrganizationRoleEnum, required: true }),
  }),
})

const InviteUserPayload = builder
  .objectRef<{ invitationId: string; token: string; expiresAt: Date }>('InviteUserPayload')
  .implement({
    description:
      'A pending invitation: nothing is granted until the invitee accepts it through the link.',
    fields: (t) => ({
      invitationToken: t.exposeString('token', {
        description:
          'The invitation token, shown once: single-use, valid until `expiresAt`. Pass the ' +
          '`acceptPath` link on to the invitee; only its hash is stored.',
      }),
      acceptPath: t.string({
        description:
          'The console path that accepts the invitation (the token is in the fragment, so it never ' +
          'reaches a server log): the invitee signs in with the invited address and accepts, or, ' +
          'without an account of their own, chooses a password there.',
        resolve: (payload) => invitationLinkPath(payload.token),
      }),
      expiresAt: t.expose('expiresAt', {
        type: 'DateTime',
        description: `When the invitation token stops working: ${INVITATION_TTL_MS / 86_400_000} days after the invitation. Inviting the same address again replaces it with a new token and expiry.`,
      }),
      membership: t.prismaField({
        type: 'Membership',
        nullable: true,
        deprecationReason:
          'Always null: the membership exists only once the invitee accepts (issue #23).',
        resolve: () => null,
      }),
      temporaryPassword: t.string({
        nullable: true,
        description:
          'Deprecated, always null: invitations no longer set a password; the invitee chooses one (or signs in) on accepting through `acceptPath`.',
        deprecationReason:
          'Always null: invitations no longer carry a password; pass `acceptPath` on instead.',
        resolve: () => null,
      }),
    }),
  })

builder.mutationField('inviteUser', (t) =>
  t.field({
    type: InviteUserPayload,
    description:
      'Invites someone (by e-mail) to join an organization with a role. Grants nothing yet: the ' +
      'invitee accepts through the returned link, signed in as the invited address or, without ' +
      'an account, by choosing a password. The answer is the same whether or not the address has ' +
      'an account elsewhere; only an existing membership of this organization is reported ' +
      '(ConflictError). Inviting the same address again replaces the pending invitation.',
    args: { input: t.arg({ type: InviteUserInput, required: true }) },
    authScopes: (_root, { input }) => ({ adminWriter: input.organizationId.id }),
    errors: { types: [ValidationError, ConflictError], directResult: true },
    resolve: async (_root, { input }, ctx) => {
      const organizationId = input.organizationId.id
      const email = input.email.trim().toLowerCase()
      const name = input.name.trim()
      const { token, tokenHash } = generateInvitationToken()
      const now = new Date()
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS)
      return writeAudited(ctx, async (tx) => {
        // Membership of this organization is the admin's own business: they see their members.
        const member = await tx.membership.findFirst({
          where: { organizationId, user: { email } },
        })
        if (member)
          throw new ConflictError(`${email} is a member already.`, { currentValue: member.role })
        await tx.invitation.updateMany({
          where: { organizationId, email, acceptedAt: null, revokedAt: null },
          data: { revokedAt: now },
        })
        const invitation = await tx.invitation.create({
          data: {
            organizationId,
            email,
            name,
            role: input.role,
            tokenHash,
            expiresAt,
            invitedById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
          },
        })
        return {
          result: { invitationId: invitation.id, token, expiresAt },
          audit: {
            operation: 'invitation.create',
            targetType: 'Invitation',
            targetId: invitation.id,
            organizationId,
            // `invitedName`: what the admin typed (an existing account keeps its own name).
            after: {
              email,
              invitedName: name,
              role: input.role,
              expiresAt: expiresAt.toISOString(),
            },
          },
        }
      })
    },
  }),
)

/** Scopes of a mutation on a membership: admins of its organization (unknown: not found). */
async function membershipAdminScopes(id: string, ctx: ApiContext) {
  const row = await ctx.db.prisma.membership.findUnique({
    where: { id },
    select: { organizationId: true },
  })
  return row ? { adminWriter: row.organizationId } : { authenticated: true }
}

/** Refuses to leave an organization without an admin. */
async function assertAnotherAdmin(
  tx: ApiTransaction,
  organizationId: string,
  membershipId: string,
) {
  const admins = await tx.membership.count({
    where: { organizationId, role: 'admin', id: { not: membershipId } },
  })
  if (admins === 0) {
    throw new ConflictError('An organization keeps at least one admin.', { currentValue: 'admin' })
  }
}

const MembershipPayload = builder
  .objectRef<{ membershipId: string }>('SetMembershipRolePayload')
  .implement({
    fields: (t) => ({
      membership: t.prismaField({
        type: 'Membership',
        resolve: (query, payload, _args, ctx) =>
          ctx.db.prisma.membership.findUniqueOrThrow({
            ...query,
            where: { id: payload.membershipId },
          }),
      }),
    }),
  })

const SetMembershipRoleInput = builder.inputType('SetMembershipRoleInput', {
  description: "A membership's new role.",
  fields: (t) => ({
    id: t.globalID({ required: true, for: MembershipRef }),
    role: t.field({ type: OrganizationRoleEnum, required: true }),
  }),
})

builder.mutationField('setMembershipRole', (t) =>
  t.field({
    type: MembershipPayload,
    args: { input: t.arg({ type: SetMembershipRoleInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => membershipAdminScopes(args.id.id, ctx),
    errors: { types: [NotFoundError, ConflictError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      writeAudited(ctx, async (tx) => {
        const before = await tx.membership.findUnique({ where: { id: args.id.id } })
        if (!before) throw new NotFoundError('Membership', args.id.id)
        const role: Role = args.role
        if (before.role === 'admin' && role !== 'admin') {
          await assertAnotherAdmin(tx, before.organizationId, before.id)
        }
        const after = await tx.membership.update({ where: { id: before.id }, data: { role } })
        return {
          result: { membershipId: after.id },
          audit: {
            operation: 'membership.role',
            targetType: 'Membership',
            targetId: after.id,
            organizationId: after.organizationId,
            before: { role: before.role },
            after: { role: after.role },
            accessChangedFor: after.userId,
          },
        }
      }),
  }),
)

const RemoveMembershipPayload = builder
  .objectRef<{ membershipId: string; revokedTokens: number }>('RemoveMembershipPayload')
  .implement({
    fields: (t) => ({
      removedId: t.globalID({
        resolve: (payload) => ({ type: 'Membership', id: payload.membershipId }),
      }),
      revokedTokens: t.exposeInt('revokedTokens', {
        description: "The user's API tokens of the organization, revoked with the membership.",
      }),
    }),
  })

const RemoveMembershipInput = builder.inputType('RemoveMembershipInput', {
  description: 'The membership to remove.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: MembershipRef }),
  }),
})

builder.mutationField('removeMembership', (t) =>
  t.field({
    type: RemoveMembershipPayload,
    description:
      "Removes a user from an organization: revokes their tokens there and their seats on the organization's engagement teams.",
    args: { input: t.arg({ type: RemoveMembershipInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => membershipAdminScopes(args.id.id, ctx),
    errors: { types: [NotFoundError, ConflictError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      writeAudited(ctx, async (tx) => {
        const before = await tx.membership.findUnique({ where: { id: args.id.id } })
        if (!before) throw new NotFoundError('Membership', args.id.id)
        if (before.role === 'admin') await assertAnotherAdmin(tx, before.organizationId, before.id)
        const now = new Date()
        const { count } = await tx.apiToken.updateMany({
          where: { userId: before.userId, organizationId: before.organizationId, revokedAt: null },
          data: { revokedAt: now },
        })
        await tx.engagementMember.deleteMany({
          where: {
            userId: before.userId,
            engagement: { organizationId: before.organizationId },
          },
        })
        await tx.membership.delete({ where: { id: before.id } })
        return {
          result: { membershipId: before.id, revokedTokens: count },
          audit: {
            operation: 'membership.remove',
            targetType: 'Membership',
            targetId: before.id,
            organizationId: before.organizationId,
            before: { userId: before.userId, role: before.role },
            after: { revokedTokens: count },
            accessChangedFor: before.userId,
          },
        }
      }),
  }),
)
