import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getSqliteFilePath, parsePostgresUrl } from '../../src/adapters.js'
import { findWorkspaceRoot, resolveDatabaseUrl } from '../../src/engine.js'
import { formatMigrationTimestamp, normalizeMigrationName } from '../../src/migration-files.js'
import { DEFAULT_STATEMENT_CACHE_SIZE } from '../../src/statement-names.js'

describe('resolveDatabaseUrl', () => {
  it('defaults to data/immd.db in the workspace root, from any package', () => {
    const root = findWorkspaceRoot()
    expect(existsSync(join(root, 'pnpm-workspace.yaml'))).toBe(true)
    expect(resolveDatabaseUrl('')).toEqual({
      engine: 'sqlite',
      url: `file:${join(root, 'data/immd.db')}`,
    })
    expect(findWorkspaceRoot(join(root, 'packages', 'db', 'src'))).toBe(root)
  })

  it.each([
    ['file:/tmp/x.db', 'sqlite'],
    ['postgres://u@h/db', 'postgresql'],
    ['postgresql://u@h:5432/db?schema=s', 'postgresql'],
  ])('%s selects %s', (url, engine) => {
    expect(resolveDatabaseUrl(url)).toEqual({ engine, url })
  })

  it('rejects other schemes, naming the accepted forms', () => {
    expect(() => resolveDatabaseUrl('mysql://h/db')).toThrow(
      /'file:' \(SQLite\) or 'postgresql:\/\/'/,
    )
  })
})

describe('URL helpers', () => {
  it('splits the schema parameter off PostgreSQL URLs', () => {
    expect(parsePostgresUrl('postgresql://u@h:5432/db?schema=abc&sslmode=disable')).toEqual({
      connectionString: 'postgresql://u@h:5432/db?sslmode=disable',
      schema: 'abc',
      statementCacheSize: DEFAULT_STATEMENT_CACHE_SIZE,
    })
    expect(parsePostgresUrl('postgresql://u@h/db').schema).toBe('public')
  })

  it("reads Prisma's statement_cache_size and keeps it away from the server", () => {
    const target = parsePostgresUrl('postgresql://u@h/db?statement_cache_size=0&sslmode=disable')
    expect(target).toEqual({
      connectionString: 'postgresql://u@h/db?sslmode=disable',
      schema: 'public',
      statementCacheSize: 0,
    })
    expect(() => parsePostgresUrl('postgresql://u@h/db?statement_cache_size=-1')).toThrow(
      /statement_cache_size in the database URL must be a non-negative integer, got "-1"/,
    )
  })

  it('resolves relative SQLite paths against the working directory', () => {
    expect(getSqliteFilePath('file:./data/immd.db')).toBe(`${process.cwd()}/data/immd.db`)
    expect(getSqliteFilePath('file::memory:')).toBe(':memory:')
  })
})

describe('migration names', () => {
  it('uses Prisma Migrate folder names', () => {
    expect(formatMigrationTimestamp(new Date('2026-01-02T03:04:05Z'))).toBe('20260102030405')
    expect(normalizeMigrationName('Add  API tokens!')).toBe('add_api_tokens')
    expect(() => normalizeMigrationName('--')).toThrow(/no letters/)
  })
})
