/**
 * `immd token create`: asks the API for a new API token of the calling user in one organization.
 *
 * The `createApiToken` mutation is added to the API by the security work; until the committed
 * schema has it, the document below is sent as text (so the SDK's generated types cannot cover it)
 * and an API without it answers with a clear "not supported" error.
 *
 * @packageDocumentation
 */
import type { ImmdClient } from '@immd/sdk/client'
import { ImmdGraphQLError } from '@immd/sdk/errors'
import { resolveOrganization } from '../connect.js'
import { CliError, EXIT } from '../exit-codes.js'

const CREATE_API_TOKEN = `mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on CreateApiTokenPayload { secret token { id name prefix scope expiresAt } }
    ... on Error { message }
  }
}`

interface CreateApiTokenData {
  createApiToken: {
    __typename: string
    message?: string
    secret?: string
    token?: { id: string; name: string; prefix: string; scope: string; expiresAt: string | null }
  }
}

/** Options of {@link createToken}. */
export interface CreateTokenOptions {
  client: ImmdClient
  name: string
  scope: 'read' | 'read-write'
  /** Days until it expires (none = never). */
  expiresInDays?: number
  organization?: string | null
}

/** The new token; `secret` is shown once. */
export interface CreateTokenResult {
  secret: string
  name: string
  prefix: string
  scope: string
  expiresAt: string | null
  organization: string
}

/** Creates the token. */
export async function createToken(options: CreateTokenOptions): Promise<CreateTokenResult> {
  const organization = await resolveOrganization(options.client, options.organization ?? null)
  const expiresAt =
    options.expiresInDays === undefined
      ? null
      : new Date(Date.now() + options.expiresInDays * 86_400_000).toISOString()
  let data: CreateApiTokenData
  try {
    data = await options.client.request<CreateApiTokenData, Record<string, unknown>>(
      CREATE_API_TOKEN,
      {
        input: {
          organizationId: organization.id,
          name: options.name,
          scope: options.scope,
          expiresAt,
        },
      },
    )
  } catch (error) {
    if (error instanceof ImmdGraphQLError && /createApiToken|CreateApiToken/.test(error.message)) {
      throw new CliError(
        'This API does not offer createApiToken yet; create tokens in the console or ask an admin.',
        EXIT.ERROR,
      )
    }
    throw error
  }
  const result = data.createApiToken
  if (!result.secret || !result.token) {
    throw new CliError(`The API refused: ${result.message ?? result.__typename}`, EXIT.INVALID)
  }
  return {
    secret: result.secret,
    name: result.token.name,
    prefix: result.token.prefix,
    scope: result.token.scope,
    expiresAt: result.token.expiresAt,
    organization: organization.slug,
  }
}
