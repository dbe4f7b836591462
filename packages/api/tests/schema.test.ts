import { readFile } from 'node:fs/promises'
import { buildSchema } from 'graphql'
import { describe, expect, it } from 'vitest'
import { printSortedSchema } from '../src/print-schema.js'

describe('schema.graphql', () => {
  it('is what the code prints (run `pnpm generate` after changing the schema)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8')
    expect(committed).toBe(printSortedSchema())
  })

  it('names the top-level fields the method’s users ask for', () => {
    const fields = Object.keys(buildSchema(printSortedSchema()).getQueryType()?.getFields() ?? {})
    expect(fields).toEqual(
      expect.arrayContaining([
        'engagement',
        'engagements',
        'method',
        'methods',
        'node',
        'nodes',
        'organizations',
        'teams',
        'viewer',
      ]),
    )
  })
})
