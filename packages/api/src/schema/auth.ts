/**
 * Console sign-in: `login` (sets the httpOnly session cookie and returns the CSRF token to send as
 * `x-csrf-token`), `logout`, `changePassword` (one-time passwords must be replaced first).
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { changePassword, type LoginResult, login, logout } from '../auth/login.js'
import { builder } from '../builder.js'
import { AuthenticationError, ValidationError } from '../errors.js'

const LoginPayload = builder.objectRef<LoginResult>('LoginPayload').implement({
  description: 'A session started; its secret is in the httpOnly cookie, never in the body.',
  authScopes: { public: true },
  fields: (t) => ({
    csrfToken: t.exposeString('csrfToken', {
      description: 'Send it as the `x-csrf-token` header with every POST of this session.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: 'A one-time password was used: `changePassword` before anything else.',
    }),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
  }),
})

const LogoutPayload = builder.objectRef<{ ended: boolean }>('LogoutPayload').implement({
  authScopes: { public: true },
  fields: (t) => ({
    ended: t.exposeBoolean('ended', { description: 'Whether a session was ended.' }),
  }),
})

const ChangePasswordPayload = builder
  .objectRef<{ changed: true }>('ChangePasswordPayload')
  .implement({
    authScopes: { session: true },
    fields: (t) => ({ changed: t.exposeBoolean('changed') }),
  })

const LoginInput = builder.inputType('LoginInput', {
  description: 'Local sign-in credentials.',
  fields: (t) => ({
    email: t.string({ required: true, validate: z.string().trim().min(3).max(320) }),
    password: t.string({ required: true, validate: z.string().min(1).max(1024) }),
  }),
})

builder.mutationField('login', (t) =>
  t.field({
    type: LoginPayload,
    description:
      'Signs in with e-mail and password (console). Locks the account for a while after repeated ' +
      'failures; attempts are rate-limited per account and per client address.',
    args: { input: t.arg({ type: LoginInput, required: true }) },
    authScopes: { public: true },
    errors: { types: [AuthenticationError, ValidationError], directResult: true },
    resolve: (_root, { input: args }, ctx) => login(ctx, args),
  }),
)

builder.mutationField('logout', (t) =>
  t.field({
    type: LogoutPayload,
    description: 'Ends the session of the cookie and clears the cookies.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => ({ ended: await logout(ctx) }),
  }),
)

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  description: 'The current and the new password.',
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
})

builder.mutationField('changePassword', (t) =>
  t.field({
    type: ChangePasswordPayload,
    description: `Replaces your password (at least 12 characters); ends your other sessions.`,
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    // Password changes belong to the console: a cookie session, one-time password included.
    authScopes: { session: true },
    errors: { types: [ValidationError, AuthenticationError], directResult: true },
    resolve: async (_root, { input: args }, ctx) => {
      await changePassword(ctx, args)
      return { changed: true as const }
    },
  }),
)
