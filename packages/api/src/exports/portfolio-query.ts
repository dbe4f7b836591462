/**
 * The query string of the portfolio export (`GET /exports/engagements.<format>`), read into the
 * same filter and order the `engagements` connection takes. Parameter names are the connection's
 * argument names (`organizationId`, `state`, `band`, `threshold`, `search`, `updatedAfter`,
 * `orderBy`, `direction`) and values are what GraphQL accepts (Relay ids, enum names), so a
 * script can move between the two without translating anything.
 *
 * @packageDocumentation
 */
import { decodeGlobalID } from '@pothos/plugin-relay'
import { type GraphQLEnumType, isEnumType } from 'graphql'
import { schema } from '../schema/index.js'
import {
  PortfolioFieldsError,
  type PortfolioSelection,
  selectPortfolioColumns,
} from './portfolio-fields.js'
import type {
  PortfolioFilter,
  PortfolioOrder,
  PortfolioOrderField,
  PortfolioQuery,
} from './portfolio-types.js'

/** A query-string parameter the export refuses: answered with HTTP 400 naming it. */
export class ExportParameterError extends Error {
  override name = 'ExportParameterError'
  /** The offending parameter, as sent. */
  readonly parameter: string

  constructor(parameter: string, message: string) {
    super(message)
    this.parameter = parameter
  }
}

export type {
  PortfolioFilter,
  PortfolioOrder,
  PortfolioOrderField,
  PortfolioQuery,
} from './portfolio-types.js'

const LIST_PARAMETERS = { state: 'EngagementState', band: 'Band', threshold: 'Band' } as const
const SINGLE_PARAMETERS = ['organizationId', 'search', 'updatedAfter', 'orderBy', 'direction']
/** Parameters that select what each row holds rather than which rows. */
const SELECTION_PARAMETERS = ['fields']
/** Every parameter the export understands; anything else is a typo worth a 400. */
export const PORTFOLIO_QUERY_PARAMETERS: readonly string[] = [
  ...SINGLE_PARAMETERS,
  ...Object.keys(LIST_PARAMETERS),
  ...SELECTION_PARAMETERS,
]

/** An enum of the GraphQL schema: the one mapping between enum names and stored values. */
export function schemaEnum(name: string): GraphQLEnumType {
  const type = schema.getType(name)
  if (!isEnumType(type)) throw new Error(`The GraphQL schema has no enum ${name}.`)
  return type
}

/** The stored value of an enum name, or an {@link ExportParameterError}. */
function enumValue(parameter: string, typeName: string, name: string): string {
  const type = schemaEnum(typeName)
  const value = type.getValue(name)?.value as string | undefined
  if (value === undefined) {
    const names = type.getValues().map((entry) => entry.name)
    throw new ExportParameterError(
      parameter,
      `${parameter} must be one of ${names.join(', ')}; got "${name}".`,
    )
  }
  return value
}

/** `?state=A&state=B` and `?state=A,B` both give `[A, B]`. */
function listOf(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0)
}

function singleOf(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name)
  if (values.length > 1) throw new ExportParameterError(name, `${name} may be given once.`)
  return values[0]
}

function parseOrganizationId(value: string): string {
  let decoded: { typename: string; id: string }
  try {
    decoded = decodeGlobalID(value)
  } catch {
    decoded = { typename: '', id: '' }
  }
  if (decoded.typename !== 'Organization' || !decoded.id) {
    throw new ExportParameterError(
      'organizationId',
      'organizationId must be the global id of an organization (as `organizations { id }` returns).',
    )
  }
  return decoded.id
}

function parseSearch(value: string): string {
  // The connection's `search` is `z.string().trim().min(1).max(200)`.
  const text = value.trim()
  if (text.length < 1 || text.length > 200) {
    throw new ExportParameterError('search', 'search must be 1 to 200 characters.')
  }
  return text
}

function parseDate(value: string): Date {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new ExportParameterError(
      'updatedAfter',
      'updatedAfter must be an ISO 8601 instant, e.g. 2026-03-01T09:00:00Z.',
    )
  }
  return date
}

/** Reads and checks the query string; throws {@link ExportParameterError} on the first bad one. */
export function parsePortfolioQuery(params: URLSearchParams): PortfolioQuery {
  for (const name of new Set(params.keys())) {
    if (!PORTFOLIO_QUERY_PARAMETERS.includes(name)) {
      throw new ExportParameterError(
        name,
        `Unknown parameter ${name}: use ${PORTFOLIO_QUERY_PARAMETERS.join(', ')}.`,
      )
    }
  }
  const filter: PortfolioFilter = {}
  const organizationId = singleOf(params, 'organizationId')
  if (organizationId !== undefined) filter.organizationId = parseOrganizationId(organizationId)
  for (const [name, typeName] of Object.entries(LIST_PARAMETERS)) {
    const values = listOf(params, name).map((value) => enumValue(name, typeName, value))
    if (values.length > 0) filter[name as keyof typeof LIST_PARAMETERS] = values
  }
  const search = singleOf(params, 'search')
  if (search !== undefined) filter.search = parseSearch(search)
  const updatedAfter = singleOf(params, 'updatedAfter')
  if (updatedAfter !== undefined) filter.updatedAfter = parseDate(updatedAfter)
  const orderBy = singleOf(params, 'orderBy')
  const direction = singleOf(params, 'direction')
  const order: PortfolioOrder = {
    field: (orderBy === undefined
      ? 'updatedAt'
      : enumValue('orderBy', 'EngagementOrderField', orderBy)) as PortfolioOrderField,
    // As in `EngagementOrder`, the direction defaults to DESC.
    direction: (direction === undefined
      ? 'desc'
      : enumValue('direction', 'OrderDirection', direction)) as PortfolioOrder['direction'],
  }
  let selection: PortfolioSelection
  try {
    selection = selectPortfolioColumns(listOf(params, 'fields'))
  } catch (error) {
    if (!(error instanceof PortfolioFieldsError)) throw error
    throw new ExportParameterError('fields', error.message)
  }
  return { filter, order, selection }
}
