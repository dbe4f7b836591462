/**
 * `engagement(id) { … }`: the engagement's plain fields and worksheet lists that
 * `COMPILED_TYPES` declares come from one statement that builds their JSON; the executor answers
 * the rest (and authorizes the engagement: the compiled statement runs only for the engagement it
 * returned, filtered by its organization as the tenant-guarded loader knows it).
 *
 * @packageDocumentation
 */
import type { FieldNode, GraphQLSchema } from 'graphql'
import type { ApiContext } from '../context.js'
import { collectFields, type Fragments } from './collect-fields.js'
import { compileField, createCompileScope } from './compile-selection.js'
import { COMPILED_TYPES } from './compiled-types.js'
import { engagementRowId, ID_FIELD, ID_KEY, type PlannedRoot } from './planned-root.js'
import { literal } from './sql-values.js'

/** Plans an `engagement` root field, or null when none of its fields compiles. */
export function planEngagement(
  schema: GraphQLSchema,
  field: FieldNode,
  fragments: Fragments,
): PlannedRoot | null {
  const selectionSet = field.selectionSet
  if (!selectionSet || field.directives?.length) return null
  const collected = collectFields(selectionSet, 'Engagement', fragments)
  if (!collected) return null
  const scope = createCompileScope(schema, fragments)
  const parts: string[] = []
  const compiledNodes = new Set<FieldNode>()
  const direct = new Set(selectionSet.selections)
  for (const { responseKey, node } of collected) {
    const declared = COMPILED_TYPES.Engagement?.fields[node.name.value]
    // Only direct selections are taken out: a fragment may be spread elsewhere too.
    if (!declared || node.arguments?.length || !direct.has(node)) continue
    const expression = compileField(scope, 'Engagement', 'e', declared, node)
    if (expression === null) continue
    parts.push(`${literal(responseKey)}, ${expression}`)
    compiledNodes.add(node)
  }
  if (compiledNodes.size === 0) return null
  const keys = collected.map((c) => c.responseKey)
  const sql = `SELECT json_build_object(${parts.join(', ')})::text AS "data" FROM "Engagement" e WHERE e."id" = $1 AND e."organizationId" = $2`
  const selections = selectionSet.selections.filter(
    (selection) => selection.kind !== 'Field' || !compiledNodes.has(selection),
  )
  return {
    field: { ...field, selectionSet: { ...selectionSet, selections: [...selections, ID_FIELD] } },
    responseKey: field.alias?.value ?? field.name.value,
    async complete(value: unknown, ctx: ApiContext) {
      const engagement = value as Record<string, unknown> | null
      if (!engagement) return value
      const id = engagementRowId(engagement[ID_KEY])
      const organizationId = id ? await ctx.loaders.engagementOrganization.load(id) : null
      // The executor found the engagement on the tenant-guarded client, so it is there.
      if (!id || !organizationId) throw new Error('compiled reads: the engagement vanished')
      const [row] = await ctx.db.prisma.$queryRawUnsafe<{ data: string }[]>(sql, id, organizationId)
      if (!row) throw new Error('compiled reads: the engagement vanished')
      const compiled = JSON.parse(row.data) as Record<string, unknown>
      const answer: Record<string, unknown> = {}
      for (const key of keys) answer[key] = key in compiled ? compiled[key] : engagement[key]
      return answer
    },
  }
}
