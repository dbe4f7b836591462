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
  type InUseDependant,
  InUseError,
  NotAuthorizedError,
  NotFoundError,
  VALIDATION_ISSUE_CODES,
  ValidationError,
  type ValidationIssue,
} from '../errors.js'
import { ActivityIdEnum, ActivityStatusEnum, GatePrerequisiteCodeEnum } from './enums.js'

/** Errors are answers anyone may get (a failed login, invalid input): readable without a viewer. */
const PUBLIC = { public: true } as const

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description:
    "Every expected failure, returned as a member of a field's result union: query `... on Error { code message }` to handle them all, then the concrete type for its details.",
  fields: (t) => ({
    message: t.exposeString('message', {
      description: 'What went wrong and where, in English, for people; do not parse it.',
    }),
    code: t.string({
      description:
        'Machine-readable kind of the error, the same as `extensions.code` of a GraphQL error: `BAD_USER_INPUT` (ValidationError, InventoryValidationError), `NOT_FOUND`, `CONFLICT`, `GATE_NOT_SATISFIED`, `IN_USE` (InUseError), `FORBIDDEN` (NotAuthorizedError), `UNAUTHENTICATED` (AuthenticationError), `PAGE_SIZE_EXCEEDED`, `BAD_REQUEST` (any other BaseError). New codes may be added; treat an unknown one like `BAD_REQUEST`.',
      resolve: (error) => error.code,
    }),
  }),
})

builder.objectType(DomainError, {
  name: 'BaseError',
  description:
    'A domain failure without a more specific type (code `BAD_REQUEST` unless stated otherwise); `message` says what to change.',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
})

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One problem of an input value.',
  authScopes: PUBLIC,
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path of the value, e.g. `input.title`.' }),
    message: t.exposeString('message', { description: 'What is wrong with that value.' }),
    code: t.string({
      nullable: true,
      description: `A stable code for clients that write the sentence in their own language, with \`subject\` and \`limit\`; null where \`message\` is the only form. New codes may be added (treat an unknown one as null). ${Object.entries(
        VALIDATION_ISSUE_CODES,
      )
        .map(([code, meaning]) => `\`${code}\`: ${meaning}`)
        .join('; ')}.`,
      resolve: (issue) => issue.code ?? null,
    }),
    limit: t.float({
      nullable: true,
      description:
        'The bound the value broke (characters, items, a number, days, tokens), as `code` says; null when none.',
      resolve: (issue) => issue.limit ?? null,
    }),
    subject: t.string({
      nullable: true,
      description: 'What the issue is about, by name (e.g. the document’s title); null when none.',
      resolve: (issue) => issue.subject ?? null,
    }),
  }),
})

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description:
    'The input is malformed or breaks a rule of the method; every problem is listed, nothing was written (code `BAD_USER_INPUT`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssueRef],
      description: 'Every problem found, at least one.',
      resolve: (e) => e.issues,
    }),
  }),
})

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description:
    'The object the request names does not exist or belongs to an organization the caller cannot read; both answer alike so ids of other tenants cannot be probed (code `NOT_FOUND`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', {
      description: 'The kind of object that was not found, e.g. `Engagement`.',
    }),
    entityId: t.exposeString('id', {
      description:
        'The id the request named, as a client knows it: the global id of a node (never a database key), else the code given (a method version, a driver code). Not called `id`: it is not the id of this error, and a normalizing client cache would merge two errors about the same id.',
    }),
  }),
})

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The write lost a race (the `version` sent is stale) or collides with existing data; nothing was written (code `CONFLICT`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', {
      nullable: true,
      description:
        'The version the object has now: reload, then retry with it. Null when the conflict is not about versions.',
    }),
    currentValue: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'What is in the way. On a stale version, the current object as a JSON object of its fields (`id` is its global id, dates are ISO strings, foreign keys are left out); otherwise the conflicting value (e.g. the existing role or method version) as a JSON string. Null when there is nothing to show.',
      resolve: (e) => e.currentValue ?? null,
    }),
  }),
})

const InUseDependantRef = builder.objectRef<InUseDependant>('InUseDependant').implement({
  description: 'Rows of one kind that depend on the object a removal names.',
  authScopes: PUBLIC,
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'The kind of dependant, e.g. `DataItem`.' }),
    count: t.exposeInt('count', { description: 'How many of them there are.' }),
  }),
})

builder.objectType(InUseError, {
  name: 'InUseError',
  description:
    'A removal was refused because other objects depend on this one (e.g. data items sourced from a document) and would be orphaned; `message` says what to do first, nothing was written (code `IN_USE`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'The kind of object that is in use.' }),
    entityId: t.exposeString('id', { description: 'Global id of the object in use.' }),
    dependants: t.field({
      type: [InUseDependantRef],
      description: 'What depends on it, per kind (at least one).',
      resolve: (e) => e.dependants,
    }),
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
      skippedAllowed: t.boolean({
        nullable: true,
        description:
          'For `ACTIVITY_NOT_COMPLETED`: whether skipping the activity would do as well. With `code` and the other fields it lets a client write `message` in its own language.',
        resolve: (p) => (p.code === 'activity-not-completed' ? p.skippedAllowed : null),
      }),
      threshold: t.string({
        nullable: true,
        description:
          'For `THRESHOLD_UNKNOWN`: the stored threshold, which is not a band of the method (hence a string, not `Band`).',
        resolve: (p) => pick(p, 'threshold') as string | null,
      }),
    }),
  })

builder.objectType(GateNotSatisfiedError, {
  name: 'GateNotSatisfiedError',
  description:
    'A lifecycle gate refused the change: the activity is not in a state that allows it, or prerequisites are missing (code `GATE_NOT_SATISFIED`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    activityId: t.field({
      type: ActivityIdEnum,
      description: 'The activity whose gate refused.',
      resolve: (e) => e.activityId,
    }),
    transition: t.exposeString('transition', {
      description:
        'What was attempted: `start`, `complete`, `skip`, or `edit` (a write to data the activity locks).',
    }),
    missing: t.field({
      type: [GatePrerequisiteRef],
      description: 'Everything missing, at least one.',
      resolve: (e) => e.missing,
    }),
  }),
})

builder.objectType(NotAuthorizedError, {
  name: 'NotAuthorizedError',
  description:
    'The caller is signed in but their role (or a read-only token) does not allow this write (code `FORBIDDEN`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
})

builder.objectType(AuthenticationError, {
  name: 'AuthenticationError',
  description:
    'A sign-in failed: wrong e-mail or password or a locked account (the same words, so accounts cannot be probed), or too many attempts (code `UNAUTHENTICATED`).',
  authScopes: PUBLIC,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      nullable: true,
      description: 'Too many attempts: seconds until the next one is accepted.',
    }),
  }),
})
