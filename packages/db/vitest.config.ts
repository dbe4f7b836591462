import { defineConfig } from 'vitest/config'

// Three projects: engine-independent unit tests, and the same data-layer suite (tests/engine) once
// per engine. Run one with `pnpm vitest run --project sqlite` (or postgresql, unit).
const engineProject = (engine: 'sqlite' | 'postgresql') => ({
  extends: true as const,
  test: {
    name: engine,
    include: ['tests/engine/**/*.test.ts'],
    env: { IMMD_TEST_ENGINE: engine, IMMD_SCRYPT_LOG2N: '14', IMMD_DEMO_PASSWORD: 'immd-demo' },
  },
})

export default defineConfig({
  test: {
    // The machine's PostgreSQL, or an embedded one on a machine without it (src/test-postgres.ts).
    globalSetup: ['./src/test-postgres-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Password hashes at scrypt N = 2^14 keep sign-ins fast; production uses 2^17 (@immd/db/password).
    env: { IMMD_SCRYPT_LOG2N: '14', IMMD_DEMO_PASSWORD: 'immd-demo' },
    // Two cores: more workers only make the engines contend.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      engineProject('sqlite'),
      engineProject('postgresql'),
    ],
  },
})
