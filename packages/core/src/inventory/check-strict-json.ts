/**
 * A small strict-JSON scanner that finds where text stops being RFC 8259 JSON. The `yaml` reader
 * accepts more (trailing commas, comments, single quotes), and `JSON.parse` messages differ between
 * engines and often lack a position, so the offset is found here instead.
 *
 * @packageDocumentation
 */

/** What the strict-JSON scanner found, as a code other languages can name. */
export type StrictJsonErrorCode =
  | 'text-after-value'
  | 'expected-char'
  | 'expected-value'
  | 'expected-property-name'
  | 'expected-comma-or-close'
  | 'trailing-comma'
  | 'unterminated-string'
  | 'control-character'
  | 'invalid-escape'

/** Where and why text is not strict JSON. */
export interface StrictJsonError {
  offset: number
  code: StrictJsonErrorCode
  /** The character the code is about (`expected-char`, `expected-comma-or-close`, `trailing-comma`). */
  char?: string
  /** The same in English. */
  message: string
}

/** Returns the first strict-JSON error in `text`, or null when it is strict JSON. */
export function findStrictJsonError(text: string): StrictJsonError | null {
  const scanner = { text, offset: 0 }
  try {
    skipBlank(scanner)
    scanValue(scanner)
    skipBlank(scanner)
    if (scanner.offset < text.length) fail(scanner, 'text-after-value')
    return null
  } catch (error) {
    if (isStrictJsonError(error)) return error
    throw error
  }
}

/** A position in a text being scanned. */
export interface Scanner {
  text: string
  offset: number
}

function isStrictJsonError(value: unknown): value is StrictJsonError {
  return typeof value === 'object' && value !== null && 'offset' in value && 'code' in value
}

function fail(scanner: Scanner, code: StrictJsonErrorCode, char?: string): never {
  throw {
    offset: scanner.offset,
    code,
    ...(char === undefined ? {} : { char }),
    message: describeStrictJsonError(code, char),
  } satisfies StrictJsonError
}

/** The English words of a strict-JSON error. */
function describeStrictJsonError(code: StrictJsonErrorCode, char = ''): string {
  switch (code) {
    case 'text-after-value':
      return 'unexpected text after the JSON value'
    case 'expected-char':
      return `expected "${char}"`
    case 'expected-value':
      return 'expected a value'
    case 'expected-property-name':
      return 'expected a double-quoted property name'
    case 'expected-comma-or-close':
      return `expected "," or "${char}"`
    case 'trailing-comma':
      return `trailing comma before "${char}"`
    case 'unterminated-string':
      return 'unterminated string'
    case 'control-character':
      return 'control character in a string'
    case 'invalid-escape':
      return 'invalid escape in a string'
  }
}

/** Skips JSON whitespace. */
export function skipBlank(scanner: Scanner): void {
  while (/[ \t\r\n]/.test(scanner.text[scanner.offset] ?? '')) scanner.offset++
}

function expect(scanner: Scanner, char: string): void {
  if (scanner.text[scanner.offset] !== char) fail(scanner, 'expected-char', char)
  scanner.offset++
}

/** Skips one JSON value (throws a {@link StrictJsonError} on text that is not strict JSON). */
export function scanValue(scanner: Scanner): void {
  const char = scanner.text[scanner.offset]
  if (char === '{') scanContainer(scanner, '}', true)
  else if (char === '[') scanContainer(scanner, ']', false)
  else if (char === '"') scanString(scanner)
  else scanLiteral(scanner)
}

function scanLiteral(scanner: Scanner): void {
  const rest = scanner.text.slice(scanner.offset)
  const token = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(rest)
  if (!token) fail(scanner, 'expected-value')
  scanner.offset += token[0].length
}

function scanContainer(scanner: Scanner, close: string, object: boolean): void {
  scanner.offset++
  skipBlank(scanner)
  if (scanner.text[scanner.offset] === close) {
    scanner.offset++
    return
  }
  for (;;) {
    if (object) {
      if (scanner.text[scanner.offset] !== '"') fail(scanner, 'expected-property-name')
      scanString(scanner)
      skipBlank(scanner)
      expect(scanner, ':')
      skipBlank(scanner)
    }
    scanValue(scanner)
    skipBlank(scanner)
    if (scanner.text[scanner.offset] === close) {
      scanner.offset++
      return
    }
    if (scanner.text[scanner.offset] !== ',') fail(scanner, 'expected-comma-or-close', close)
    scanner.offset++
    skipBlank(scanner)
    // A trailing comma is the most common non-strict JSON; name it.
    if (scanner.text[scanner.offset] === close) fail(scanner, 'trailing-comma', close)
  }
}

/** Skips one JSON string. */
export function scanString(scanner: Scanner): void {
  scanner.offset++
  for (;;) {
    const char = scanner.text[scanner.offset]
    if (char === undefined) fail(scanner, 'unterminated-string')
    if (char === '"') {
      scanner.offset++
      return
    }
    if (char < ' ') fail(scanner, 'control-character')
    if (char === '\\') {
      const sequence = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(
        scanner.text.slice(scanner.offset, scanner.offset + 6),
      )
      if (!sequence) fail(scanner, 'invalid-escape')
      scanner.offset += sequence[0].length
    } else scanner.offset++
  }
}
