/**
 * A Vite build plugin that gives every `graphql(`…`)` call its own document (issue #19). Without
 * it the client preset's `graphql()` looks the text up in `src/gql/gql.ts`, a map of every
 * document the console has: the entry chunk imports it (App.vue has queries), so all documents
 * shipped in the entry as well as, as source text, in each page.
 *
 * The preset's Babel plugin replaces each call with an import of its `…Document` from
 * `src/gql/graphql.ts`; but Rollup keeps a module in one chunk, and that module is imported by the
 * entry, so every document would still land there. This plugin does the same replacement with a
 * virtual module per document (`\0immd-document:<kind>:<name>`), holding the generated document
 * (with its persisted id), so each chunk carries only the documents it uses. The dev server keeps
 * the preset's runtime lookup (no build step between an edit and the page).
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from 'graphql'
import type { Plugin } from 'vite'

const VIRTUAL_PREFIX = '\0immd-document:'
/** `graphql(` then a template literal without `${…}` substitutions (what the preset supports). */
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g
/** One generated document in `graphql.ts`: `export const XDocument = {…} as unknown as DocumentNode<…>;`. */
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm

interface DefinitionNameNode {
  kind: string
  name?: { value: string }
}

/** The key of a document: its first definition's kind and name (`OperationDefinition:Logout`). */
function keyOf(definitions: readonly DefinitionNameNode[], source: string): string {
  const first = definitions[0]
  if (!first?.name)
    throw new Error(`A graphql(…) document must start with a named definition:${source}`)
  return `${first.kind}:${first.name.value}`
}

/** Reads the generated documents of `graphql.ts`, keyed by {@link keyOf}. */
async function readGeneratedDocuments(path: string): Promise<Map<string, string>> {
  const text = await readFile(path, 'utf8')
  const documents = new Map<string, string>()
  for (const [, , json] of text.matchAll(GENERATED)) {
    if (json === undefined) continue
    const document = JSON.parse(json) as { definitions: DefinitionNameNode[] }
    documents.set(keyOf(document.definitions, json.slice(0, 80)), json)
  }
  return documents
}

/**
 * Replaces each `graphql(`…`)` call of the console's sources by an import of that document alone.
 * `generated` is codegen's `src/gql/graphql.ts`; the build fails on a call it has no document for
 * (run `pnpm generate`).
 */
export function splitGraphqlDocuments(generated: URL): Plugin {
  let documents: Map<string, string> | undefined
  const load = async () => {
    documents ??= await readGeneratedDocuments(fileURLToPath(generated))
    return documents
  }
  return {
    name: 'immd:graphql-documents',
    apply: 'build',
    async buildStart() {
      documents = undefined
      if ((await load()).size === 0) this.error(`${fileURLToPath(generated)} holds no documents.`)
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? id : null
    },
    async load(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return null
      const json = (await load()).get(id.slice(VIRTUAL_PREFIX.length))
      return json === undefined ? null : `export default ${json}`
    },
    async transform(code, id) {
      if (id.includes('/src/gql/') || id.includes('node_modules') || !code.includes('graphql(')) {
        return null
      }
      if (!/\.(vue|ts)$/.test(id.split('?')[0] ?? '')) return null
      const known = await load()
      const imports: string[] = []
      const replaced = code.replace(CALL, (_call, source: string) => {
        const key = keyOf(parse(source).definitions as readonly DefinitionNameNode[], source)
        if (!known.has(key)) {
          this.error(`${id}: no generated document for ${key}; run \`pnpm generate\`.`)
        }
        const name = `__immdDocument${imports.length}`
        imports.push(`import ${name} from ${JSON.stringify(VIRTUAL_PREFIX + key)};`)
        return name
      })
      if (imports.length === 0) return null
      return { code: `${imports.join('\n')}\n${replaced}`, map: null }
    },
  }
}
