/**
 * Typed data-layer errors. Repositories throw these instead of Prisma's or the drivers' errors, so
 * the API maps them to its error union without parsing messages, identically on both engines.
 *
 * @packageDocumentation
 */
import type { GatePrerequisite } from '@immd/core/lifecycle'

/** Base class: every data-layer error has a stable `code`. */
export abstract class DatabaseError extends Error {
  abstract readonly code: string
}

/** A unique constraint was violated, e.g. a second team with the same short name in one organization. */
export class UniqueConstraintError extends DatabaseError {
  readonly code = 'UNIQUE_CONSTRAINT'
  constructor(
    readonly model: string | null,
    /** The constrained fields (e.g. `['organizationId', 'shortName']`). */
    readonly fields: string[],
    options?: ErrorOptions,
  ) {
    super(`${model ?? 'Row'} with the same ${fields.join(' + ') || 'key'} already exists`, options)
  }
}

/** A row refers to a row that does not exist (or is still referred to when deleted). */
export class ForeignKeyError extends DatabaseError {
  readonly code = 'FOREIGN_KEY'
  constructor(
    readonly model: string | null,
    /** The referencing field when the engine tells (PostgreSQL does, SQLite does not). */
    readonly field: string | null,
    options?: ErrorOptions,
  ) {
    super(`${model ?? 'Row'} refers to a missing row${field ? ` (${field})` : ''}`, options)
  }
}

/** The row to read or change does not exist. */
export class NotFoundError extends DatabaseError {
  readonly code = 'NOT_FOUND'
  constructor(
    readonly model: string,
    readonly key: Record<string, unknown> | null = null,
    options?: ErrorOptions,
  ) {
    super(`${model} not found${key ? ` (${JSON.stringify(key)})` : ''}`, options)
  }
}

/**
 * Optimistic-concurrency conflict: the row changed since the caller read it. `current` is the row
 * as it is now, so the client can show what changed and retry on top of it.
 */
export class VersionConflictError<Row = unknown> extends DatabaseError {
  readonly code = 'VERSION_CONFLICT'
  constructor(
    readonly model: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly current: Row,
  ) {
    super(`${model} ${id} was changed by someone else (expected version ${expectedVersion})`)
  }
}

/** A value is outside a closed vocabulary (an answer, effect code, role …). */
export class InvalidValueError extends DatabaseError {
  readonly code = 'INVALID_VALUE'
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: readonly string[],
  ) {
    super(`${field} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`)
  }
}

/** An activity transition whose lifecycle gate is closed; `missing` lists every prerequisite. */
export class ActivityGateError extends DatabaseError {
  readonly code = 'ACTIVITY_GATE'
  constructor(
    readonly activityId: string,
    readonly transition: string,
    readonly missing: GatePrerequisite[],
  ) {
    super(`cannot ${transition} ${activityId}: ${missing.map((item) => item.message).join(' ')}`)
  }
}

/** Something tried to change or delete an audit event (the database refuses it too). */
export class AppendOnlyError extends DatabaseError {
  readonly code = 'APPEND_ONLY'
  constructor(options?: ErrorOptions) {
    super('audit events are append-only', options)
  }
}

interface KnownRequestError {
  code: string
  meta?: {
    modelName?: string
    driverAdapterError?: {
      cause?: {
        kind?: string
        originalMessage?: string
        constraint?: { fields?: string[]; index?: string; foreignKey?: unknown }
      }
    }
  }
}

/** Duck-typed: both generated clients share the runtime's class, but checking shape is enough. */
function isKnownRequestError(error: unknown): error is KnownRequestError & Error {
  return (
    error instanceof Error &&
    error.name === 'PrismaClientKnownRequestError' &&
    typeof (error as { code?: unknown }).code === 'string'
  )
}

/**
 * `Team_organizationId_shortName_key` → `['organizationId', 'shortName']` (Prisma's naming scheme;
 * PostgreSQL names the constraint, SQLite lists the fields instead).
 */
function fieldsFromIndexName(model: string | null, index: string): string[] {
  const withoutModel =
    model && index.startsWith(`${model}_`) ? index.slice(model.length + 1) : index
  return withoutModel
    .replace(/_(key|fkey|pkey)$/, '')
    .split('_')
    .filter(Boolean)
}

/**
 * Prisma reports a failed raw query (`$queryRaw`, `$executeRaw`) as P2010 with the driver adapter's
 * cause and no model name; these are the codes a generated query would have got for the same cause.
 */
const RAW_QUERY_CODES: Readonly<Record<string, string>> = {
  UniqueConstraintViolation: 'P2002',
  ForeignKeyConstraintViolation: 'P2003',
}

/**
 * Converts Prisma's known request errors (P2002 unique, P2003 foreign key, P2025 not found, the
 * audit trigger, and the same violations of raw queries) into typed errors; anything else is
 * returned unchanged. `rawModel` names the model of a raw query, whose error carries none.
 */
export function toDatabaseError(error: unknown, rawModel: string | null = null): unknown {
  if (!isKnownRequestError(error)) return error
  const model = error.meta?.modelName ?? rawModel
  const cause = error.meta?.driverAdapterError?.cause
  if (cause?.originalMessage?.includes('append-only')) return new AppendOnlyError({ cause: error })
  const constraint = cause?.constraint
  const code = error.code === 'P2010' ? (RAW_QUERY_CODES[cause?.kind ?? ''] ?? 'P2010') : error.code
  switch (code) {
    case 'P2002': {
      const fields =
        constraint?.fields ??
        (constraint?.index ? fieldsFromIndexName(model, constraint.index) : [])
      return new UniqueConstraintError(model, fields, { cause: error })
    }
    case 'P2003': {
      const field = constraint?.index
        ? (fieldsFromIndexName(model, constraint.index)[0] ?? null)
        : null
      return new ForeignKeyError(model, field, { cause: error })
    }
    case 'P2025':
      return new NotFoundError(model ?? 'Row', null, { cause: error })
    default:
      return error
  }
}

/**
 * Runs `operation` and rethrows its Prisma errors as typed errors (see {@link toDatabaseError});
 * pass `rawModel` when the operation is a raw query on that model's table.
 */
export async function mapDatabaseErrors<T>(
  operation: () => Promise<T>,
  rawModel: string | null = null,
): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    throw toDatabaseError(error, rawModel)
  }
}
