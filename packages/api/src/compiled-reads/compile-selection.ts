/**
 * Compiles a worksheet selection to one PostgreSQL expression that builds its JSON answer
 * (`json_build_object` / `json_agg`), the way PostGraphile and Hasura answer nested lists: the
 * database builds the response, Node neither maps rows through Prisma nor completes each field
 * through graphql-js. Only what `COMPILED_TYPES` declares is compiled; any other field, argument,
 * directive or fragment makes the compiler answer null, and the selection is resolved as usual.
 *
 * @packageDocumentation
 */
import {
  type FieldNode,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isObjectType,
} from 'graphql'
import { collectFields, type Fragments } from './collect-fields.js'
import { COMPILED_TYPES, type CompiledField } from './compiled-types.js'
import { enumNameSql, globalIdSql, isoDateSql, literal } from './sql-values.js'

/** PostgreSQL's `json_build_object` takes at most 100 arguments: 50 keys. */
const MAX_KEYS = 50

/** What compiling one selection needs: the schema, the fragments, fresh table aliases. */
export interface CompileScope {
  schema: GraphQLSchema
  fragments: Fragments
  nextAlias(): string
}

/** A new scope whose aliases are `t1`, `t2`, … */
export function createCompileScope(schema: GraphQLSchema, fragments: Fragments): CompileScope {
  let aliases = 0
  return {
    schema,
    fragments,
    nextAlias: () => {
      aliases += 1
      return `t${aliases}`
    },
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A quoted identifier; declarations are constants, the check keeps them from ever injecting. */
function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`compiled reads: not an identifier: ${name}`)
  return `"${name}"`
}

function fieldOf(
  scope: CompileScope,
  typeName: string,
  name: string,
): GraphQLField<unknown, unknown> {
  const type = scope.schema.getType(typeName)
  const field = isObjectType(type) ? type.getFields()[name] : undefined
  if (!field) throw new Error(`compiled reads: ${typeName}.${name} is not in the schema`)
  return field
}

function enumOf(scope: CompileScope, typeName: string, name: string): GraphQLEnumType {
  const type: GraphQLNamedType = getNamedType(fieldOf(scope, typeName, name).type)
  if (!isEnumType(type)) throw new Error(`compiled reads: ${typeName}.${name} is not an enum`)
  return type
}

const orderList = (alias: string, columns: string[]) =>
  columns.map((c) => `${alias}.${ident(c)}`).join(', ')

/**
 * The JSON object a selection of `typeName` answers for the row `alias`, or null when the
 * selection is not fully compilable.
 */
export function compileObject(
  scope: CompileScope,
  typeName: string,
  alias: string,
  field: FieldNode,
): string | null {
  const declared = COMPILED_TYPES[typeName]
  if (!declared || !field.selectionSet) return null
  const fields = collectFields(field.selectionSet, typeName, scope.fragments)
  if (!fields || fields.length > MAX_KEYS) return null
  const parts: string[] = []
  for (const { responseKey, node } of fields) {
    const name = node.name.value
    if (name === '__typename') {
      parts.push(literal(responseKey), literal(typeName))
      continue
    }
    const compiled = declared.fields[name]
    if (!compiled || node.arguments?.length) return null
    const expression = compileField(scope, typeName, alias, compiled, node)
    if (expression === null) return null
    parts.push(literal(responseKey), expression)
  }
  return `json_build_object(${parts.join(', ')})`
}

