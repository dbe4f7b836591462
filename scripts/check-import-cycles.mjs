#!/usr/bin/env node
/**
 * `pnpm check:cycles` (CI runs it): fails when a package's own modules import each other in a
 * cycle. It reads every `.ts` and `.vue` file under `packages/<name>/src` (generated code aside),
 * follows relative imports and the console's `@/` alias (type-only imports and dynamic `import()`
 * too, as `madge --circular` does), and reports each strongly connected component of the graph.
 * Imports between packages cannot form a cycle: the workspace's dependency graph is acyclic.
 *
 * A regular expression reads the specifiers; that is enough for our own code, which imports with
 * static strings only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SKIPPED_DIRECTORIES = new Set(['generated', 'gql', 'node_modules', 'dist'])
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bexport\s+\*\s+from\s*)['"]([^'"]+)['"]/g

/** Every source file under `dir`. */
function listSources(dir) {
  const files = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry)) files.push(...listSources(path))
    } else if (/\.(ts|vue)$/.test(entry) && !entry.endsWith('.d.ts')) {
      files.push(path)
    }
  }
  return files
}

/** The file a specifier names, or null when it is another package's. */
function resolveSpecifier(from, specifier, srcDir) {
  let base
  if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else if (specifier.startsWith('@/')) base = join(srcDir, specifier.slice(2))
  else return null
  const stem = base.replace(/\.(js|ts|mjs)$/, '')
  for (const candidate of [`${stem}.ts`, base, `${stem}.vue`, join(stem, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** Tarjan's strongly connected components with more than one member (or a self-import). */
function findCycles(graph) {
  let index = 0
  const indexes = new Map()
  const lowLinks = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  const visit = (node) => {
    indexes.set(node, index)
    lowLinks.set(node, index)
    index += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indexes.has(next)) {
        visit(next)
        lowLinks.set(node, Math.min(lowLinks.get(node), lowLinks.get(next)))
      } else if (onStack.has(next)) {
        lowLinks.set(node, Math.min(lowLinks.get(node), indexes.get(next)))
      }
    }
    if (lowLinks.get(node) !== indexes.get(node)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort())
  }
  for (const node of graph.keys()) if (!indexes.has(node)) visit(node)
  return cycles
}

const packagesDir = join(root, 'packages')
const graph = new Map()
let files = 0
for (const name of readdirSync(packagesDir)) {
  const srcDir = join(packagesDir, name, 'src')
  if (!existsSync(srcDir)) continue
  for (const file of listSources(srcDir)) {
    files += 1
    const targets = new Set()
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, match[1], srcDir)
      if (target) targets.add(target)
    }
    graph.set(file, targets)
  }
}
const cycles = findCycles(graph)
if (cycles.length > 0) {
  console.error(`check-import-cycles: ${cycles.length} import cycle(s) in ${files} files:`)
  for (const cycle of cycles) {
    console.error(`  ${cycle.map((file) => relative(packagesDir, file)).join(' <-> ')}`)
  }
  console.error('Move what both sides need into a module of its own (see ARCHITECTURE.md).')
  process.exit(1)
}
console.log(`check-import-cycles: no import cycle in ${files} files`)
