/**
 * What planning a root field for the compiled read path gives: the field the executor runs
 * instead (the compiled parts taken out, the row ids asked for under a hidden key) and how to put
 * the compiled parts back into what it answered.
 *
 * @packageDocumentation
 */
import { decodeGlobalID } from '@pothos/plugin-relay'
import { type FieldNode, Kind } from 'graphql'
import type { ApiContext } from '../context.js'

/** The hidden response key under which the rewritten field asks for an engagement's global id. */
export const ID_KEY = '__immdCompiledEngagementId'

/** `__immdCompiledEngagementId: id`, added to the engagement selections the executor runs. */
export const ID_FIELD: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: ID_KEY },
  name: { kind: Kind.NAME, value: 'id' },
}

/** One planned root field. */
export interface PlannedRoot {
  /** The root field as the executor runs it. */
  field: FieldNode
  /** Its response key in `data`. */
  responseKey: string
  /** The field's final answer, from the executor's answer (null stays null: nothing to add). */
  complete(value: unknown, ctx: ApiContext): Promise<unknown>
}

/** The engagement row id of a global id, or null (Relay's own decoder). */
export function engagementRowId(globalId: unknown): string | null {
  if (typeof globalId !== 'string') return null
  const { typename, id } = decodeGlobalID(globalId)
  return typename === 'Engagement' ? id : null
}
