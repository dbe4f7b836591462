/**
 * Single sign-on routes (authorization code flow with PKCE, through `openid-client`):
 * - `GET /auth/providers`: what the sign-in page offers (`{ localPasswords, providers: [{ id, name,
 *   startUrl }] }`), public;
 * - `GET /auth/oidc/<id>/start?returnTo=/path`: new `state`, `nonce` and PKCE verifier in the signed
 *   flow cookie (`oidc-flow-cookie.ts`), then a redirect to the provider;
 * - `GET /auth/oidc/<id>/callback`: checks the cookie, exchanges the code (state, nonce, PKCE and the
 *   ID token verified by `openid-client`), reads UserInfo, signs the person in
 *   (`oidc-account.ts`) with the same session and CSRF cookies as the password login, and redirects
 *   to `/sign-in?sso=done&redirect=<returnTo>`; a refusal redirects to `/sign-in?ssoError=<why>`.
 *
 * @packageDocumentation
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Plugin } from 'graphql-yoga'
import * as oidc from 'openid-client'
import type { ApiDatabase } from '../../database.js'
import { type ErrorLogger, reportUnexpectedError } from '../../security/error-reporting.js'
import type { SecurityOptions } from '../../security/options.js'
import { consumeRateLimit, type RateLimitStore } from '../../security/rate-limit.js'
import { csrfCookieName, readCookie, serializeCookie } from '../credentials.js'
import { OidcSignInRefused, signInWithOidc } from './oidc-account.js'
import {
  FLOW_TTL_SECONDS,
  flowCookieName,
  openFlow,
  safeReturnPath,
  sealFlow,
  serializeFlowCookie,
} from './oidc-flow-cookie.js'
import type { OidcProviderSettings } from './oidc-settings.js'

/** The path the console reads its sign-in choices from. */
export const AUTH_PROVIDERS_PATH = '/auth/providers'
/** Prefix of the per-provider routes. */
export const OIDC_PATH_PREFIX = '/auth/oidc/'

/** What the routes need from `createApi`. */
export interface OidcRoutesOptions {
  db: ApiDatabase
  security: SecurityOptions
  rateLimits: RateLimitStore
  logError: ErrorLogger
  clientAddressOf(request: Request, serverContext: never, security: SecurityOptions): string
}

