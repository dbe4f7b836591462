/**
 * The root types. Domain files add their fields with `builder.queryField` / `builder.mutationField`.
 * Protected root query fields are nullable, so an authentication error nulls that field only and
 * the rest of the response (e.g. `viewer`) survives.
 *
 * @packageDocumentation
 */
import { builder } from '../builder.js'

builder.queryType({
  description: 'Read the method, your organizations, their teams and engagements.',
})

builder.mutationType({
  description: 'Every mutation is one transaction with its audit record; errors are typed results.',
})
