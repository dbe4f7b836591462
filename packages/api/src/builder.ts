/**
 * The Pothos schema builder: configuration only. Plugin order matters:
 * - errors first, then scope-auth: authorization wraps every resolver, and a domain error thrown
 *   while authorizing (e.g. NotFoundError) still becomes a typed result; FORBIDDEN and
 *   UNAUTHENTICATED stay GraphQL errors with a code;
 * - prisma, relay, dataloader;
 * - `immdAuthorization` right before validation: default-deny scopes for every type and root field,
 *   and input validation held back until scope-auth has authorized the field (see
 *   `auth/authorization-plugin.ts`).
 *
 * @packageDocumentation
 */
import SchemaBuilder from '@pothos/core'
import DataloaderPlugin from '@pothos/plugin-dataloader'
import ErrorsPlugin from '@pothos/plugin-errors'
import PrismaPlugin from '@pothos/plugin-prisma'
import RelayPlugin from '@pothos/plugin-relay'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import ValidationPlugin from '@pothos/plugin-validation'
import { GraphQLError, type GraphQLResolveInfo } from 'graphql'
import ImmdAuthorizationPlugin from './auth/authorization-plugin.js'
import { type AuthScopes, createAuthScopes } from './auth/scopes.js'
import type { ApiContext } from './context.js'
import { DomainError, ValidationError } from './errors.js'
import type PrismaTypes from './generated/pothos-types.js'
import { getDatamodel } from './generated/pothos-types.js'
import { DEFAULT_MAX_PAGE_SIZE, PAGE_SIZE_DESCRIPTION } from './pagination.js'
import { toValidationIssue } from './validation-issues.js'

const production = process.env.NODE_ENV === 'production'

/** How to authenticate, said in every UNAUTHENTICATED error. */
const HOW_TO_AUTHENTICATE =
  'Send `Authorization: Bearer <API token>` or sign in with the `login` mutation.'

/** The error of a refused field: who is asking decides the code. */
function unauthorizedError(ctx: ApiContext, message: string): GraphQLError {
  const { viewer } = ctx
  if (viewer.kind === 'anonymous') {
    const reason = viewer.reason ? `${viewer.reason} ` : ''
    return new GraphQLError(`Not authenticated. ${reason}${HOW_TO_AUTHENTICATE}`, {
      extensions: { code: 'UNAUTHENTICATED' },
    })
  }
  if (viewer.mustChangePassword) {
    return new GraphQLError('Change your one-time password first (`changePassword`).', {
      extensions: { code: 'PASSWORD_CHANGE_REQUIRED' },
    })
  }
  return new GraphQLError(`Not authorized: ${message}`, { extensions: { code: 'FORBIDDEN' } })
}

/**
 * What scope-auth hands to a field's own `unauthorizedResolver` (redacted fields such as
 * `ScopeEntry.name` answer null or a redacted value instead of an error). That resolver never
 * surfaces it, so one shared, frozen error is enough: building a GraphQLError with a stack trace
 * per redacted row was measurable on lists. An `unauthorizedResolver` must not throw what it gets.
 */
const REDACTED_FIELD = Object.freeze(new GraphQLError('Not authorized: redacted field.'))

/** Whether the field being resolved answers refusals with its own `unauthorizedResolver`. */
function redactsWhenUnauthorized(info: GraphQLResolveInfo): boolean {
  const field = info.parentType.getFields()[info.fieldName]
  const options = field?.extensions?.pothosOptions as { unauthorizedResolver?: unknown } | undefined
  return typeof options?.unauthorizedResolver === 'function'
}

/** `createEngagement` → `CreateEngagement`. */
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)
/** Mutation results are named after the mutation; other fields after their type and field. */
const resultName = ({
  parentTypeName,
  fieldName,
}: {
  parentTypeName: string
  fieldName: string
}) =>
  parentTypeName === 'Mutation'
    ? upperFirst(fieldName)
    : `${parentTypeName}${upperFirst(fieldName)}`

/**
 * Descriptions of the types and fields the relay plugin generates (connections, edges, page info,
 * `Node`), so that every type and field of the public schema says what it is.
 */
