/**
 * Accepting an invitation (`auth/invitations.ts`): `acceptInvitation` signed in as the invited
 * address (a cookie session), `acceptInvitationWithPassword` through the link without an account.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import {
  type AcceptedInvitation,
  acceptInvitationSignedIn,
  acceptInvitationWithPassword,
} from '../auth/invitations.js'
import { builder } from '../builder.js'
import { AuthenticationError, ValidationError } from '../errors.js'

const AcceptInvitationPayload = builder
  .objectRef<AcceptedInvitation>('AcceptInvitationPayload')
  .implement({
    description: 'The membership the invitation granted.',
    authScopes: { public: true },
    fields: (t) => ({
      email: t.exposeString('email', { description: 'The account that joined.' }),
      role: t.exposeString('role', {
        description: 'admin | lead-assessor | assessor | viewer',
      }),
      organizationName: t.exposeString('organizationName', {
        description:
          'Display name of the organization the account just joined, as the organization has it now.',
      }),
    }),
  })

const tokenArgument = z.string().trim().min(1).max(200)

const AcceptInvitationInput = builder.inputType('AcceptInvitationInput', {
  description: 'An invitation to accept while signed in.',
  fields: (t) => ({
    token: t.string({ required: true, validate: tokenArgument }),
  }),
})

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: AcceptInvitationPayload,
    description:
      'Joins the organization of an invitation, as the signed-in account it was sent to (the ' +
      "person's consent: nobody becomes a member of an organization without it). The token is " +
      'single-use; used, replaced and expired tokens are refused alike.',
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    // The console, signed in as the invited address.
    authScopes: { session: true },
    errors: { types: [ValidationError, AuthenticationError], directResult: true },
    resolve: (_root, { input: args }, ctx) => acceptInvitationSignedIn(ctx, args.token),
  }),
)

const AcceptInvitationWithPasswordInput = builder.inputType('AcceptInvitationWithPasswordInput', {
  description: "An invitation to accept by creating the account's password.",
  fields: (t) => ({
    token: t.string({ required: true, validate: tokenArgument }),
    password: t.string({ required: true, validate: z.string().max(1024) }),
  }),
})

builder.mutationField('acceptInvitationWithPassword', (t) =>
  t.field({
    type: AcceptInvitationPayload,
    description:
      'Accepts an invitation by choosing a password (at least 12 characters), for an address ' +
      'without an account or whose account belongs to no organization: any password set before ' +
      'is discarded with its sessions and tokens. An account that belongs to an organization is ' +
      'refused: sign in with it and use `acceptInvitation`. Sign in afterwards with `login`.',
    args: { input: t.arg({ type: AcceptInvitationWithPasswordInput, required: true }) },
    authScopes: { public: true },
    errors: { types: [ValidationError, AuthenticationError], directResult: true },
    resolve: (_root, { input: args }, ctx) => acceptInvitationWithPassword(ctx, args),
  }),
)
