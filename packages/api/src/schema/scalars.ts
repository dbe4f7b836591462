/**
 * Scalars: `DateTime` (ISO 8601 strings on the wire, `Date` in resolvers) and `JSON` (verbatim data,
 * e.g. imported inventory records).
 *
 * @packageDocumentation
 */
import { GraphQLError, Kind, type ValueNode } from 'graphql'
import { builder } from '../builder.js'

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 string, e.g. 2026-03-01T09:00:00Z.')
  }
  return date
}

builder.scalarType('DateTime', {
  description: 'An instant as an ISO 8601 string in UTC, e.g. `2026-03-01T09:00:00.000Z`.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
})

function literalToValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value)
    case Kind.LIST:
      return ast.values.map(literalToValue)
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((field) => [field.name.value, literalToValue(field.value)]),
      )
    default:
      return null
  }
}

builder.scalarType('JSON', {
  description: 'Arbitrary JSON data, passed through unchanged.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToValue,
})
