/**
 * Positions in strict JSON text without a node tree: the offsets of the records, and of a field's
 * key or value inside one record, found by scanning only that record's text. The yaml reader gives
 * the same positions but keeps a node per value; for a large inventory that tree was several
 * times the text in memory and made garbage collection dominate imports.
 *
 * @packageDocumentation
 */
import { type Scanner, scanString, scanValue, skipBlank } from './check-strict-json.js'
import type { SourcePosition } from './problems.js'

/** Where the records are in a strict JSON inventory. */
export type JsonRecordsShape =
  | { list: 'top' }
  | { list: 'envelope'; key: string }
  | { list: 'single' }

/** Line and column (1-based) of offsets in a text, by binary search over its line starts. */
export function createLineIndex(text: string): (offset: number) => SourcePosition {
  const starts = [0]
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1)
  }
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, input: 'inventory' }
  }
}

/** Offsets of the record values of strict JSON `text` (which starts at a value, no BOM). */
export function findJsonRecordOffsets(text: string, shape: JsonRecordsShape): number[] {
  const scanner: Scanner = { text, offset: 0 }
  skipBlank(scanner)
  if (shape.list === 'single') return [scanner.offset]
  if (shape.list === 'envelope') {
    // JSON.parse keeps the last of duplicate keys: so does this.
    let found: number | null = null
    forEachMember(scanner, (key, valueOffset) => {
      if (key === shape.key) found = valueOffset
    })
    if (found === null) return []
    scanner.offset = found
  }
  return listElements(scanner)
}

/**
 * The offset of the key or value at `path` inside the value starting at `start`; stops at the
 * deepest value that exists (as the yaml reader's locator does).
 */
export function locateInJson(
  text: string,
  start: number,
  path: readonly PropertyKey[],
  part: 'key' | 'value',
): number {
  let offset = start
  for (const [depth, key] of path.entries()) {
    const scanner: Scanner = { text, offset }
    const char = text[offset]
    let next: { key: number; value: number } | null = null
    if (char === '{') {
      // The yaml reader's locator takes the first of duplicate keys.
      forEachMember(scanner, (name, valueOffset, keyOffset) => {
        if (next === null && name === String(key)) next = { key: keyOffset, value: valueOffset }
      })
    } else if (char === '[' && typeof key === 'number') {
      const element = listElements(scanner)[key]
      if (element !== undefined) next = { key: element, value: element }
    }
    if (next === null) break
    const found: { key: number; value: number } = next
    offset = depth === path.length - 1 && part === 'key' ? found.key : found.value
  }
  return offset
}

/** Calls `visit` for each member of the object at the scanner (which must be on `{`). */
function forEachMember(
  scanner: Scanner,
  visit: (key: string, valueOffset: number, keyOffset: number) => void,
): void {
  scanner.offset++
  skipBlank(scanner)
  while (scanner.text[scanner.offset] === '"') {
    const keyOffset = scanner.offset
    scanString(scanner)
    const key = JSON.parse(scanner.text.slice(keyOffset, scanner.offset)) as string
    skipBlank(scanner)
    scanner.offset++ // ':'
    skipBlank(scanner)
    visit(key, scanner.offset, keyOffset)
    scanValue(scanner)
    skipBlank(scanner)
    if (scanner.text[scanner.offset] !== ',') return
    scanner.offset++
    skipBlank(scanner)
  }
}

/** Offsets of the elements of the array at the scanner (which must be on `[`). */
function listElements(scanner: Scanner): number[] {
  const offsets: number[] = []
  if (scanner.text[scanner.offset] !== '[') return offsets
  scanner.offset++
  skipBlank(scanner)
  while (scanner.offset < scanner.text.length && scanner.text[scanner.offset] !== ']') {
    offsets.push(scanner.offset)
    scanValue(scanner)
    skipBlank(scanner)
    if (scanner.text[scanner.offset] !== ',') break
    scanner.offset++
    skipBlank(scanner)
  }
  return offsets
}
