import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    env: { IMMD_SCRYPT_LOG2N: '14', IMMD_DEMO_PASSWORD: 'immd-demo' },
    // The machine's PostgreSQL, or an embedded one on a machine without it (@immd/db/test-postgres).
    globalSetup: [require.resolve('@immd/db/test-postgres-setup')],
    // The smoke test seeds a small data set and starts four servers.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
