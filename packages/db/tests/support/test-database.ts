// One fresh, migrated database per test file, on the engine of the running Vitest project.
import { afterAll, beforeAll } from 'vitest'
import type { Database } from '../../src/client.js'
import { createDisposableDatabase } from '../../src/disposable-database.js'
import type { Engine } from '../../src/engine.js'

/** The engine of the current Vitest project (see vitest.config.ts). */
export function getTestEngine(): Engine {
  const engine = process.env.IMMD_TEST_ENGINE
  if (engine !== 'sqlite' && engine !== 'postgresql') {
    throw new Error(
      `IMMD_TEST_ENGINE must be sqlite or postgresql (run through vitest projects), got ${engine}`,
    )
  }
  return engine
}

/** Opens a fresh database before the file's tests and deletes it after; returns a getter. */
export function useTestDatabase(): () => Database {
  const holder: { db?: Database } = {}
  beforeAll(async () => {
    holder.db = await createDisposableDatabase({ engine: getTestEngine() })
  })
  afterAll(async () => {
    await holder.db?.close()
  })
  return () => {
    if (!holder.db) throw new Error('test database not open yet (use it inside tests or hooks)')
    return holder.db
  }
}
