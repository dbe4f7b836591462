/**
 * Fills in the descriptions of the public schema that the Pothos definitions do not give (#17):
 * first from the catalogues (`Type` or `Type.field` keys), then from rules for fields that mean
 * the same everywhere (`version`, `createdAt`, a connection's `totalCount`, a payload's
 * `engagement`). A description written on the Pothos definition always wins. A catalogue key that
 * names no type or field of the schema throws, so a rename cannot leave a stale entry behind.
 *
 * @packageDocumentation
 */
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql'

/** Descriptions by `Type` or `Type.field`. */
export type DescriptionCatalogue = Readonly<Record<string, string>>

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField

/** The description a field gets from its name and owner when neither Pothos nor a catalogue gives one. */
function describeByRule(owner: GraphQLNamedType, field: AnyField): string | undefined {
  const input = isInputObjectType(owner)
  const target = getNamedType(field.type).name
  switch (field.name) {
    case 'totalCount':
      return owner.name.endsWith('Connection')
        ? 'Number of items in the whole list across all pages (not only this page). Costs one count query: select it only when you show it.'
        : undefined
    case 'engagement':
      return owner.name.endsWith('Payload') && target === 'Engagement'
        ? 'The engagement after the change, with its new `version`, `state` and derived fields: refresh a client cache from it.'
        : undefined
    case 'version':
      return input
        ? 'The `version` of the object as you last read it; a stale one answers ConflictError (with the current value) and changes nothing.'
        : 'Optimistic-concurrency version, incremented by every change: pass it back as `version` to the next mutation that changes this object.'
    case 'createdAt':
      return 'When the object was created (ISO 8601, UTC).'
    case 'updatedAt':
      return 'When the object last changed (ISO 8601, UTC).'
    case 'provenance':
      return 'Where this content comes from: READ in a source, INFERRED from one, or a DESIGN proposal of the platform.'
    case 'driverId':
      return input
        ? 'Code of the driver in the engagement’s method: `D1`…`D10`, or a code added by tailoring.'
        : 'Code of the driver in the method: `D1`…`D10`, or a code added by tailoring (`Driver.code`).'
    case 'id':
      return input ? 'Global id of the object the mutation acts on.' : undefined
    case 'engagementId':
      return input ? 'Global id of the engagement.' : 'Global id of the engagement concerned.'
    case 'organizationId':
      return input ? 'Global id of the organization.' : undefined
    case 'organization':
      return target === 'Organization' ? 'The organization it belongs to.' : undefined
    default:
      return undefined
  }
}

function fieldsOf(type: GraphQLNamedType): Record<string, AnyField> {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    return type.getFields()
  return {}
}

/**
 * Sets the missing descriptions of `schema`'s types and fields, in place, from `catalogues` and the
 * naming rules. Returns the schema for chaining.
 */
export function applyDescriptions(
  schema: GraphQLSchema,
  catalogues: readonly DescriptionCatalogue[],
): GraphQLSchema {
  const catalogue: Record<string, string> = Object.assign({}, ...catalogues)
  for (const key of Object.keys(catalogue)) {
    const [typeName, fieldName] = key.split('.')
    const type = typeName ? schema.getType(typeName) : undefined
    if (!type || (fieldName !== undefined && !fieldsOf(type)[fieldName]))
      throw new Error(`Schema description catalogue names ${key}, which the schema does not have.`)
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue
    type.description ??= catalogue[type.name]
    for (const field of Object.values(fieldsOf(type))) {
      field.description ??= catalogue[`${type.name}.${field.name}`] ?? describeByRule(type, field)
    }
  }
  return schema
}