/** The expression of one declared field of the row `alias` of `typeName`. */
export function compileField(
  scope: CompileScope,
  typeName: string,
  alias: string,
  compiled: CompiledField,
  node: FieldNode,
): string | null {
  const name = node.name.value
  switch (compiled.kind) {
    case 'id':
      return globalIdSql(typeName, alias)
    case 'column':
      return `${alias}.${ident(compiled.column)}`
    case 'date':
      return isoDateSql(`${alias}.${ident(compiled.column)}`)
    case 'enum':
      return enumNameSql(enumOf(scope, typeName, name), `${alias}.${ident(compiled.column)}`)
    case 'enum-list': {
      const enumType = enumOf(scope, typeName, name)
      const values = enumType.getValues().map((v) => literal(String(v.value)))
      const source = `${alias}.${ident(compiled.column)}`
      return `(SELECT coalesce(json_agg(${enumNameSql(enumType, 'f.v')} ORDER BY f.o), '[]'::json) FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(${source}) = 'array' THEN ${source} ELSE '[]'::jsonb END) WITH ORDINALITY AS f(v, o) WHERE f.v IN (${values.join(', ')}))`
    }
    case 'values': {
      const child = scope.nextAlias()
      return `(SELECT coalesce(json_agg(${child}.${ident(compiled.column)} ORDER BY ${orderList(child, compiled.orderBy)}), '[]'::json) FROM ${ident(compiled.table)} ${child} WHERE ${child}.${ident(compiled.foreignKey)} = ${alias}."id")`
    }
    case 'rows': {
      const child = scope.nextAlias()
      const object = compileObject(scope, compiled.type, child, node)
      if (object === null) return null
      const table = ident(tableOf(compiled.type))
      return `(SELECT coalesce(json_agg(${object} ORDER BY ${orderList(child, compiled.orderBy)}), '[]'::json) FROM ${table} ${child} WHERE ${child}.${ident(compiled.foreignKey)} = ${alias}."id")`
    }
    case 'row': {
      const child = scope.nextAlias()
      const object = compileObject(scope, compiled.type, child, node)
      if (object === null) return null
      const sameOrganization = compiled.sameOrganization
        ? ` AND ${child}."organizationId" = ${alias}."organizationId"`
        : ''
      return `(SELECT ${object} FROM ${ident(tableOf(compiled.type))} ${child} WHERE ${child}."id" = ${alias}.${ident(compiled.column)}${sameOrganization})`
    }
    case 'connection':
      return compileConnection(scope, typeName, alias, compiled, node)
  }
}

function tableOf(typeName: string): string {
  const declared = COMPILED_TYPES[typeName]
  if (!declared) throw new Error(`compiled reads: ${typeName} is not declared`)
  return declared.table
}

/** `totalCount` and `edges { node }` of a connection over `compiled.type`'s table. */
function compileConnection(
  scope: CompileScope,
  parentType: string,
  alias: string,
  compiled: Extract<CompiledField, { kind: 'connection' }>,
  node: FieldNode,
): string | null {
  if (!node.selectionSet) return null
  const connectionType = getNamedType(fieldOf(scope, parentType, node.name.value).type).name
  const fields = collectFields(node.selectionSet, connectionType, scope.fragments)
  if (!fields) return null
  const table = ident(tableOf(compiled.type))
  const rowsOfParent = (rows: string) =>
    `FROM ${table} ${rows} WHERE ${rows}.${ident(compiled.foreignKey)} = ${alias}."id"`
  const parts: string[] = []
  for (const { responseKey, node: field } of fields) {
    const name = field.name.value
    if (field.arguments?.length) return null
    if (name === '__typename') {
      parts.push(literal(responseKey), literal(connectionType))
    } else if (name === 'totalCount') {
      const rows = scope.nextAlias()
      parts.push(literal(responseKey), `(SELECT count(*) ${rowsOfParent(rows)})`)
    } else if (name === 'edges') {
      const edges = compileEdges(scope, connectionType, compiled, field, rowsOfParent)
      if (edges === null) return null
      parts.push(literal(responseKey), edges)
    } else {
      // pageInfo and cursors stay with the executor.
      return null
    }
  }
  return `json_build_object(${parts.join(', ')})`
}

function compileEdges(
  scope: CompileScope,
  connectionType: string,
  compiled: Extract<CompiledField, { kind: 'connection' }>,
  field: FieldNode,
  rowsOfParent: (rows: string) => string,
): string | null {
  if (!field.selectionSet) return null
  const edgeType = getNamedType(fieldOf(scope, connectionType, 'edges').type).name
  const fields = collectFields(field.selectionSet, edgeType, scope.fragments)
  if (!fields) return null
  const page = scope.nextAlias()
  const row = scope.nextAlias()
  const parts: string[] = []
  for (const { responseKey, node } of fields) {
    const name = node.name.value
    if (name === '__typename') {
      parts.push(literal(responseKey), literal(edgeType))
    } else if (name === 'node') {
      const object = compileObject(scope, compiled.type, row, node)
      if (object === null) return null
      parts.push(literal(responseKey), object)
    } else {
      return null
    }
  }
  const firstPage = `(SELECT * ${rowsOfParent(page)} ORDER BY ${orderList(page, compiled.orderBy)} LIMIT ${compiled.defaultSize})`
  return `(SELECT coalesce(json_agg(json_build_object(${parts.join(', ')}) ORDER BY ${orderList(row, compiled.orderBy)}), '[]'::json) FROM ${firstPage} ${row})`
}
