import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    // graphql 16 has no `exports` map: Node loads its CommonJS build for graphql-yoga, while Vite
    // would give our sources the ESM build. Two copies break `instanceof GraphQLError` (Yoga then
    // masks our authentication errors), so tests load the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Password hashes at scrypt N = 2^14 keep sign-ins fast; production uses 2^17 (@immd/db/password).
    // Seeded demo users share this password in tests; a real first start gives each its own.
    env: { IMMD_SCRYPT_LOG2N: '14', IMMD_DEMO_PASSWORD: 'immd-demo' },
    // The machine's PostgreSQL, or an embedded one on a machine without it (@immd/db/test-postgres).
    globalSetup: [require.resolve('@immd/db/test-postgres-setup')],
    // Each file gets its own databases (a SQLite file, a PostgreSQL schema).
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
