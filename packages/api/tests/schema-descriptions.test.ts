/**
 * Every type and field of the public schema says what it is (#17). Lists the types (object,
 * interface, union, enum, input, custom scalar) and the fields (output and input) of the committed
 * `schema.graphql` that have no description: there must be none. Describe a new type or field with
 * `description:` on its Pothos definition (or, for generated ones, in
 * `src/schema/descriptions/`).
 */
import { readFileSync } from 'node:fs'
import {
  buildSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql'
import { describe, expect, it } from 'vitest'

/** Missing descriptions allowed: none (was 106 types and 539 fields at 11:05 UTC, 2026-12-04). */
const CEILING = { types: 0, fields: 0 }

function countMissingDescriptions() {
  const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'))
  const types: string[] = []
  const fields: string[] = []
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue
    if (!type.description) types.push(type.name)
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) fields.push(`${type.name}.${field.name}`)
      }
    }
  }
  return { types, fields }
}

describe('schema descriptions', () => {
  it('describes every type and every field', () => {
    const missing = countMissingDescriptions()
    // Names first, so a failure says which ones to describe.
    expect(missing.types.slice(0, 20)).toEqual([])
    expect(missing.fields.slice(0, 20)).toEqual([])
    expect(missing.types.length).toBe(CEILING.types)
    expect(missing.fields.length).toBe(CEILING.fields)
  })

  it('describes every error type and the fields of the Error interface', () => {
    const missing = countMissingDescriptions()
    const errorTypes = ['Error', 'BaseError', 'ValidationError', 'NotFoundError', 'ConflictError']
    const more = ['GateNotSatisfiedError', 'NotAuthorizedError', 'AuthenticationError']
    expect(missing.types.filter((name) => [...errorTypes, ...more].includes(name))).toEqual([])
    expect(
      missing.fields.filter((name) => /^(Error|ConflictError|NotFoundError)\./.test(name)),
    ).toEqual([])
  })
})
