/**
 * GraphQL types of the domain errors (classes in `../errors.ts`): an `Error` interface, `BaseError`
 * for any other domain error, and one type per kind. Fields opt in with `errors: { types: [...] }`.
 *
 * @packageDocumentation
 */
import type { GatePrerequisite } from '@immd/core/lifecycle'
import { builder } from '../builder.js'
import {
  AuthenticationError,
  ConflictError,
  DomainError,
  GateNotSatisfiedError,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../errors.js'
import { ActivityIdEnum, ActivityStatusEnum, GatePrerequisiteCodeEnum } from './enums.js'

/** Errors are answers anyone may get (a failed login, invalid input): readable without a viewer. */
const PUBLIC = { public: true } as const

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Every expected failure: query `... on Error { message }` to handle them all.',
  fields: (t) => ({ message: t.exposeString('message') }),
})

builder.objectType(DomainError, {
  name: 'BaseError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
})

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path of the value, e.g. `input.title`.' }),
    message: t.exposeString('message'),
  }),
})

builder.objectType(ValidationError, {
  name: 'ValidationError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [ValidationIssueRef], resolve: (e) => e.issues }) }),
})

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString('entity'), id: t.exposeString('id') }),
})

builder.objectType(ConflictError, {
  name: 'ConflictError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', { nullable: true }),
    currentValue: t.exposeString('currentValue', { nullable: true }),
  }),
})

/** Reads an optional property of one member of the prerequisite union. */
function pick<K extends string>(p: GatePrerequisite, key: K): unknown {
  return (p as unknown as Record<string, unknown>)[key] ?? null
}

export const GatePrerequisiteRef = builder
  .objectRef<GatePrerequisite>('GatePrerequisite')
  .implement({
    authScopes: PUBLIC,
    description:
      'One thing missing before a lifecycle transition is allowed (@immd/core lifecycle).',
    fields: (t) => ({
      code: t.field({ type: GatePrerequisiteCodeEnum, resolve: (p) => p.code }),
      message: t.exposeString('message'),
      activityId: t.field({
        type: ActivityIdEnum,
        nullable: true,
        resolve: (p) => ('activity' in p ? p.activity : null),
      }),
      driverId: t.string({ nullable: true, resolve: (p) => pick(p, 'driverId') as string | null }),
      status: t.field({
        type: ActivityStatusEnum,
        nullable: true,
        resolve: (p) => (p.code === 'invalid-activity-status' ? p.status : null),
      }),
      expected: t.field({
        type: [ActivityStatusEnum],
        nullable: true,
        resolve: (p) => (p.code === 'invalid-activity-status' ? p.expected : null),
      }),
      count: t.string({
        nullable: true,
        description: 'Which count is too low, e.g. `interviews`.',
        resolve: (p) => (p.code === 'count-below-minimum' ? p.count : null),
      }),
      minimum: t.int({ nullable: true, resolve: (p) => pick(p, 'minimum') as number | null }),
      actual: t.int({ nullable: true, resolve: (p) => pick(p, 'actual') as number | null }),
      threshold: t.string({
        nullable: true,
        resolve: (p) => pick(p, 'threshold') as string | null,
      }),
    }),
  })

builder.objectType(GateNotSatisfiedError, {
  name: 'GateNotSatisfiedError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    activityId: t.field({ type: ActivityIdEnum, resolve: (e) => e.activityId }),
    transition: t.exposeString('transition'),
    missing: t.field({ type: [GatePrerequisiteRef], resolve: (e) => e.missing }),
  }),
})

builder.objectType(NotAuthorizedError, {
  name: 'NotAuthorizedError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
})

builder.objectType(AuthenticationError, {
  name: 'AuthenticationError',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      nullable: true,
      description: 'Too many attempts: seconds until the next one is accepted.',
    }),
  }),
})
