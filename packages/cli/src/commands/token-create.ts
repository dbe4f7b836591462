/**
 * `immd token create`: asks the API (`createApiToken`) for a new API token of the calling user in
 * one organization. The SDK has no document for it, so the CLI sends its own typed document
 * (`src/operations/create-api-token.graphql`, generated against the committed schema.graphql).
 *
 * @packageDocumentation
 */
import type { ImmdClient } from '@immd/sdk/client'
import { expectPayload } from '@immd/sdk/results'
import { resolveOrganization } from '../connect.js'
import { CliError, EXIT } from '../exit-codes.js'
import { type ApiTokenScope, CreateApiTokenDocument } from '../generated/graphql.js'
import { message } from '../messages/translate.js'

/** The CLI's spelling of a scope. */
export type TokenScopeOption = 'read' | 'read-write'

const SCOPES: Record<TokenScopeOption, ApiTokenScope> = { read: 'READ', 'read-write': 'READ_WRITE' }

/** Options of {@link createToken}. */
export interface CreateTokenOptions {
  client: ImmdClient
  name: string
  scope: TokenScopeOption
  /** Days until it expires (`30`) or the date it expires (`2026-12-31`, ISO 8601); none = never. */
  expires?: string
  organization?: string | null
  /** For tests: what "now" is. */
  now?: Date
}

/** The new token; `secret` is shown once. */
export interface CreateTokenResult {
  secret: string
  id: string
  name: string
  prefix: string
  scope: TokenScopeOption
  expiresAt: string | null
  organization: string
}

/**
 * Reads `--expires`: a whole number of days from now, or a date (`YYYY-MM-DD` means the end of that
 * day in UTC) or date-time. Throws a usage error for anything else or a moment not in the future.
 */
export function parseExpires(value: string, now = new Date()): string {
  const text = value.trim()
  let at: Date
  if (/^\d+$/.test(text)) {
    const days = Number.parseInt(text, 10)
    if (days < 1) throw CliError.of(message('token.expiresTooShort'), EXIT.USAGE)
    at = new Date(now.getTime() + days * 86_400_000)
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    at = new Date(`${text}T23:59:59.999Z`)
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    at = new Date(text)
  } else {
    throw CliError.of(message('token.expiresUnreadable', { value }), EXIT.USAGE)
  }
  if (Number.isNaN(at.getTime())) {
    throw CliError.of(message('token.expiresInvalid', { value }), EXIT.USAGE)
  }
  if (at.getTime() <= now.getTime()) {
    throw CliError.of(message('token.expiresPast', { at: at.toISOString() }), EXIT.USAGE)
  }
  return at.toISOString()
}

/** Creates the token. */
export async function createToken(options: CreateTokenOptions): Promise<CreateTokenResult> {
  const scope = SCOPES[options.scope]
  if (!scope) {
    throw CliError.of(message('token.badScope', { scope: options.scope }), EXIT.USAGE)
  }
  const expiresAt =
    options.expires === undefined ? null : parseExpires(options.expires, options.now ?? new Date())
  const organization = await resolveOrganization(options.client, options.organization ?? null)
  const { createApiToken } = await options.client.request(CreateApiTokenDocument, {
    input: { organizationId: organization.id, name: options.name, scope, expiresAt },
  })
  const { secret, token } = expectPayload(createApiToken)
  return {
    secret,
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scope: token.scope === 'READ_WRITE' ? 'read-write' : 'read',
    expiresAt: token.expiresAt,
    organization: organization.slug,
  }
}
