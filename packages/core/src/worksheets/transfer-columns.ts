/**
 * How a stored column travels in the engagement transfer document: its document schema (the
 * validation an import applies), how a stored value is written into the document, and how a
 * document value is stored again. A worksheet lists its columns once with these
 * (`worksheets/*.ts`); the transfer schema, the export, the import and the coverage check all
 * read that one list, so a column cannot be carried by one of them and dropped by another.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { cleanText } from '../free-text.js'

/**
 * One column's codec. `Stored` is what Prisma reads, `Input` what a create takes (a JSON column
 * reads `JsonValue` but takes `InputJsonValue`; a defaulted column takes `undefined`).
 */
export interface ColumnCodec<Schema extends z.ZodType, Stored, Input = Stored> {
  schema: Schema
  // Methods, not function properties: their bivariant parameters let every codec be listed in
  // one `Columns` record while each keeps its own types.
  toDocument(value: Stored): z.output<Schema>
  toStored(value: z.output<Schema>): Input
}

/** A codec whose document value is the stored value. */
function same<Schema extends z.ZodType>(
  schema: Schema,
): ColumnCodec<Schema, z.output<Schema>, z.output<Schema>> {
  return { schema, toDocument: (value) => value, toStored: (value) => value }
}

/**
 * What a JSON column takes, written out here because core does not depend on Prisma; it is the
 * shape of Prisma's `InputJsonValue`, so a create accepts it as it is.
 */
export type JsonInput = string | number | boolean | JsonInputObject | JsonInputArray
/** A JSON object a JSON column takes. */
export interface JsonInputObject {
  readonly [key: string]: JsonInput | null | undefined
}
/** A JSON array a JSON column takes. */
export interface JsonInputArray extends ReadonlyArray<JsonInput | null> {}

/**
 * Any JSON-serialisable value as a JSON column stores it: dates become ISO strings, `undefined`
 * members disappear, class instances become plain objects, so both engines return the same
 * document (as `@immd/db/json`'s `toJsonValue`).
 */
function toJsonInput(value: unknown): JsonInput {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonInput
}

const isoDate = z.iso.datetime({ offset: true })
/**
 * Positions and indexes are bounded by what a worksheet can hold, so a forged `-1e308` is a
 * typed error naming its path (zod refuses Infinity and NaN).
 */
export const MAX_POSITION = 100_000

/** A reference to another row: its index in that row's list of the document. */
export const listIndex = z.number().int().min(0).max(MAX_POSITION)

/** The column codecs worksheets are declared with. */
export const column = {
  /** Text as stored (no bounds: the document carries what the database holds). */
  text: () => same(z.string()),
  /** Text or null. */
  optionalText: () => same(z.string().nullable()),
  /** A name or title: no NUL, bidi controls stripped (`free-text.ts`), as the mutations. */
  name: () => same(cleanText),
  optionalName: () => same(cleanText.nullable()),
  boolean: () => same(z.boolean()),
  /** A list position. */
  ordinal: () => same(z.number().int().min(0).max(MAX_POSITION)),
  /** A total on the band scale every method uses (0-100, see `validateMethod`). */
  total: () => same(z.number().min(0).max(100)),
  /** One of `values`, stored as its text. */
  oneOf: <const Values extends readonly [string, ...string[]]>(values: Values) => {
    const schema = z.enum(values)
    return {
      schema,
      // The database column is free text guarded by the API's writes; a value outside the list
      // fails the document's own validation on import rather than here.
      toDocument: (value: string) => value as z.output<typeof schema>,
      toStored: (value: z.output<typeof schema>): string => value,
    } satisfies ColumnCodec<typeof schema, string>
  },
  /** A column with a schema of its own (a bounded number, a retired flag …), stored as it is. */
  as: <Schema extends z.ZodType>(schema: Schema) => same(schema),
  /** A date or null, as an ISO 8601 string. */
  date: () => {
    const schema = isoDate.nullable()
    return {
      schema,
      toDocument: (value: Date | null) => value?.toISOString() ?? null,
      toStored: (value: string | null) => (value === null ? null : new Date(value)),
    } satisfies ColumnCodec<typeof schema, Date | null>
  },
  /** A date that is always set. */
  requiredDate: () => ({
    schema: isoDate,
    toDocument: (value: Date) => value.toISOString(),
    toStored: (value: string) => new Date(value),
  }),
  /**
   * A date the database sets when a row is created (`createdAt`, `computedAt` …): carried because
   * it orders lists and dates the work; a document without it (null) lets the database set it.
   */
  defaultedDate: () => {
    const schema = isoDate.nullable()
    return {
      schema,
      toDocument: (value: Date) => value.toISOString(),
      toStored: (value: string | null) => (value === null ? undefined : new Date(value)),
    } satisfies ColumnCodec<typeof schema, Date, Date | undefined>
  },
  /** A JSON column; a missing value is stored as `fallback`. */
  json: (fallback: unknown = null) => {
    const schema = z.unknown()
    return {
      schema,
      toDocument: (value: unknown) => value,
      toStored: (value: unknown) => toJsonInput(value ?? fallback),
    } satisfies ColumnCodec<typeof schema, unknown, JsonInput>
  },
} as const

