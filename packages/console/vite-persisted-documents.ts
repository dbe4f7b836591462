/**
 * A Vite build plugin that ships the trusted-documents manifest graphql-codegen wrote
 * (`src/gql/persisted-documents.json`) as `dist/persisted-documents.json`, next to the code whose
 * ids it lists: the API server that serves `dist/` reads it from there (docs/security.md), so a
 * console and its manifest are always deployed together.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/** The manifest's name in `dist/` (the API looks for exactly this file in its console folder). */
export const PERSISTED_DOCUMENTS_FILE = 'persisted-documents.json'

/** Emits the manifest at `source` into the build; fails the build when it is missing or empty. */
export function shipPersistedDocuments(source: URL): Plugin {
  return {
    name: 'immd:persisted-documents',
    apply: 'build',
    async generateBundle() {
      const path = fileURLToPath(source)
      const text = await readFile(path, 'utf8').catch(() => null)
      if (text === null) this.error(`${path} is missing: run \`pnpm generate\` before the build.`)
      const manifest = JSON.parse(text) as unknown
      if (!manifest || typeof manifest !== 'object' || Object.keys(manifest).length === 0) {
        this.error(`${path} lists no documents: a console without ids cannot sign in.`)
      }
      this.emitFile({ type: 'asset', fileName: PERSISTED_DOCUMENTS_FILE, source: text })
    },
  }
}
