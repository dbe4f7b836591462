/**
 * A Vite build plugin that writes `<file>.br` and `<file>.gz` next to every compressible file of
 * `dist/` (scripts, styles, index.html, JSON, SVG, the icon), at the highest levels: the API
 * server sends them as they are to clients that accept them (`security/console-pages.ts` of
 * @immd/api), so no request pays for compressing the console (issue #18).
 *
 * @packageDocumentation
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Files worth compressing; images other than SVG and the icon are compressed already. */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.ico',
  '.txt',
  '.webmanifest',
])

/** Below this many bytes a compressed copy saves less than its headers cost. */
export const PRECOMPRESS_MIN_BYTES = 1024

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Writes the Brotli and gzip copies of one file, each only when it is smaller than the file. */
async function precompressFile(path: string): Promise<void> {
  const body = await readFile(path)
  if (body.byteLength < PRECOMPRESS_MIN_BYTES) return
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ])
  await Promise.all([
    br.byteLength < body.byteLength ? writeFile(`${path}.br`, br) : null,
    gz.byteLength < body.byteLength ? writeFile(`${path}.gz`, gz) : null,
  ])
}

/** Precompresses the build output (including the files copied from `public/`) once it is written. */
export function precompressAssets(): Plugin {
  return {
    name: 'immd:precompress',
    apply: 'build',
    // After the files are written; Vite copies `public/` before (renderStart).
    async writeBundle(options) {
      if (!options.dir) return
      const files = (await listFiles(options.dir)).filter((path) =>
        COMPRESSIBLE_EXTENSIONS.has(extname(path)),
      )
      await Promise.all(files.map(precompressFile))
    },
  }
}