/**
 * A column that documents written before it existed may omit: optional in the document, stored
 * as `fallback` when absent.
 */
export function addedLater<Schema extends z.ZodType, Stored, Input>(
  codec: ColumnCodec<Schema, Stored, Input>,
  fallback: Input,
): ColumnCodec<z.ZodOptional<Schema>, Stored, Input> {
  return {
    schema: codec.schema.optional(),
    toDocument: codec.toDocument,
    toStored: (value) => (value === undefined ? fallback : codec.toStored(value)),
  }
}

// biome-ignore lint/suspicious/noExplicitAny: codecs differ in every type parameter
type AnyCodec = ColumnCodec<z.ZodType, any, any>

/** A worksheet's transferred columns, by column name. */
export type Columns = Readonly<Record<string, AnyCodec>>

/** The document row a set of columns writes. */
export type DocumentColumns<C extends Columns> = z.output<
  z.ZodObject<{ [K in keyof C]: C[K]['schema'] }>
>

/** The stored row a set of columns reads. */
export type StoredColumns<C extends Columns> = { [K in keyof C]: Parameters<C[K]['toDocument']>[0] }

/** What a set of columns gives a create. */
export type InputColumns<C extends Columns> = { [K in keyof C]: ReturnType<C[K]['toStored']> }

/** The zod shape of a set of columns, for `z.object`. */
export function columnShape<C extends Columns>(columns: C): { [K in keyof C]: C[K]['schema'] } {
  const shape: Record<string, z.ZodType> = {}
  for (const [name, codec] of Object.entries(columns)) shape[name] = codec.schema
  return shape as { [K in keyof C]: C[K]['schema'] }
}

/** Writes a stored row's columns into the document (other keys of the row are left out). */
export function writeColumns<C extends Columns>(
  columns: C,
  row: StoredColumns<C>,
): DocumentColumns<C> {
  const written: Record<string, unknown> = {}
  for (const [name, codec] of Object.entries(columns)) written[name] = codec.toDocument(row[name])
  return written as DocumentColumns<C>
}

/** Reads a document row's columns back into what a create takes (other keys are left out). */
export function readColumns<C extends Columns>(
  columns: C,
  row: DocumentColumns<C>,
): InputColumns<C> {
  const read: Record<string, unknown> = {}
  const values = row as Record<string, unknown>
  for (const [name, codec] of Object.entries(columns)) read[name] = codec.toStored(values[name])
  return read as InputColumns<C>
}

/** A Prisma `select` of exactly these columns. */
export function selectColumns<C extends Columns>(columns: C): { [K in keyof C]: true } {
  const select: Record<string, true> = {}
  for (const name of Object.keys(columns)) select[name] = true
  return select as { [K in keyof C]: true }
}
