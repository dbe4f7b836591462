/**
 * A Vite build plugin that writes a bundle analysis when `IMMD_BUNDLE_REPORT=<file.json>` is set:
 * per chunk its size, static and dynamic imports, and the rendered size of each module in it
 * (largest first), grouped by package for `node_modules`. It answers "what is in the entry chunk,
 * and why" (docs/performance.md, "Console delivery").
 *
 * @packageDocumentation
 */
import { writeFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

/** One chunk of the report. */
export interface ChunkReport {
  file: string
  isEntry: boolean
  bytes: number
  imports: string[]
  dynamicImports: string[]
  /** Rendered (minified, uncompressed) bytes by package name or source path. */
  contents: Record<string, number>
}

/** The package a module belongs to, or its path inside the console. */
function groupOf(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(id)?.[1]
  if (pkg) return pkg
  return id.replace(/^.*\/packages\/console\//, '').replace(/\?.*$/, '')
}

/** Writes the report to `path` after the bundle is generated. */
export function reportBundle(path: string | undefined): Plugin {
  return {
    name: 'immd:bundle-report',
    apply: 'build',
    async generateBundle(_options, bundle) {
      if (!path) return
      const chunks: ChunkReport[] = []
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const contents: Record<string, number> = {}
        for (const [id, info] of Object.entries(output.modules)) {
          const group = groupOf(id)
          contents[group] = (contents[group] ?? 0) + info.renderedLength
        }
        chunks.push({
          file: output.fileName,
          isEntry: output.isEntry,
          bytes: Buffer.byteLength(output.code),
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          contents: Object.fromEntries(Object.entries(contents).sort((a, b) => b[1] - a[1])),
        })
      }
      chunks.sort((a, b) => b.bytes - a.bytes)
      await writeFile(path, `${JSON.stringify(chunks, null, 2)}\n`)
    },
  }
}
