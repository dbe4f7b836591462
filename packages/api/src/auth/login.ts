/**
 * Password sign-in for the console: rate-limited per account and per client address, scrypt
 * verification (`@immd/db/password`), lock-out after repeated failures, a session row (hash only)
 * and two cookies: the httpOnly session secret and the readable CSRF token. Each outcome that
 * touches an account is audited in the same transaction as the change, once per organization of
 * the account (`account-audit.ts`), so that those organizations' admins see it.
 *
 * @packageDocumentation
 */
import { hashPassword, needsRehash, verifyPassword } from '@immd/db/password'
import type { ApiContext } from '../context.js'
import { AuthenticationError, ValidationError } from '../errors.js'
import { consumeRateLimit } from '../security/rate-limit.js'
import { recordAccountEvent } from './account-audit.js'
import {
  csrfCookieName,
  deriveCsrfToken,
  generateSessionSecret,
  hashToken,
  readCookie,
  serializeCookie,
} from './credentials.js'
import { startSession } from './session-start.js'

/** The same words for every failure, so answers do not tell which accounts exist or are locked. */
const FAILED =
  'Sign-in failed: wrong e-mail or password, or the account is locked for a while after repeated failures.'

/** Compared against when the account does not exist, so both cases take as long. */
let dummyHash: Promise<string> | null = null
const timingDummy = () => {
  dummyHash ??= hashPassword('immd-timing-equaliser')
  return dummyHash
}

/** Shortest password accepted by `changePassword` and one-time passwords' replacements. */
export const MIN_PASSWORD_LENGTH = 12

/** What a successful sign-in returns (the secret only travels in the cookie). */
export interface LoginResult {
  csrfToken: string
  expiresAt: Date
  mustChangePassword: boolean
  name: string
  email: string
}

/** Signs in: see the module comment. Throws {@link AuthenticationError} on any failure. */
export async function login(
  ctx: ApiContext,
  input: { email: string; password: string },
): Promise<LoginResult> {
  const { auth } = ctx
  if (!auth.options.sso.localPasswords) {
    throw new AuthenticationError(
      "Password sign-in is turned off on this server (IMMD_LOCAL_PASSWORDS=false): sign in with your organization's identity provider.",
    )
  }
  const prisma = ctx.db.prisma
  const email = input.email.trim().toLowerCase()
  const now = new Date()
  const window = auth.options.rateLimit.loginWindowMs
  const { maxFailedLogins, lockoutMs } = auth.options.session
  // Counted per account AND client address: anonymous tries from one place slow down and then
  // lock out that place, never the owner signing in from elsewhere (issue #23, item 10). The
  // source key is given back on success, so it counts consecutive failures.
  const pair = `${email}|${auth.clientAddress}`
  for (const [key, limit, windowMs] of [
    [`login:account:${pair}`, auth.options.rateLimit.loginPerAccount, window],
    [`login:address:${auth.clientAddress}`, auth.options.rateLimit.loginPerAddress, window],
    [`login:source:${pair}`, maxFailedLogins, lockoutMs],
  ] as const) {
    const decision = await consumeRateLimit(auth.rateLimits, key, limit, windowMs)
    if (!decision.allowed) {
      throw new AuthenticationError(
        `Too many sign-in attempts: try again in ${decision.retryAfterSeconds} s.`,
        decision.retryAfterSeconds,
      )
    }
  }
  const user = await prisma.user.findUnique({ where: { email } })
  if (!user?.passwordHash || user.disabledAt) {
    await verifyPassword(input.password, await timingDummy())
    throw new AuthenticationError(FAILED)
  }
  const locked = user.lockedUntil !== null && user.lockedUntil > now
  const valid = await verifyPassword(input.password, user.passwordHash)
  if (locked || !valid) {
    const ceiling = auth.options.session.accountLockAfterFailures
    if (!locked) await recordFailure(ctx, user.id, user.failedLoginCount + 1, now, ceiling)
    throw new AuthenticationError(FAILED)
  }
  // A hash from before the current scrypt cost is replaced now that the password is known.
  const rehashed = needsRehash(user.passwordHash) ? await hashPassword(input.password) : null
  const { secret, idHash } = generateSessionSecret()
  const expiresAt = new Date(now.getTime() + auth.options.session.ttlMs)
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: 0,
        lockedUntil: null,
        ...(rehashed ? { passwordHash: rehashed } : {}),
      },
    })
    await startSession(tx, {
      userId: user.id,
      idHash,
      expiresAt,
      now,
      address: auth.clientAddress,
    })
  })
  await auth.rateLimits.reset(`login:account:${pair}`)
  await auth.rateLimits.reset(`login:source:${pair}`)
  const csrfToken = deriveCsrfToken(secret)
  setSessionCookies(ctx, secret, csrfToken, auth.options.session.ttlMs / 1000)
  return {
    csrfToken,
    expiresAt,
    mustChangePassword: user.mustChangePassword,
    name: user.name,
    email: user.email,
  }
}

/**
 * Counts a wrong password; reaching `lockAfter` (default: `maxFailedLogins`, as `changePassword`
 * uses) locks the account for a while.
 */
