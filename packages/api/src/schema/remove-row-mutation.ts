/**
 * The `remove<Row>` mutation of a worksheet, declared from one description: its input (the row's
 * global id, and the version the client read when rows are versioned), its payload (the removed
 * id and the engagement, `removalPayloadRef`), its scopes (writers of the row's engagement,
 * `childWriterScopes`), its typed errors and the domain function that removes the row through
 * `writeEngagement`. Every worksheet's removal has exactly this shape, so it is written once.
 *
 * @packageDocumentation
 */
import { builder } from '../builder.js'
import type { ApiContext } from '../context.js'
import { type Removal, removalPayloadRef } from '../mutations/payloads.js'
import { childWriterScopes, type EngagementChild } from '../mutations/scopes.js'

/** The error classes a removal may answer with (typed results, Pothos errors plugin). */
type ErrorClasses = (new (...args: never[]) => Error)[]

/** What {@link defineRemoveRowMutation} declares. */
export interface RemoveRowMutation {
  /** The row's name in operation names: `ChecklistItem` → `removeChecklistItem`. */
  row: string
  /** The node type of the removed row's global id (`Lesson` for `LessonLearned`). */
  nodeType: string
  /** The node ref the input's `id` is a global id of. */
  ref: unknown
  /** The row's kind, for the engagement-writer scopes. */
  child: EngagementChild
  description?: string
  inputDescription: string
  idDescription?: string
  /** Rows edited with optimistic concurrency take the version read; `false` for unversioned rows. */
  version: false | { description?: string }
  errors: ErrorClasses
  /** Removes the row (database id) and answers which row of which engagement it was. */
  remove: (ctx: ApiContext, input: { id: string; version: number }) => Promise<Removal>
}

/** Declares `remove<Row>` on the schema; see {@link RemoveRowMutation}. */
export function defineRemoveRowMutation(spec: RemoveRowMutation): void {
  const input = builder.inputType(`Remove${spec.row}Input`, {
    description: spec.inputDescription,
    fields: (t) => ({
      // The ref is one of the schema's node refs; Pothos types `for` per call site only.
      id: t.globalID({ required: true, for: spec.ref as never, description: spec.idDescription }),
      ...(spec.version
        ? { version: t.int({ required: true, description: spec.version.description }) }
        : {}),
    }),
  })
  builder.mutationField(`remove${spec.row}`, (t) =>
    t.field({
      type: removalPayloadRef(`Remove${spec.row}Payload`, spec.nodeType),
      description: spec.description,
      args: { input: t.arg({ type: input, required: true }) },
      authScopes: (_root, args, ctx) => childWriterScopes(spec.child, args.input.id.id, ctx),
      errors: { types: spec.errors, directResult: true },
      resolve: (_root, args, ctx) => {
        const { id, version } = args.input as { id: { id: string }; version?: number }
        // Unversioned rows never read the version.
        return spec.remove(ctx, { id: id.id, version: version ?? 0 })
      },
    }),
  )
}
