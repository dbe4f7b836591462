/**
 * A fresh, migrated database per test file and engine, from `@immd/test-utils`. Kept as the one
 * import the API tests use, so their signature stays `createTestDatabase(engine)`.
 */
import type { Engine } from '@immd/db/engine'
import {
  createTestDatabase as createDatabase,
  listTestEngines,
} from '@immd/test-utils/test-database'
import type { ApiDatabase } from '../../src/database.js'

/** The engines every operation test runs on: both, unless `IMMD_TEST_ENGINES` narrows it locally. */
export const TEST_ENGINES: readonly Engine[] = listTestEngines()

/** Creates a disposable database; `close()` deletes it. */
export function createTestDatabase(engine: Engine): Promise<ApiDatabase> {
  return createDatabase({ engine })
}
