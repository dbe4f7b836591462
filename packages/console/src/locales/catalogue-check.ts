/**
 * Compares a message catalogue with the English reference: keys missing or extra, and messages
 * whose placeholders (`{name}`) or plural branches (`a | b`) differ. Used by the unit test that
 * guards every locale; a pure function so the test can also show it catching each kind of drift.
 */

/** One difference between a catalogue and the reference. */
export interface CatalogueProblem {
  kind: 'missing' | 'extra' | 'placeholders' | 'plural' | 'empty' | 'not-a-string'
  key: string
  detail?: string
}

type Tree = { readonly [key: string]: unknown }

/** Flattens a catalogue into `a.b.c` → message. */
export function flattenCatalogue(tree: Tree, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') {
      for (const [inner, text] of flattenCatalogue(value as Tree, path)) flat.set(inner, text)
    } else flat.set(path, value)
  }
  return flat
}

/** The placeholder names of a message, sorted and de-duplicated. */
export function placeholdersOf(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/\{\s*([\w.]+)\s*\}/g)].map((match) => match[1] ?? '')),
  ].sort()
}

/** Every difference of `catalogue` from `reference`. */
export function compareCatalogues(reference: Tree, catalogue: Tree): CatalogueProblem[] {
  const expected = flattenCatalogue(reference)
  const actual = flattenCatalogue(catalogue)
  const problems: CatalogueProblem[] = []
  for (const [key, source] of expected) {
    if (!actual.has(key)) {
      problems.push({ kind: 'missing', key })
      continue
    }
    const text = actual.get(key)
    if (typeof text !== 'string') {
      problems.push({ kind: 'not-a-string', key })
      continue
    }
    if (text.trim() === '') problems.push({ kind: 'empty', key })
    const want = placeholdersOf(String(source)).join(',')
    const got = placeholdersOf(text).join(',')
    if (want !== got) problems.push({ kind: 'placeholders', key, detail: `{${want}} ≠ {${got}}` })
    const branches = (message: string) => message.split('|').length
    if (branches(String(source)) !== branches(text)) {
      problems.push({
        kind: 'plural',
        key,
        detail: `${branches(String(source))} ≠ ${branches(text)}`,
      })
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) problems.push({ kind: 'extra', key })
  }
  return problems
}
