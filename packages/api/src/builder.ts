/**
 * The Pothos schema builder: configuration only. Plugin order matters: scope-auth first (it wraps
 * every resolver), errors before prisma/dataloader (so their loads can fail as typed results),
 * validation last.
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
import { GraphQLError } from 'graphql'
import { type AuthScopes, createAuthScopes } from './auth/scopes.js'
import type { ApiContext } from './context.js'
import { DomainError, ValidationError } from './errors.js'
import type PrismaTypes from './generated/pothos-types.js'
import { getDatamodel } from './generated/pothos-types.js'

const production = process.env.NODE_ENV === 'production'

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
    ScopeAuthPlugin,
    ErrorsPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ValidationPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => createAuthScopes(ctx.viewer),
    // Authentication and authorization failures are GraphQL errors with a code, never masked.
    unauthorizedError: (_parent, ctx, _info, result) =>
      new GraphQLError(
        ctx.viewer.kind === 'user' ? `Not authorized: ${result.message}` : 'Not authenticated.',
        { extensions: { code: ctx.viewer.kind === 'user' ? 'FORBIDDEN' : 'UNAUTHENTICATED' } },
      ),
  },
  errors: {
    defaultTypes: [DomainError],
    // Validation runs before the resolver; its failures become `ValidationError` results.
    unsafelyHandleInputErrors: true,
    defaultResultOptions: { name: (names) => `${resultName(names)}Success` },
    defaultUnionOptions: { name: (names) => `${resultName(names)}Result` },
  },
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: production ? null : 'warn',
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? [])
            .map((part) => String(typeof part === 'object' ? part.key : part))
            .join('.'),
          message: issue.message,
        })),
      ),
  },
})
