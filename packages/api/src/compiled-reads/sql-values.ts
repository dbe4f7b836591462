/**
 * PostgreSQL expressions that write a stored value the way the GraphQL schema answers it: Relay
 * global ids, ISO dates as `Date#toISOString()` writes them, enum names for stored enum values.
 * Shared by the compiled reads and the PostgreSQL export (`exports/portfolio-lines-postgres.ts`),
 * so both answer byte for byte what the executor answers.
 *
 * @packageDocumentation
 */
import type { GraphQLEnumType } from 'graphql'

/** A SQL string literal. */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`

const ISO_FORMAT = literal('YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')

/** The Relay global id of the row `alias` of `typeName` (`encodeGlobalID`). */
export function globalIdSql(typeName: string, alias: string): string {
  // PostgreSQL breaks base64 lines at 76 characters; a global id is one line.
  return `translate(encode(convert_to(${literal(`${typeName}:`)} || ${alias}."id", 'UTF8'), 'base64'), E'\\n', '')`
}

/** A stored timestamp (UTC, no zone) as `toISOString()` writes it; null stays null. */
export function isoDateSql(value: string): string {
  return `to_char(${value}, ${ISO_FORMAT})`
}

/**
 * Internal value → name of every value of the enum. A stored value outside the enum fails the
 * statement (a cast error), as graphql-js fails a field whose enum cannot represent its value.
 */
export function enumNameSql(enumType: GraphQLEnumType, value: string): string {
  const branches = enumType
    .getValues()
    .map((v) => `WHEN ${literal(String(v.value))} THEN ${literal(v.name)}`)
  const unknown = `CAST(${literal(`not a value of ${enumType.name}: `)} || ${value} AS integer)::text`
  return `CASE WHEN ${value} IS NULL THEN NULL ELSE CASE ${value} ${branches.join(' ')} ELSE ${unknown} END END`
}

/**
 * The enum name of a stored value as JSON text (`"HIGH"`, or `null`): names are GraphQL names,
 * which need no escaping, so no `to_json` per row. Fails on unknown values as {@link enumNameSql}.
 */
export function enumJsonSql(enumType: GraphQLEnumType, value: string): string {
  const branches = enumType
    .getValues()
    .map((v) => `WHEN ${literal(String(v.value))} THEN ${literal(JSON.stringify(v.name))}`)
  const unknown = `CAST(${literal(`not a value of ${enumType.name}: `)} || ${value} AS integer)::text`
  return `CASE WHEN ${value} IS NULL THEN 'null' ELSE CASE ${value} ${branches.join(' ')} ELSE ${unknown} END END`
}
