/**
 * Typed errors for raw SQL. Prisma reports a failing `$queryRaw` / `$executeRaw` as P2010 ("raw
 * query failed") without the model name it gives generated queries, so `toDatabaseError` (in
 * `errors.ts`) leaves it untyped. Repositories that write with raw SQL name the model themselves
 * and get the same {@link UniqueConstraintError} / {@link ForeignKeyError} as the generated
 * client's writes would give.
 *
 * @packageDocumentation
 */
import { ForeignKeyError, UniqueConstraintError } from './errors.js'

interface DriverAdapterCause {
  kind?: string
  constraint?: { fields?: string[]; index?: string }
}

/** The driver adapter's description of a failed raw query, or null for any other error. */
function rawQueryCause(error: unknown): DriverAdapterCause | null {
  if (!(error instanceof Error) || error.name !== 'PrismaClientKnownRequestError') return null
  const { code, meta } = error as Error & {
    code?: unknown
    meta?: { driverAdapterError?: { cause?: DriverAdapterCause } }
  }
  if (code !== 'P2010') return null
  return meta?.driverAdapterError?.cause ?? null
}

/**
 * `Team_organizationId_shortName_key` → `['organizationId', 'shortName']`: PostgreSQL names the
 * constraint (Prisma's naming scheme), SQLite lists the fields instead.
 */
function fieldsOfConstraint(model: string, index: string): string[] {
  const withoutModel = index.startsWith(`${model}_`) ? index.slice(model.length + 1) : index
  return withoutModel
    .replace(/_(key|fkey|pkey)$/, '')
    .split('_')
    .filter(Boolean)
}

/**
 * Converts a failed raw write on `model`'s table into a typed error (unique and foreign-key
 * violations); anything else is returned unchanged.
 */
export function toRawQueryError(error: unknown, model: string): unknown {
  const cause = rawQueryCause(error)
  const constraint = cause?.constraint
  switch (cause?.kind) {
    case 'UniqueConstraintViolation': {
      const fields =
        constraint?.fields ?? (constraint?.index ? fieldsOfConstraint(model, constraint.index) : [])
      return new UniqueConstraintError(model, fields, { cause: error })
    }
    case 'ForeignKeyConstraintViolation': {
      const field = constraint?.index
        ? (fieldsOfConstraint(model, constraint.index)[0] ?? null)
        : null
      return new ForeignKeyError(model, field, { cause: error })
    }
    default:
      return error
  }
}

/** Runs a raw write on `model`'s table and rethrows its constraint violations as typed errors. */
export async function mapRawQueryErrors<T>(model: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    throw toRawQueryError(error, model)
  }
}
