import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    // One copy of graphql for the in-process API (see packages/api/vitest.config.ts).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Password hashes at scrypt N = 2^14 keep sign-ins fast; production uses 2^17 (@immd/db/password).
    // Seeded demo users share this password in tests; a real first start gives each its own.
    env: { IMMD_SCRYPT_LOG2N: '14', IMMD_DEMO_PASSWORD: 'immd-demo' },
    // The machine's PostgreSQL, or an embedded one on a machine without it (@immd/db/test-postgres).
    globalSetup: [require.resolve('@immd/db/test-postgres-setup')],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The end-to-end file owns a server and a database; run files one at a time on 2 cores.
    fileParallelism: false,
  },
})
