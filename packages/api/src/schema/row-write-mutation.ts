/**
 * The `add<Row>` and `update<Row>` mutations of a worksheet, declared from one description each:
 * the input type (written per worksheet, because its fields and validation are what differ), the
 * payload (`changePayloadRef`), the scopes (writers of the engagement for an addition, writers of
 * the row's engagement for an update, `childWriterScopes`), the typed errors, and the domain
 * function that writes through `writeEngagement`. The global ids of the input (the engagement, the
 * row, and any other row it refers to, alone or in a list) reach the domain function as database
 * ids; `null` and omitted stay as they are, so an update can still clear a link.
 *
 * `remove<Row>` is `remove-row-mutation.ts`.
 *
 * @packageDocumentation
 */
import type { InputObjectRef, ObjectRef } from '@pothos/core'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { childWriterScopes, type EngagementChild } from '../mutations/scopes.js'

type Types = (typeof builder)['$inferSchemaTypes']

/** A decoded `ID` argument declared with `t.globalID` (Relay plugin). */
interface GlobalId {
  typename: string
  id: string
}

/** One input value with its global ids replaced by database ids. */
type DecodedValue<V> = V extends GlobalId ? string : V extends readonly GlobalId[] ? string[] : V

/** An input with every global id (alone or in a list) replaced by its database id. */
export type DecodedIds<I> = { [K in keyof I]: DecodedValue<I[K]> }

const isGlobalId = (value: unknown): value is GlobalId =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as GlobalId).typename === 'string' &&
  typeof (value as GlobalId).id === 'string'

/** The input's top-level global ids, alone or in lists, as database ids; other values unchanged. */
export function decodeInputIds<I extends object>(input: I): DecodedIds<I> {
  const decoded: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (isGlobalId(value)) decoded[key] = value.id
    else if (Array.isArray(value) && value.length > 0 && value.every(isGlobalId)) {
      decoded[key] = value.map((item) => item.id)
    } else decoded[key] = value
  }
  return decoded as DecodedIds<I>
}

/** The error classes a write may answer with (typed results, Pothos errors plugin). */
type ErrorClasses = (new (...args: never[]) => Error)[]

/** What both declarations share. */
interface RowWriteMutation<I, Change> {
  /** The mutation field's name, e.g. `addLessonLearned`. */
  name: string
  description?: string
  input: InputObjectRef<Types, I>
  payload: ObjectRef<Types, Change>
  errors: ErrorClasses
}

/** `add<Row>`: the input names the engagement the row is added to. */
export interface AddRowMutation<I extends { engagementId: GlobalId }, Change>
  extends RowWriteMutation<I, Change> {
  add: (ctx: ApiContext, input: DecodedIds<I>) => Promise<Change>
}

/** `update<Row>`: the input names the row, whose engagement decides the scopes. */
export interface UpdateRowMutation<I extends { id: GlobalId }, Change>
  extends RowWriteMutation<I, Change> {
  /** The row's kind, for the engagement-writer scopes. */
  child: EngagementChild
  update: (ctx: ApiContext, input: DecodedIds<I>) => Promise<Change>
}

/** Declares one row write on the schema. */
function defineRowWrite<I extends object, Change>(
  spec: RowWriteMutation<I, Change>,
  scopes: (input: I, ctx: ApiContext) => ReturnType<typeof engagementWriterScopes>,
  write: (ctx: ApiContext, input: DecodedIds<I>) => Promise<Change>,
): void {
  builder.mutationField(spec.name, (t) =>
    t.field({
      type: spec.payload,
      description: spec.description,
      // The input ref is the schema's own; Pothos types an argument's shape per call site.
      args: { input: t.arg({ type: spec.input as never, required: true }) },
      authScopes: (_root, args, ctx) => scopes(args.input as I, ctx),
      errors: { types: spec.errors, directResult: true },
      // `Change` is an object (a payload), never a list; Pothos cannot see that for a type parameter.
      resolve: (_root, args, ctx) => write(ctx, decodeInputIds(args.input as I)) as never,
    }),
  )
}

/** Declares `add<Row>`; see {@link AddRowMutation}. */
export function defineAddRowMutation<I extends { engagementId: GlobalId }, Change>(
  spec: AddRowMutation<I, Change>,
): void {
  defineRowWrite(spec, (input, ctx) => engagementWriterScopes(input.engagementId.id, ctx), spec.add)
}

/** Declares `update<Row>`; see {@link UpdateRowMutation}. */
export function defineUpdateRowMutation<I extends { id: GlobalId }, Change>(
  spec: UpdateRowMutation<I, Change>,
): void {
  defineRowWrite(spec, (input, ctx) => childWriterScopes(spec.child, input.id.id, ctx), spec.update)
}
