/**
 * Vite: the console builds to `dist/` (served by the API server in production, see README), with
 * the trusted-documents manifest as `dist/persisted-documents.json`, and `pnpm dev` proxies
 * `/graphql` to the API (`IMMD_API_URL`, default http://localhost:4000).
 */
import { createRequire } from 'node:module'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { reportBundle } from './vite-bundle-report'
import { splitGraphqlDocuments } from './vite-graphql-documents'
import { shipPersistedDocuments } from './vite-persisted-documents'
import { precompressAssets } from './vite-precompress'

const apiUrl = process.env.IMMD_API_URL ?? 'http://localhost:4000'
const require = createRequire(import.meta.url)

/**
 * Compile-time flags of the built console, so the code behind them is left out (issue #18):
 * Apollo Client's development checks and messages (`globalThis.__DEV__ !== false`, as Apollo's
 * docs advise), Vue's Options API (every component uses `<script setup>`), and vue-i18n's legacy
 * API and global components (the console uses the Composition API and `t()` only).
 */
const BUILD_FLAGS = {
  'globalThis.__DEV__': 'false',
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  __VUE_I18N_LEGACY_API__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
}

export default defineConfig(({ command }) => ({
  plugins: [
    vue(),
    splitGraphqlDocuments(new URL('./src/gql/graphql.ts', import.meta.url)),
    shipPersistedDocuments(new URL('./src/gql/persisted-documents.json', import.meta.url)),
    precompressAssets(),
    reportBundle(process.env.IMMD_BUNDLE_REPORT),
  ],
  define: command === 'build' ? BUILD_FLAGS : {},
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true },
      '/healthz': apiUrl,
      // Single sign-on: the provider list and the OIDC start/callback routes.
      '/auth': apiUrl,
      // Downloads: reports (a regular expression, so the console's own /engagements pages stay
      // with Vite) and the portfolio statistics.
      '^/engagements/[^/]+/report\\.[a-z]+$': apiUrl,
      '/portfolio-statistics.': apiUrl,
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: (id) =>
          id.includes('node_modules/echarts') || id.includes('node_modules/zrender')
            ? 'charts'
            : undefined,
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'happy-dom', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // The e2e stack runs the API in this process. graphql 16 has no `exports` map: Node loads its
        // CommonJS build for graphql-yoga and Pothos, while Vite would give the API's modules the
        // ESM build, and two copies fail graphql's realm checks (`TypeInfo` over the schema).
        resolve: {
          alias: [
            { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
            { find: /^graphql$/, replacement: require.resolve('graphql') },
          ],
        },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // expect.poll waits for what the page shows after a request; the default 1 s is less than
          // one write takes on a loaded 2-core CI machine (engagement-flow failed on it there).
          expect: { poll: { timeout: 20_000, interval: 100 } },
          fileParallelism: false,
          // Password hashes at scrypt N = 2^14 keep sign-ins fast; production uses 2^17.
          // Seeded demo users share this password in tests; a real first start gives each its own.
          env: { IMMD_SCRYPT_LOG2N: '14', IMMD_DEMO_PASSWORD: 'immd-demo' },
        },
      },
    ],
  },
}))
