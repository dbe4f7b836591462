/**
 * Organization membership administration (admins of the organization): `inviteUser` (a new user
 * gets a one-time password, shown once, to replace at first sign-in; the answer never tells
 * whether the address has an account in another tenant), `setMembershipRole`,
 * `removeMembership`, and `Organization.memberships`. The last admin cannot be demoted or removed.
 *
 * @packageDocumentation
 */
import { hashPassword } from '@immd/db/password'
import { z } from 'zod'
import { writeAudited } from '../audit.js'
import { generateOneTimePassword } from '../auth/credentials.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import { DEFAULT_MAX_PAGE_SIZE, refusePageSizeAbove } from '../pagination.js'
import { nameSchema } from '../security/free-text.js'
import { OrganizationRef } from './organization.js'
import { OrganizationRoleEnum } from './record-enums.js'
import { MembershipRef } from './viewer.js'

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
  .objectRef<{ membershipId: string; temporaryPassword: string }>('InviteUserPayload')
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
      temporaryPassword: t.exposeString('temporaryPassword', {
        nullable: true,
        description:
          'A one-time password, shown once, for the first sign-in; it has to be replaced then. ' +
          'Always set, so the answer does not tell whether the e-mail address has an account on ' +
          'this platform already: someone who has one keeps signing in with their own password ' +
          '(this one then does not work for them).',
      }),
    }),
  })

builder.mutationField('inviteUser', (t) =>
  t.field({
    type: InviteUserPayload,
    description:
      'Adds a user (new or existing, by e-mail) to an organization with a role. The answer is ' +
      'the same whether or not the address has an account elsewhere; only an existing membership ' +
      'of this organization is reported (ConflictError).',
    args: { input: t.arg({ type: InviteUserInput, required: true }) },
    authScopes: (_root, { input }) => ({ adminWriter: input.organizationId.id }),
    errors: { types: [ValidationError, ConflictError], directResult: true },
    resolve: async (_root, { input }, ctx) => {
      const organizationId = input.organizationId.id
      const email = input.email.trim().toLowerCase()
      const name = input.name.trim()
      // Every invitation gets a one-time password, hashed whether or not it is used: neither the
      // answer nor its timing may tell another tenant's account from a new address. An existing
      // account keeps its own password (an admin must never gain a credential for it).
      const temporaryPassword = generateOneTimePassword()
      // scrypt is slow on purpose: hash before the transaction starts.
      const passwordHash = await hashPassword(temporaryPassword)
      return writeAudited(ctx, async (tx) => {
        const existing = await tx.user.findUnique({ where: { email } })
        const user =
          existing ??
          (await tx.user.create({
            data: { email, name, passwordHash, mustChangePassword: true },
          }))
        const member = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId, userId: user.id } },
        })
        // Membership of this organization is the admin's own business: they see their members.
        if (member)
          throw new ConflictError(`${email} is a member already.`, { currentValue: member.role })
        const membership = await tx.membership.create({
          data: { organizationId, userId: user.id, role: input.role },
        })
        return {
          result: { membershipId: membership.id, temporaryPassword },
          audit: [
            // The organization's trail gets the same rows either way; the account's creation is
            // a platform event that belongs to no tenant.
            ...(existing
              ? []
              : [
                  {
                    operation: 'user.create',
                    targetType: 'User',
                    targetId: user.id,
                    organizationId: null,
                    after: { email, name: user.name, mustChangePassword: true },
                  },
                ]),
            {
              operation: 'membership.create',
              targetType: 'Membership',
              targetId: membership.id,
              organizationId,
              // `invitedName`: what the admin typed (an existing account keeps its own name).
              after: { userId: user.id, email, invitedName: name, role: membership.role },
            },
          ],
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

builder.mutationField('setMembershipRole', (t) =>
  t.field({
    type: MembershipPayload,
    args: {
      id: t.arg.globalID({ required: true, for: MembershipRef }),
      role: t.arg({ type: OrganizationRoleEnum, required: true }),
    },
    authScopes: (_root, args, ctx) => membershipAdminScopes(args.id.id, ctx),
    errors: { types: [NotFoundError, ConflictError], directResult: true },
    resolve: (_root, args, ctx) =>
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

builder.mutationField('removeMembership', (t) =>
  t.field({
    type: RemoveMembershipPayload,
    description:
      "Removes a user from an organization: revokes their tokens there and their seats on the organization's engagement teams.",
    args: { id: t.arg.globalID({ required: true, for: MembershipRef }) },
    authScopes: (_root, args, ctx) => membershipAdminScopes(args.id.id, ctx),
    errors: { types: [NotFoundError, ConflictError], directResult: true },
    resolve: (_root, args, ctx) =>
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
