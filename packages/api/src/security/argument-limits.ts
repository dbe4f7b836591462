/**
 * Limits on what a request's arguments and variables hold, which graphql-armor's limits (they read
 * the query text only) cannot see: one `nodes(ids: $ids)` with 58,000 ids in the variables is a
 * short document. Checked after validation and before execution, on the operation that runs:
 * - every list argument holds at most `maxListArgumentLength` items (inline or from a variable),
 *   and so does every list inside an input object (a mutation's `input:`, #17); `nodes(ids)` at
 *   most `maxNodeIds`;
 * - a list argument multiplies the cost of the field's selection: `nodes(ids)` costs its
 *   selection's cost once per id, and the sum must stay within `maxCost`.
 *
 * @packageDocumentation
 */
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  getOperationAST,
  isInputObjectType,
  isListType,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  type ValueNode,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'

/** Options of {@link useArgumentLimits}. */
export interface ArgumentLimitOptions {
  /** Items of any list argument. */
  maxListArgumentLength: number
  /** Ids of one `nodes(ids)` field. */
  maxNodeIds: number
  /** The cost budget of one operation (the same as graphql-armor's). */
  maxCost: number
}

/** Fields whose selection runs once per item of their list argument. */
const PER_ITEM_FIELDS = new Map([['Query.nodes', 'ids']])

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', http: { status: 400 } } })

/** Items a list argument holds: an inline list, or the variable's value (1 for a single value). */
function listLength(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.LIST) return value.values.length
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value]
    return Array.isArray(given) ? given.length : given === undefined || given === null ? 0 : 1
  }
  return value.kind === Kind.NULL ? 0 : 1
}

/**
 * The first list inside an input object value (fields of input objects, at any depth) holding
 * more than `max` items, as `[path, length]`; null when none does.
 */
function oversizedNestedList(
  type: GraphQLInputType,
  value: unknown,
  path: string,
  max: number,
): [string, number] | null {
  const nullable = getNullableType(type)
  if (value === null || value === undefined) return null
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return oversizedNestedList(nullable.ofType, value, path, max)
    if (value.length > max) return [path, value.length]
    for (const item of value) {
      const found = oversizedNestedList(nullable.ofType, item, path, max)
      if (found) return found
    }
    return null
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return null
  for (const field of Object.values(nullable.getFields())) {
    const found = oversizedNestedList(
      field.type,
      (value as Record<string, unknown>)[field.name],
      `${path}.${field.name}`,
      max,
    )
    if (found) return found
  }
  return null
}

/**
 * The cost of a selection by graphql-armor's rule (1 per leaf, 2 per object, nested selections
 * ×1.5), fragments expanded. Only used to price per-item fields, so an approximation of armor's
 * own figure on the same selection is enough.
 */
function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): number {
  if (!selectionSet) return 1
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += selection.selectionSet
        ? 2 + 1.5 * selectionCost(selection.selectionSet, fragments, seen)
        : 1
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(selection.selectionSet, fragments, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || seen.has(name)) continue
      cost += selectionCost(fragment.selectionSet, fragments, new Set([...seen, name]))
    }
  }
  return cost
}

/**
 * Checks one operation's list arguments against the limits; returns the first violation's
 * message, or null.
 */
export function checkArgumentLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: ArgumentLimitOptions,
): string | null {
  const operation = getOperationAST(document, operationName)
  if (!operation) return null
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const typeInfo = new TypeInfo(schema)
  let violation: string | null = null
  let perItemCost = 0
  const checkField = (field: FieldNode, parentType: string) => {
    const coordinate = `${parentType}.${field.name.value}`
    const fieldDefinition = typeInfo.getFieldDef()
    for (const argument of field.arguments ?? []) {
      const definition = fieldDefinition?.args.find((arg) => arg.name === argument.name.value)
      if (definition && isInputObjectType(getNullableType(definition.type))) {
        const value = valueFromAST(argument.value, definition.type, variables)
        const found = oversizedNestedList(
          definition.type,
          value,
          argument.name.value,
          options.maxListArgumentLength,
        )
        if (found) {
          violation = `List argument limit exceeded: \`${coordinate}(${found[0]})\` holds ${found[1]} items, at most ${options.maxListArgumentLength} are allowed.`
          return
        }
        continue
      }
      if (!definition || !isListType(getNullableType(definition.type))) continue
      const length = listLength(argument.value, variables)
      const perItem = PER_ITEM_FIELDS.get(coordinate) === argument.name.value
      const max = perItem ? options.maxNodeIds : options.maxListArgumentLength
      if (length > max) {
        violation = `List argument limit exceeded: \`${coordinate}(${argument.name.value})\` holds ${length} items, at most ${max} are allowed.`
        return
      }
      if (perItem) perItemCost += length * selectionCost(field.selectionSet, fragments)
    }
  }
  // Fragments are walked where they are used (through the operation), and also on their own so
  // that a list argument inside a fragment is seen once however often it is spread.
  const walk = (node: DocumentNode | FragmentDefinitionNode | typeof operation) =>
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType()
          if (parent && !violation) checkField(field, parent.name)
        },
      }),
    )
  walk(operation)
  for (const fragment of fragments.values()) walk(fragment)
  if (violation) return violation
  if (perItemCost > options.maxCost) {
    return `Query Cost limit of ${options.maxCost} exceeded, found ${Math.ceil(perItemCost)} (\`nodes\` costs its selection once per id).`
  }
  return null
}

/**
 * Runs {@link checkArgumentLimits} on an operation about to run; returns the result that refuses it,
 * or null when it is within the limits.
 */
function refuseOverLimits(
  args: ExecutionArgs,
  options: ArgumentLimitOptions,
): ExecutionResult | null {
  const message = checkArgumentLimits(
    args.schema,
    args.document,
    args.operationName,
    (args.variableValues ?? {}) as Record<string, unknown>,
    options,
  )
  return message ? { errors: [limitError(message)] } : null
}

/** Envelop plugin applying {@link checkArgumentLimits} to every operation before it runs. */
export function useArgumentLimits(options: ArgumentLimitOptions): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = refuseOverLimits(args, options)
      if (refusal) setResultAndStopExecution(refusal)
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = refuseOverLimits(args, options)
      if (refusal) setResultAndStopExecution(refusal)
    },
  }
}
