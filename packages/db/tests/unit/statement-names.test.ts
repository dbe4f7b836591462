import { describe, expect, it } from 'vitest'
import { createStatementNamer, readStatementCacheSize } from '../../src/statement-names.js'

describe('createStatementNamer', () => {
  it('gives each distinct SQL text one stable name, up to its capacity', () => {
    const name = createStatementNamer(2)
    if (!name) throw new Error('expected a namer for capacity 2')
    expect(name({ sql: 'SELECT 1' })).toBe('immd_1')
    expect(name({ sql: 'SELECT 2' })).toBe('immd_2')
    expect(name({ sql: 'SELECT 1' })).toBe('immd_1')
    // Full: new shapes run unnamed (pg prepares nothing), known shapes keep their names.
    expect(name({ sql: 'SELECT 3' })).toBeUndefined()
    expect(name({ sql: 'SELECT 2' })).toBe('immd_2')
  })

  it('names nothing when the cache size is 0', () => {
    expect(createStatementNamer(0)).toBeUndefined()
  })
})

describe('readStatementCacheSize', () => {
  it('defaults to 500 and accepts non-negative integers', () => {
    expect(readStatementCacheSize(new URLSearchParams())).toBe(500)
    expect(readStatementCacheSize(new URLSearchParams('statement_cache_size=0'))).toBe(0)
    expect(readStatementCacheSize(new URLSearchParams('statement_cache_size=50'))).toBe(50)
  })

  it.each(['1.5', 'x', '-3'])('refuses %s, naming the parameter', (value) => {
    expect(() =>
      readStatementCacheSize(new URLSearchParams({ statement_cache_size: value })),
    ).toThrow(
      `statement_cache_size in the database URL must be a non-negative integer, got "${value}"`,
    )
  })
})
