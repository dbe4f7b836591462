import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The smoke test seeds a small data set and starts four servers.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
