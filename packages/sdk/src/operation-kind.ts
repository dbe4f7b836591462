/**
 * Finds whether a GraphQL document's operation is a query, mutation or subscription without a
 * GraphQL parser: the first top-level `query`/`mutation`/`subscription` keyword, skipping strings,
 * comments and selection sets. A document that starts with `{` is a query.
 *
 * @packageDocumentation
 */

/** The kind of operation a document holds. */
export type OperationKind = 'query' | 'mutation' | 'subscription'

const KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment'])

/** Returns the kind of the first operation of `text` (defaults to `query`). */
export function detectOperationKind(text: string): OperationKind {
  let depth = 0
  let index = 0
  while (index < text.length) {
    const char = text[index] as string
    if (char === '#') {
      const end = text.indexOf('\n', index)
      index = end === -1 ? text.length : end + 1
    } else if (char === '"') {
      index = skipString(text, index)
    } else if (char === '{' || char === '(') {
      // An anonymous `{ … }` at the top level is a query.
      if (char === '{' && depth === 0) return 'query'
      depth += 1
      index += 1
    } else if (char === '}' || char === ')') {
      depth -= 1
      index += 1
    } else if (depth === 0 && /[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_]\w*/.exec(text.slice(index))?.[0] ?? char
      if (KEYWORDS.has(word) && word !== 'fragment') return word as OperationKind
      if (word === 'fragment') index = skipDefinition(text, index)
      else index += word.length
    } else {
      index += 1
    }
  }
  return 'query'
}

/** Index after the string (or block string) starting at `start`. */
function skipString(text: string, start: number): number {
  if (text.startsWith('"""', start)) {
    const end = text.indexOf('"""', start + 3)
    return end === -1 ? text.length : end + 3
  }
  let index = start + 1
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1
  return index + 1
}

/** Index after the fragment definition starting at `start` (its selection set closed). */
function skipDefinition(text: string, start: number): number {
  const open = text.indexOf('{', start)
  if (open === -1) return text.length
  let depth = 0
  for (let index = open; index < text.length; index += 1) {
    const char = text[index]
    if (char === '"') index = skipString(text, index) - 1
    else if (char === '{') depth += 1
    else if (char === '}' && --depth === 0) return index + 1
  }
  return text.length
}