async function recordFailure(
  ctx: ApiContext,
  userId: string,
  failures: number,
  now: Date,
  lockAfter = ctx.auth.options.session.maxFailedLogins,
) {
  const { lockoutMs } = ctx.auth.options.session
  const lock = failures >= lockAfter
  const lockedUntil = lock ? new Date(now.getTime() + lockoutMs) : null
  await ctx.db.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: lock ? { failedLoginCount: 0, lockedUntil } : { failedLoginCount: failures },
    })
    await recordAccountEvent(tx, {
      userId,
      actor: { kind: 'system', id: null },
      operation: lock ? 'auth.lockout' : 'auth.login-failed',
      targetType: 'User',
      targetId: userId,
      after: {
        failedLoginCount: failures,
        lockedUntil: lockedUntil?.toISOString() ?? null,
        address: ctx.auth.clientAddress,
      },
    })
  })
}

/** Sets (or, with `maxAgeSeconds` 0, clears) the session and CSRF cookies. */
function setSessionCookies(ctx: ApiContext, secret: string, csrf: string, maxAgeSeconds: number) {
  const { cookieName, secureCookies } = ctx.auth.options.session
  ctx.auth.setCookies.push(
    serializeCookie(cookieName, secret, {
      httpOnly: true,
      secure: secureCookies,
      maxAge: maxAgeSeconds,
    }),
    serializeCookie(csrfCookieName(cookieName), csrf, {
      httpOnly: false,
      secure: secureCookies,
      maxAge: maxAgeSeconds,
    }),
  )
}

/** Ends the request's session (if any) and clears the cookies; true when a session ended. */
export async function logout(ctx: ApiContext): Promise<boolean> {
  const { cookieName } = ctx.auth.options.session
  const secret = readCookie(ctx.auth.request.headers.get('cookie'), cookieName)
  setSessionCookies(ctx, '', '', 0)
  const { viewer } = ctx
  if (!secret || viewer.kind !== 'user' || !viewer.sessionId) return false
  const sessionId = viewer.sessionId
  const ended = await ctx.db.prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({
      where: { id: sessionId, idHash: hashToken(secret) },
    })
    if (count === 0) return false
    await recordAccountEvent(tx, {
      userId: viewer.userId,
      actor: { kind: 'user', id: viewer.userId },
      operation: 'auth.logout',
      targetType: 'Session',
      targetId: sessionId,
    })
    return true
  })
  // Subscriptions opened with this session close (see `schema/subscription.ts`).
  if (ended)
    ctx.pubsub.publish('accessChanged', viewer.userId, {
      userId: viewer.userId,
      reason: 'auth.logout',
    })
  return true
}

/** Checks a new password against the policy (length only, as NIST SP 800-63B advises). */
export function passwordIssues(password: string, path: string) {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ path, message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` }]
  }
  if (password.length > 256) return [{ path, message: 'Use at most 256 characters.' }]
  return []
}

/**
 * Replaces the viewer's password after checking the current one; ends the user's other sessions
 * and clears the one-time-password flag.
 */
export async function changePassword(
  ctx: ApiContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { viewer } = ctx
  if (viewer.kind !== 'user') throw new AuthenticationError(FAILED)
  const issues = passwordIssues(input.newPassword, 'newPassword')
  if (input.newPassword === input.currentPassword) {
    issues.push({
      path: 'newPassword',
      message: 'Choose a password different from the current one.',
    })
  }
  if (issues.length > 0) throw new ValidationError(issues)
  const user = await ctx.db.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } })
  // A wrong current password counts toward the lock-out exactly as at sign-in, so a stolen session
  // cannot be used to guess the password without limit; a locked account checks nothing.
  const now = new Date()
  const locked = user.lockedUntil !== null && user.lockedUntil > now
  const valid =
    !locked &&
    user.passwordHash !== null &&
    (await verifyPassword(input.currentPassword, user.passwordHash))
  if (!valid) {
    if (!locked) await recordFailure(ctx, user.id, user.failedLoginCount + 1, now)
    throw new ValidationError([
      {
        path: 'currentPassword',
        code: locked ? 'ACCOUNT_LOCKED' : 'PASSWORD_WRONG',
        message: locked
          ? 'Too many wrong passwords: the account is locked for a while; try again later.'
          : 'The current password is wrong.',
      },
    ])
  }
  const passwordHash = await hashPassword(input.newPassword)
  await ctx.db.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null },
    })
    await tx.session.deleteMany({
      where: { userId: user.id, ...(viewer.sessionId ? { id: { not: viewer.sessionId } } : {}) },
    })
    // A stolen token must not outlive the password change that was meant to lock the thief out.
    await tx.apiToken.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    })
    await recordAccountEvent(tx, {
      userId: user.id,
      actor: { kind: viewer.via === 'token' ? 'token' : 'user', id: user.id },
      operation: 'user.password-change',
      targetType: 'User',
      targetId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    })
  })
  ctx.pubsub.publish('accessChanged', user.id, { userId: user.id, reason: 'user.password-change' })
}
