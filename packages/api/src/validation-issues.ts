/**
 * Input validation failures (Zod, through Pothos's validation plugin) as {@link ValidationIssue}s
 * with a code and the bound that was broken, so clients can write "Title: at most 200 characters"
 * in their reader's language instead of showing Zod's English.
 *
 * @packageDocumentation
 */
import type { ValidationIssue, ValidationIssueCode } from './errors.js'

/** A Standard Schema issue, with the fields Zod 4 adds at runtime. */
interface SchemaIssue {
  readonly message: string
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>
  readonly code?: string
  readonly origin?: string
  readonly minimum?: number | bigint
  readonly maximum?: number | bigint
}

/** The code and limit of a Zod size issue, by what was measured. */
function sizeCode(issue: SchemaIssue): { code: ValidationIssueCode; limit: number } | null {
  const small = issue.code === 'too_small'
  const bound = small ? issue.minimum : issue.maximum
  if (bound === undefined) return null
  const limit = Number(bound)
  switch (issue.origin) {
    case 'string':
      // `.trim().min(1)`: an empty (or blank) value, which people read as "required".
      if (small && limit === 1) return { code: 'REQUIRED', limit }
      return { code: small ? 'TOO_SHORT' : 'TOO_LONG', limit }
    case 'number':
    case 'int':
    case 'bigint':
      return { code: small ? 'TOO_SMALL' : 'TOO_LARGE', limit }
    case 'array':
    case 'set':
      return { code: small ? 'TOO_FEW' : 'TOO_MANY', limit }
    default:
      return null
  }
}

/** One schema issue as a {@link ValidationIssue} (a code where the issue has one we know). */
export function toValidationIssue(issue: SchemaIssue): ValidationIssue {
  const path = (issue.path ?? [])
    .map((part) => String(typeof part === 'object' ? part.key : part))
    .join('.')
  const base = { path, message: issue.message }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const size = sizeCode(issue)
    return size ? { ...base, ...size } : base
  }
  if (issue.code === 'invalid_format') return { ...base, code: 'INVALID_FORMAT' }
  if (issue.code === 'invalid_value') return { ...base, code: 'INVALID_VALUE' }
  return base
}
