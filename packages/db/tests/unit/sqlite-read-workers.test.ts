import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SQLITE_READ_WORKERS,
  InvalidReadWorkersError,
  readSqliteReadWorkers,
} from '../../src/sqlite-read-workers.js'

describe('IMMD_SQLITE_READ_WORKERS', () => {
  it('defaults to no workers (reads on the main thread) and accepts 0 to 16', () => {
    expect(readSqliteReadWorkers({})).toBe(DEFAULT_SQLITE_READ_WORKERS)
    expect(DEFAULT_SQLITE_READ_WORKERS).toBe(0)
    expect(readSqliteReadWorkers({ IMMD_SQLITE_READ_WORKERS: '0' })).toBe(0)
    expect(readSqliteReadWorkers({ IMMD_SQLITE_READ_WORKERS: ' 4 ' })).toBe(4)
  })

  it('refuses anything but a whole number from 0 to 16', () => {
    for (const value of ['two', '-1', '1.5', '17']) {
      expect(() => readSqliteReadWorkers({ IMMD_SQLITE_READ_WORKERS: value })).toThrow(
        InvalidReadWorkersError,
      )
    }
  })
})
