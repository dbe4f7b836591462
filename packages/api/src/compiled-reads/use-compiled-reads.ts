/**
 * The compiled read path for an engagement's worksheets (issue #18, docs/performance.md):
 * `engagement(id) { … preparationChecklist { … } interviews { … } … }` on PostgreSQL.
 *
 * The executor still resolves the engagement itself, so its authorization (authentication, the
 * tenant-guarded lookup, the type scopes) and every field that is not a worksheet list are
 * unchanged. The worksheet lists whose whole selection `COMPILED_TYPES` declares are taken out of
 * the document and answered by one statement that builds their JSON, filtered by the engagement
 * the executor returned and by its organization as the tenant-guarded loader knows it. Their rows
 * are visible to exactly who sees the engagement (`engagementChildScopes`), and no compiled field
 * has field-level scopes (the test refuses one), so the answer is the executor's, byte for byte;
 * `tests/compiled-reads.test.ts` compares the two on every declared field.
 *
 * @packageDocumentation
 */
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { ApiContext } from '../context.js'
import { collectFields } from './collect-fields.js'
import { compileField, createCompileScope, literal } from './compile-selection.js'
import { COMPILED_TYPES } from './compiled-types.js'

/** The response key under which the rewritten document asks for the engagement's own id. */
const ID_KEY = '__immdCompiledEngagementId'

/** One `engagement` root field with worksheets to compile. */
interface CompiledRoot {
  /** Its response key in `data`. */
  responseKey: string
  /** The engagement's response keys in response order. */
  keys: string[]
  /** Answers the compiled keys as one JSON text; `$1` the engagement id, `$2` its organization. */
  sql: string
}

/** What an operation runs: the document without the compiled lists, and their statements. */
interface CompiledPlan {
  document: DocumentNode
  roots: CompiledRoot[]
}

/** Plans the root field, or null when none of its worksheet lists compiles. */
function planRoot(
  schema: GraphQLSchema,
  field: FieldNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): { root: CompiledRoot; field: FieldNode } | null {
  if (!field.selectionSet || field.directives?.length) return null
  const collected = collectFields(field.selectionSet, 'Engagement', fragments)
  if (!collected) return null
  const scope = createCompileScope(schema, fragments)
  const parts: string[] = []
  const compiledNodes = new Set<FieldNode>()
  for (const { responseKey, node } of collected) {
    const declared = COMPILED_TYPES.Engagement?.fields[node.name.value]
    // Only direct selections are taken out: a fragment may be spread elsewhere too.
    if (!declared || node.arguments?.length || !field.selectionSet.selections.includes(node)) {
      continue
    }
    const expression = compileField(scope, 'Engagement', 'e', declared, node)
    if (expression === null) continue
    parts.push(`${literal(responseKey)}, ${expression}`)
    compiledNodes.add(node)
  }
  if (compiledNodes.size === 0) return null
  const idField: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: ID_KEY },
    name: { kind: Kind.NAME, value: 'id' },
  }
  const selections = field.selectionSet.selections.filter(
    (selection) => selection.kind !== Kind.FIELD || !compiledNodes.has(selection),
  )
  return {
    root: {
      responseKey: field.alias?.value ?? field.name.value,
      keys: collected.map((c) => c.responseKey),
      sql: `SELECT json_build_object(${parts.join(', ')})::text AS "data" FROM "Engagement" e WHERE e."id" = $1 AND e."organizationId" = $2`,
    },
    field: {
      ...field,
      selectionSet: { ...field.selectionSet, selections: [...selections, idField] },
    },
  }
}

/** Plans an operation: null when it is not a query or nothing in it compiles. */
export function planCompiledReads(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): CompiledPlan | null {
  const fragments = new Map<string, FragmentDefinitionNode>()
  const operations: OperationDefinitionNode[] = []
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition)
  }
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined
  if (operation?.operation !== 'query') return null
  const roots: CompiledRoot[] = []
  const replaced = new Map<FieldNode, FieldNode>()
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'engagement') continue
    const planned = planRoot(schema, selection, fragments)
    if (!planned) continue
    roots.push(planned.root)
    replaced.set(selection, planned.field)
  }
  if (roots.length === 0) return null
  const rewritten: OperationDefinitionNode = {
    ...operation,
    selectionSet: {
      ...operation.selectionSet,
      selections: operation.selectionSet.selections.map(
        (s) => (s.kind === Kind.FIELD && replaced.get(s)) || s,
      ),
    },
  }
  return {
    document: {
      ...document,
      definitions: document.definitions.map((d) => (d === operation ? rewritten : d)),
    },
    roots,
  }
}

/** The engagement row id of a global id (`base64("Engagement:<id>")`). */
const rowIdOf = (globalId: string) => {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8')
  return decoded.startsWith('Engagement:') ? decoded.slice('Engagement:'.length) : null
}

/** Puts each root's compiled lists back into the executor's answer, in response order. */
async function spliceCompiled(
  result: ExecutionResult,
  plan: CompiledPlan,
  ctx: ApiContext,
): Promise<ExecutionResult> {
  const data = result.data as Record<string, unknown> | null | undefined
  if (!data) return result
  await Promise.all(
    plan.roots.map(async (root) => {
      const engagement = data[root.responseKey] as Record<string, unknown> | null | undefined
      if (!engagement || typeof engagement[ID_KEY] !== 'string') return
      const id = rowIdOf(engagement[ID_KEY])
      const organizationId = id ? await ctx.loaders.engagementOrganization.load(id) : null
      // The executor found the engagement on the tenant-guarded client, so it is there.
      if (!id || !organizationId) throw new Error('compiled reads: the engagement vanished')
      const [row] = await ctx.db.prisma.$queryRawUnsafe<{ data: string }[]>(
        root.sql,
        id,
        organizationId,
      )
      if (!row) throw new Error('compiled reads: the engagement vanished')
      const compiled = JSON.parse(row.data) as Record<string, unknown>
      const answer: Record<string, unknown> = {}
      for (const key of root.keys) answer[key] = key in compiled ? compiled[key] : engagement[key]
      data[root.responseKey] = answer
    }),
  )
  return result
}

/** Options of {@link useCompiledReads}. */
export interface CompiledReadsOptions {
  /** Off: every worksheet list goes through the executor (the comparison in the tests). */
  enabled: boolean
}

/** The envelop plugin: compiles the worksheet lists of `engagement(id)` queries on PostgreSQL. */
export function useCompiledReads(options: CompiledReadsOptions): Plugin {
  // Plans per parsed document (Yoga's parser cache hands out the same object for the same text).
  const plans = new WeakMap<DocumentNode, Map<string, CompiledPlan | null>>()
  const planFor = (schema: GraphQLSchema, document: DocumentNode, name?: string | null) => {
    let byName = plans.get(document)
    if (!byName) {
      byName = new Map()
      plans.set(document, byName)
    }
    const key = name ?? ''
    if (!byName.has(key)) byName.set(key, planCompiledReads(schema, document, name))
    return byName.get(key) ?? null
  }
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      // Yoga types plugins with its initial context; ours is built by `createContext`.
      const ctx = args.contextValue as unknown as ApiContext
      if (!options.enabled || ctx.db.engine !== 'postgresql') return
      const plan = planFor(args.schema, args.document, args.operationName)
      if (!plan) return
      setExecuteFn(async (executeArgs) => {
        const result = await executeFn({ ...executeArgs, document: plan.document })
        if (Symbol.asyncIterator in Object(result)) return result
        return spliceCompiled(result as ExecutionResult, plan, ctx)
      })
    },
  }
}