const noStore = { 'cache-control': 'no-store' }

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, ...noStore })
  for (const cookie of cookies) headers.append('set-cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** The console's sign-in page with a message for the person. */
function refusal(message: string, cookies: string[] = []): Response {
  return redirect(`/sign-in?${new URLSearchParams({ ssoError: message })}`, cookies)
}

/**
 * What went wrong in the code exchange, in words: openid-client's message and the causes it wraps
 * (`unexpected "state" response parameter value`, the JWT claim that did not match, …).
 */
function describeFailure(error: unknown): string {
  const words: string[] = []
  for (let cause = error; cause instanceof Error && words.length < 4; cause = cause.cause) {
    if (!words.includes(cause.message)) words.push(cause.message)
    const claim = (cause as { claim?: unknown }).claim
    if (typeof claim === 'string') words.push(`the "${claim}" claim does not match this sign-in`)
  }
  return words.join(': ') || String(error)
}

/** The Yoga plugin answering the routes above; every other request passes through. */
export function useOidcRoutes(options: OidcRoutesOptions): Plugin {
  const { sso, session } = options.security
  const providers = new Map(sso.providers.map((provider) => [provider.id, provider]))
  // Discovery documents, fetched once per API instance (a failed one is retried next time).
  const configurations = new Map<string, Promise<oidc.Configuration>>()
  // Public clients without IMMD_OIDC_STATE_SECRET: a key of this process (one instance only).
  const processKey = randomBytes(32).toString('base64url')
  const flowKey = (provider: OidcProviderSettings) =>
    sso.stateSecret ??
    (provider.clientSecret
      ? createHash('sha256').update(`immd-oidc-flow:${provider.clientSecret}`).digest('base64url')
      : processKey)

  const configurationOf = (provider: OidcProviderSettings) => {
    let configuration = configurations.get(provider.id)
    if (!configuration) {
      configuration = oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        undefined,
        provider.clientSecret ? oidc.ClientSecretPost(provider.clientSecret) : oidc.None(),
        provider.allowInsecureIssuer ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      configuration.catch(() => configurations.delete(provider.id))
      configurations.set(provider.id, configuration)
    }
    return configuration
  }

  const callbackUrl = (request: Request, provider: OidcProviderSettings) =>
    `${sso.publicUrl ?? new URL(request.url).origin}${OIDC_PATH_PREFIX}${provider.id}/callback`

  const start = async (request: Request, url: URL, provider: OidcProviderSettings) => {
    const configuration = await configurationOf(provider)
    const codeVerifier = oidc.randomPKCECodeVerifier()
    const flow = {
      provider: provider.id,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      returnTo: safeReturnPath(url.searchParams.get('returnTo')),
      expiresAt: Date.now() + FLOW_TTL_SECONDS * 1000,
    }
    const target = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: callbackUrl(request, provider),
      scope: provider.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    })
    const cookie = serializeFlowCookie(
      flowCookieName(provider.id, session.secureCookies),
      sealFlow(flow, flowKey(provider)),
      {
        path: `${OIDC_PATH_PREFIX}${provider.id}/`,
        secure: session.secureCookies,
        maxAge: FLOW_TTL_SECONDS,
      },
    )
    return redirect(target.href, [cookie])
  }

  const callback = async (
    request: Request,
    url: URL,
    provider: OidcProviderSettings,
    clientAddress: string,
  ) => {
    const cookieName = flowCookieName(provider.id, session.secureCookies)
    // Whatever happens, the attempt is spent.
    const clear = serializeFlowCookie(cookieName, '', {
      path: `${OIDC_PATH_PREFIX}${provider.id}/`,
      secure: session.secureCookies,
      maxAge: 0,
    })
    const flow = openFlow(
      readCookie(request.headers.get('cookie'), cookieName),
      flowKey(provider),
      provider.id,
    )
    if ('refused' in flow)
      return refusal(`Sign-in with ${provider.name} failed: ${flow.refused}.`, [clear])
    const providerError = url.searchParams.get('error')
    if (providerError) {
      const description = url.searchParams.get('error_description') ?? providerError
      return refusal(`${provider.name} refused the sign-in: ${description}`, [clear])
    }
    const configuration = await configurationOf(provider)
    // openid-client compares the redirect URI it is given with the one the code was issued for.
    const current = new URL(callbackUrl(request, provider))
    current.search = url.search
    let claims: Record<string, unknown> & { sub: string }
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
      const idClaims = tokens.claims()
      if (!idClaims) return refusal(`${provider.name} sent no ID token.`, [clear])
      // Providers put groups and e-mail in the ID token or only in UserInfo: read both.
      const userInfo = configuration.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
        : {}
      claims = { ...idClaims, ...userInfo, sub: idClaims.sub }
    } catch (error) {
      if (
        error instanceof oidc.ResponseBodyError ||
        error instanceof oidc.AuthorizationResponseError
      ) {
        return refusal(
          `${provider.name} refused the sign-in: ${error.error_description ?? error.error}`,
          [clear],
        )
      }
      return refusal(`Sign-in with ${provider.name} failed: ${describeFailure(error)}`, [clear])
    }
    try {
      const signedIn = await signInWithOidc({
        prisma: options.db.prisma,
        provider,
        claims,
        sessionTtlMs: session.ttlMs,
        clientAddress,
      })
      const maxAge = session.ttlMs / 1000
      return redirect(`/sign-in?${new URLSearchParams({ sso: 'done', redirect: flow.returnTo })}`, [
        clear,
        serializeCookie(session.cookieName, signedIn.secret, {
          httpOnly: true,
          secure: session.secureCookies,
          maxAge,
        }),
        serializeCookie(csrfCookieName(session.cookieName), signedIn.csrfToken, {
          httpOnly: false,
          secure: session.secureCookies,
          maxAge,
        }),
      ])
    } catch (error) {
      if (error instanceof OidcSignInRefused) return refusal(error.message, [clear])
      throw error
    }
  }

  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname === AUTH_PROVIDERS_PATH && request.method === 'GET') {
        const body = {
          localPasswords: sso.localPasswords,
          providers: sso.providers.map(({ id, name }) => ({
            id,
            name,
            startUrl: `${OIDC_PATH_PREFIX}${id}/start`,
          })),
        }
        endResponse(Response.json(body, { headers: noStore }))
        return
      }
      if (!url.pathname.startsWith(OIDC_PATH_PREFIX)) return
      const match = /^\/auth\/oidc\/([a-z0-9-]+)\/(start|callback)$/.exec(url.pathname)
      const provider = match?.[1] ? providers.get(match[1]) : undefined
      if (!match || !provider || request.method !== 'GET') {
        endResponse(
          Response.json({ code: 'NOT_FOUND', error: 'No such sign-in provider.' }, { status: 404 }),
        )
        return
      }
      const clientAddress = options.clientAddressOf(
        request,
        serverContext as never,
        options.security,
      )
      const { loginPerAddress, loginWindowMs } = options.security.rateLimit
      const decision = await consumeRateLimit(
        options.rateLimits,
        `login:address:${clientAddress}`,
        loginPerAddress,
        loginWindowMs,
      )
      if (!decision.allowed) {
        endResponse(
          refusal(`Too many sign-in attempts: try again in ${decision.retryAfterSeconds} s.`),
        )
        return
      }
      try {
        endResponse(
          match[2] === 'start'
            ? await start(request, url, provider)
            : await callback(request, url, provider, clientAddress),
        )
      } catch (error) {
        const correlationId = reportUnexpectedError(options.logError, 'oidc', error)
        endResponse(
          refusal(
            `Sign-in with ${provider.name} is not available right now (error ${correlationId}).`,
          ),
        )
      }
    },
  }
}
