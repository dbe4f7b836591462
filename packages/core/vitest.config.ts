import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property and brute-force tests run thousands of cases; on a loaded 2-core CI machine the
    // 5 s default is a timing assertion in disguise. Speed belongs in `pnpm bench`, not here.
    testTimeout: 60_000,
  },
})
