/**
 * Puts every contender's answer in one shape before comparing: database ids (Relay ids decoded),
 * enum values as our GraphQL names (`LIKELY_YES`), effects as names, dates as ISO strings.
 *
 * @packageDocumentation
 */

/** `likely-yes` → `LIKELY_YES` (as `packages/api/src/schema/enums.ts` names them). */
export function enumName(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return String(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
}

const EFFECTS: Record<string, string> = {
  '+': 'SUCCESS',
  '-': 'FAILURE',
  '0': 'NEUTRAL',
  '?': 'UNKNOWN',
}

/** An effect code or name as its name. */
export function effectName(value: unknown): string {
  const text = String(value)
  return EFFECTS[text] ?? text
}

/** A Relay global id (`base64("Type:id")`) or a raw id, as the raw id. */
export function rawId(value: unknown): string {
  const text = String(value)
  if (/^[0-9a-f-]{36}$/.test(text)) return text
  const decoded = Buffer.from(text, 'base64').toString('utf8')
  return decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : text
}

/** A timestamp with or without zone (PostGraphile sends `timestamp` columns without one). */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const text = String(value)
  const zoned = /Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`
  return new Date(zoned).toISOString()
}

/** Reads a path of a parsed response, failing with the path when it is missing. */
export function dig(value: unknown, ...path: string[]): unknown {
  let at: unknown = value
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !(key in at)) {
      throw new Error(`response lacks ${path.join('.')}: ${JSON.stringify(value).slice(0, 300)}`)
    }
    at = (at as Record<string, unknown>)[key]
  }
  return at
}

/** The items of a list, a Relay connection (`edges.node`) or a PostGraphile one (`nodes`). */
export function items(connection: unknown): Record<string, unknown>[] {
  if (Array.isArray(connection)) return connection as Record<string, unknown>[]
  const value = connection as { edges?: { node: unknown }[]; nodes?: unknown[] }
  if (value.edges) return value.edges.map((edge) => edge.node as Record<string, unknown>)
  return (value.nodes ?? []) as Record<string, unknown>[]
}
