// @vitest-environment node
/**
 * Every operation the console sends stays within the API's production query limits (graphql-armor
 * cost and depth, `DEFAULT_LIMITS` of @immd/api): a page whose query grows past them would fail for
 * every user, so the check runs on the generated documents against the committed schema.
 */
import { readFileSync } from 'node:fs'
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { DEFAULT_LIMITS } from '@immd/api/security/options'
import { buildSchema, type DocumentNode, type GraphQLError, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import * as generated from '../../src/gql/graphql'

const schema = buildSchema(
  readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'),
)
const operations = Object.entries(generated)
  .filter(
    ([name, value]) => name.endsWith('Document') && typeof value === 'object' && value !== null,
  )
  .map(([name, value]) => [name.replace(/Document$/, ''), value as DocumentNode] as const)
  .filter(([, doc]) => doc.definitions.some((d) => d.kind === 'OperationDefinition'))

function measure(doc: DocumentNode) {
  const rejections: string[] = []
  const onReject = [(_ctx: unknown, error: GraphQLError) => void rejections.push(error.message)]
  const rules = [
    costLimitRule({ maxCost: DEFAULT_LIMITS.maxCost, onReject, propagateOnRejection: false }),
    maxDepthRule({ n: DEFAULT_LIMITS.maxDepth, onReject, propagateOnRejection: false }),
  ]
  const errors = validate(schema, doc, rules as never)
  return [...errors.map((error) => error.message), ...rejections]
}

describe('operation limits', () => {
  it('finds the console operations', () => {
    expect(operations.length).toBeGreaterThan(40)
  })

  it.each(operations)('%s is valid and within the cost and depth limits', (_name, doc) => {
    expect(measure(doc)).toEqual([])
  })
})
