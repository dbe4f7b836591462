/**
 * A `NotFoundError` names a node by its global id, never its database key (#17): it encodes the id
 * when the entity is one of `NODE_TYPES`, so that list must be exactly the schema's node types. A
 * new node type missing from it would leak raw keys in its not-found errors; a name no longer in
 * the schema would encode ids no client can use.
 */

import { decodeGlobalID } from '@pothos/plugin-relay'
import { buildSchema, isObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { NODE_TYPES, NotFoundError } from '../src/errors.js'
import { printSortedSchema } from '../src/print-schema.js'

describe('NotFoundError ids', () => {
  const schema = buildSchema(printSortedSchema())
  const nodeTypes = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
    .map((type) => type.name)
    .sort()

  it('knows exactly the schema’s node types', () => {
    expect(nodeTypes.length).toBeGreaterThan(10)
    expect([...NODE_TYPES].sort()).toEqual(nodeTypes)
  })

  it('names a node by its global id, under the GraphQL name of its model', () => {
    const error = new NotFoundError('InterviewSession', 'row-42')
    expect(error.entity).toBe('Interview')
    expect(decodeGlobalID(error.id)).toEqual({ typename: 'Interview', id: 'row-42' })
    expect(error.message).not.toContain('row-42')
  })

  it('keeps an id that is not a node’s as given', () => {
    const error = new NotFoundError('MethodVersion', 'immd-9.9')
    expect(error.id).toBe('immd-9.9')
  })
})
