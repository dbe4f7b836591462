/**
 * One convention for every mutation (#17, docs/api.md "Mutation convention"), checked on the
 * committed `schema.graphql`:
 *
 * - exactly one argument, `input:`, a required input object (`logout`, which needs nothing, takes
 *   none);
 * - the answer is a payload object, or a result union whose success member is a payload object;
 * - a `version` input field is always `Int!` (the optimistic-concurrency guard is never optional),
 *   and a mutation that starts, completes, skips, updates, removes, marks or sets one object of a
 *   versioned type (a type with `version: Int!`) requires it;
 * - a mutation that updates, removes, deletes or marks one object with an id names it `id` (never
 *   `<type>Id`, which names other objects: the parent a creation goes into, a related object);
 *   objects without an id of their own (a team seat, an interview participant) are named by the
 *   ids of the objects they link (`engagementId` + `userId`).
 */
import { readFileSync } from 'node:fs'
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLOutputType,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql'
import { describe, expect, it } from 'vitest'

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'))
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {})

/** Mutations that take no argument at all: there is nothing to say. */
const WITHOUT_INPUT = new Set(['logout'])

const ACTS_ON_ONE = /^(update|remove|delete|mark)([A-Z]\w*)$/
const CHANGES_ONE = /^(start|complete|skip|update|remove|mark|set)([A-Z]\w*)$/

function inputOf(mutation: GraphQLField<unknown, unknown>): GraphQLInputObjectType | undefined {
  const arg = mutation.args[0]
  if (!arg || !isNonNullType(arg.type) || !isInputObjectType(arg.type.ofType)) return undefined
  return arg.type.ofType
}

function isPayload(type: GraphQLOutputType): boolean {
  const named = getNamedType(type)
  if (isObjectType(named)) return named.name.endsWith('Payload')
  if (isUnionType(named)) return named.getTypes().some((member) => member.name.endsWith('Payload'))
  return false
}

/** The longest type name that starts the rest of a mutation's name, e.g. `markDocumentReceived` → `Document`. */
function targetType(rest: string) {
  let best: string | undefined
  for (const name of Object.keys(schema.getTypeMap())) {
    if (isObjectType(schema.getType(name)) && rest.startsWith(name)) {
      if (!best || name.length > best.length) best = name
    }
  }
  const type = best ? schema.getType(best) : undefined
  return isObjectType(type) ? type : undefined
}

function isVersioned(name: string | undefined): boolean {
  const type = name ? schema.getType(name) : undefined
  return isObjectType(type) && String(type.getFields().version?.type) === 'Int!'
}

describe('mutation convention', () => {
  it('has mutations to check', () => {
    expect(mutations.length).toBeGreaterThan(50)
  })

  it('gives every mutation exactly one required `input:` object argument', () => {
    const offenders = mutations
      .filter((m) => !WITHOUT_INPUT.has(m.name))
      .filter((m) => m.args.length !== 1 || m.args[0]?.name !== 'input' || !inputOf(m))
      .map((m) => `${m.name}(${m.args.map((a) => `${a.name}: ${a.type}`).join(', ')})`)
    expect(offenders).toEqual([])
    for (const name of WITHOUT_INPUT)
      expect(schema.getMutationType()?.getFields()[name]?.args).toEqual([])
  })

  it('answers every mutation with a payload', () => {
    const offenders = mutations.filter((m) => !isPayload(m.type)).map((m) => `${m.name}: ${m.type}`)
    expect(offenders).toEqual([])
  })

  it('never makes `version` optional', () => {
    const offenders = mutations.flatMap((m) => {
      const version = inputOf(m)?.getFields().version
      return version && String(version.type) !== 'Int!'
        ? [`${m.name}: version ${version.type}`]
        : []
    })
    expect(offenders).toEqual([])
  })

  it('requires `version` wherever the mutation changes one versioned object', () => {
    const checked: string[] = []
    const offenders = mutations.flatMap((m) => {
      const rest = CHANGES_ONE.exec(m.name)?.[2]
      const target = rest ? targetType(rest) : undefined
      if (!target || !isVersioned(target.name)) return []
      checked.push(m.name)
      return inputOf(m)?.getFields().version ? [] : [`${m.name} changes a ${target.name}`]
    })
    expect(offenders).toEqual([])
    // The rule is not vacuous: these change versioned objects.
    expect(checked).toEqual(
      expect.arrayContaining([
        'startActivity',
        'completeActivity',
        'updateEngagement',
        'removeDocument',
        'markDocumentReviewed',
        'updateImprovement',
        'removeChecklistItem',
      ]),
    )
  })

  it('names the object a mutation updates, removes or marks `id`', () => {
    const offenders = mutations.flatMap((m) => {
      const rest = ACTS_ON_ONE.exec(m.name)?.[2]
      const target = rest ? targetType(rest) : undefined
      const input = inputOf(m)
      if (!target || !input || !target.getFields().id) return []
      const fields = input.getFields()
      const ownIdName = `${target.name[0]?.toLowerCase()}${target.name.slice(1)}Id`
      if (String(fields.id?.type) !== 'ID!') return [`${m.name} has no \`id: ID!\``]
      return fields[ownIdName] ? [`${m.name} names its ${target.name} \`${ownIdName}\``] : []
    })
    expect(offenders).toEqual([])
  })
})
