/**
 * The compiled read path (issue #18, docs/performance.md "Compiled reads"): on PostgreSQL, the
 * parts of `engagement(id)` queries that `COMPILED_TYPES` declares are answered by one statement that builds their JSON, the way PostGraphile and Hasura answer nested
 * lists, instead of Prisma mapping rows and graphql-js completing each field.
 *
 * The executor still runs the root fields, so authentication, the tenant-guarded lookup and the
 * engagement's type scopes are unchanged; the compiled statement reads only the engagement it
 * returned, within its organization. Rows of an engagement are visible to exactly who
 * sees the engagement (`engagementChildScopes`), and no compiled field has field-level scopes (the
 * test refuses one), so the answer is the executor's byte for byte: `tests/compiled-reads.test.ts`
 * compares the two on every declared field, for every role.
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
import type { Fragments } from './collect-fields.js'
import { planEngagement } from './plan-engagement.js'
import type { PlannedRoot } from './planned-root.js'

/**
 * The root fields the compiled path knows, with their planner. The portfolio (`engagements`) was
 * tried and left out: its page read and per-row type scopes, not the rows' fields, are its cost
 * (docs/performance.md).
 */
const PLANNERS: Readonly<
  Record<string, (schema: GraphQLSchema, field: FieldNode, f: Fragments) => PlannedRoot | null>
> = {
  engagement: planEngagement,
}

/** What an operation runs: the document without the compiled parts, and how to add them back. */
interface CompiledPlan {
  document: DocumentNode
  roots: PlannedRoot[]
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
  const roots: PlannedRoot[] = []
  const replaced = new Map<FieldNode, FieldNode>()
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue
    const planned = PLANNERS[selection.name.value]?.(schema, selection, fragments)
    if (!planned) continue
    roots.push(planned)
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

/** Completes each planned root of the executor's answer. */
async function completeCompiled(
  result: ExecutionResult,
  plan: CompiledPlan,
  ctx: ApiContext,
): Promise<ExecutionResult> {
  const data = result.data as Record<string, unknown> | null | undefined
  if (!data) return result
  await Promise.all(
    plan.roots.map(async (root) => {
      data[root.responseKey] = await root.complete(data[root.responseKey], ctx)
    }),
  )
  return result
}

/** Options of {@link useCompiledReads}. */
export interface CompiledReadsOptions {
  /** Off: the executor answers everything (the comparison in the tests). */
  enabled: boolean
}

/** The envelop plugin: compiles what it can of `engagement(id)` queries on PostgreSQL. */
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
        return completeCompiled(result as ExecutionResult, plan, ctx)
      })
    },
  }
}