const RELAY_DESCRIPTIONS = {
  nodeTypeOptions: {
    description:
      'An object with a global id: refetch any of them with `node(id)` or `nodes(ids)` (tenancy is checked like on every other path).',
  },
  pageInfoTypeOptions: {
    description:
      'Where a page sits in its list: whether more edges exist and the cursors to get them.',
  },
  defaultConnectionTypeOptions: {
    description:
      'One page of a list (Relay connection): `edges` in list order, `pageInfo` to page on, and where offered `totalCount` of the whole list.',
  },
  defaultEdgeTypeOptions: {
    description: 'One item of a page together with the cursor that points at it.',
  },
  idFieldOptions: {
    description: 'Global id of the object, opaque and unique across the API; stable over time.',
  },
  cursorFieldOptions: {
    description: 'Opaque position of this edge: pass it as `after` or `before` to page from here.',
  },
  nodeFieldOptions: { description: 'The item itself.' },
  edgesFieldOptions: { description: 'The items of this page, in list order.' },
  pageInfoFieldOptions: { description: 'Whether more pages exist and the cursors to fetch them.' },
  hasNextPageFieldOptions: {
    description: 'True when more edges follow the last one of this page.',
  },
  hasPreviousPageFieldOptions: {
    description: 'True when more edges precede the first one of this page.',
  },
  startCursorFieldOptions: {
    description: 'Cursor of the first edge of this page; null when the page is empty.',
  },
  endCursorFieldOptions: {
    description: 'Cursor of the last edge of this page; null when the page is empty.',
  },
  beforeArgOptions: { description: 'Return edges before this cursor (with `last`).' },
  afterArgOptions: { description: 'Return edges after this cursor (with `first`).' },
} as const

export const builder = new SchemaBuilder<{
  Context: ApiContext
  PrismaTypes: PrismaTypes
  AuthScopes: AuthScopes
  DefaultFieldNullability: false
  DefaultEdgesNullability: false
  DefaultNodeNullability: false
  Scalars: {
    DateTime: { Input: Date; Output: Date | string }
    JSON: { Input: unknown; Output: unknown }
  }
  Connection: { totalCount?: number | (() => number | Promise<number>) }
}>({
  plugins: [
    ErrorsPlugin,
    ScopeAuthPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ImmdAuthorizationPlugin,
    ValidationPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    // Type scopes run once per object (in `isTypeOf`), not in a wrapper around each of its fields:
    // the engagement detail completes ~800 child rows, and the per-field wrappers were ~15% of
    // its CPU. A refused object is null with one error at its own path instead of one per field;
    // field scopes (redaction, roles) are unchanged.
    runScopesOnType: true,
    authScopes: (ctx) => createAuthScopes(ctx.viewer, ctx.loaders),
    // Authentication and authorization failures are GraphQL errors with a code, never masked.
    unauthorizedError: (_parent, ctx, info, result) =>
      redactsWhenUnauthorized(info) ? REDACTED_FIELD : unauthorizedError(ctx, result.message),
  },
  errors: {
    defaultTypes: [DomainError],
    // Validation runs before the resolver; its failures become `ValidationError` results.
    unsafelyHandleInputErrors: true,
    defaultResultOptions: {
      name: (names) => `${resultName(names)}Success`,
      description: 'The successful answer of the field of the same name.',
    },
    defaultUnionOptions: {
      name: (names) => `${resultName(names)}Result`,
      description:
        'What the field of the same name answers: its payload on success, otherwise one of the expected errors that are the other members (each implements `Error`; select `... on Error { code message }`).',
    },
  },
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: production ? null : 'warn',
    defaultConnectionSize: 20,
    // Every connection refuses larger pages itself (`maxSize: refusePageSizeAbove(…)`, see
    // `pagination.ts`); this is only the plugin's fallback.
    maxConnectionSize: DEFAULT_MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    ...RELAY_DESCRIPTIONS,
    firstArgOptions: { description: PAGE_SIZE_DESCRIPTION.first },
    lastArgOptions: { description: PAGE_SIZE_DESCRIPTION.last },
  },
  validation: {
    validationError: (result) => new ValidationError(result.issues.map(toValidationIssue)),
  },
})
