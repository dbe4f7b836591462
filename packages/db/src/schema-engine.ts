/**
 * Loads Prisma's schema engine compiled to WebAssembly and opens it on a driver adapter: the
 * offline replacement for the native engine that `prisma migrate` downloads.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg'
import { createAdapterFactory } from './adapters.js'
import type { Engine, ResolvedDatabaseUrl } from './engine.js'
import { createOfflinePostgresFactory } from './offline-adapter.js'

/** The engine class of `@prisma/schema-engine-wasm`. */
export type SchemaEngine = bindings.SchemaEngine

// The wasm-bindgen glue keeps the instance in a module variable of its own, so a second
// instantiation would pull the memory from under engines already open: load once per process.
const loaded: { promise?: Promise<typeof bindings> } = {}

/** The part of the WebAssembly JS API used here. */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> }
}

/**
 * Instantiates the WASM module by hand: the package's main entry imports a `.wasm` file as an ES
 * module, which Node 20 refuses.
 */
function loadBindings(): Promise<typeof bindings> {
  loaded.promise ??= (async () => {
    const require = createRequire(import.meta.url)
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    const bytes = await readFile(glue.replace(/schema_engine_bg\.js$/, 'schema_engine_bg.wasm'))
    // The project's `lib` has no DOM types, where TypeScript declares WebAssembly; Node has it.
    const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly
    const instance = new wasm.Instance(new wasm.Module(bytes), {
      './schema_engine_bg.js': bindings,
    })
    bindings.__wbg_set_wasm(instance.exports as never)
    ;(instance.exports.__wbindgen_start as () => void)()
    return bindings
  })()
  return loaded.promise
}

/** Options for {@link openSchemaEngine}. */
export interface OpenSchemaEngineOptions {
  /** The database to work on, or `{ offline: engine }` for schema-to-schema diffs only. */
  target: ResolvedDatabaseUrl | { offline: Engine }
  /** The engine's schema copy (its datasource block picks the SQL dialect). */
  schema: { path: string; content: string }
  /** Receives the engine's log lines (JSON strings); ignored by default. */
  onLog?: (line: string) => void
}

/** An open schema engine and the function that releases it. */
export interface OpenedSchemaEngine {
  engine: SchemaEngine
  /** Frees the engine and closes the connections it opened. */
  close(): Promise<void>
}

function selectFactory(
  target: OpenSchemaEngineOptions['target'],
): SqlMigrationAwareDriverAdapterFactory {
  if (!('offline' in target))
    return createAdapterFactory(target, { maxConnections: 2, charAsText: true })
  // An in-memory SQLite database costs nothing; PostgreSQL gets a stand-in that needs no server.
  return target.offline === 'sqlite'
    ? createAdapterFactory({ engine: 'sqlite', url: 'file::memory:' })
    : createOfflinePostgresFactory()
}

/** Opens the schema engine on the database of `target`. */
export async function openSchemaEngine(
  options: OpenSchemaEngineOptions,
): Promise<OpenedSchemaEngine> {
  const { SchemaEngine } = await loadBindings()
  const { factory, disposeAll } = trackConnections(selectFactory(options.target))
  // The engine calls the adapter through the error-capturing wrapper; a bare factory fails inside.
  const engine = await SchemaEngine.new(
    { datamodels: [[options.schema.path, options.schema.content]] },
    (line: string) => options.onLog?.(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  ).catch(async (error: unknown) => {
    await disposeAll()
    throw error
  })
  return {
    engine,
    async close() {
      engine.free()
      await disposeAll()
    },
  }
}

/**
 * Remembers every connection the engine opens: freeing the engine does not close them, and an
 * open SQLite handle would keep the file busy for the next writer.
 */
function trackConnections(inner: SqlMigrationAwareDriverAdapterFactory) {
  const open: SqlDriverAdapter[] = []
  const remember = (adapter: SqlDriverAdapter) => {
    open.push(adapter)
    return adapter
  }
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect().then(remember),
    connectToShadowDb: () => inner.connectToShadowDb().then(remember),
  }
  const disposeAll = async () => {
    await Promise.allSettled(open.splice(0).map((adapter) => adapter.dispose()))
  }
  return { factory, disposeAll }
}
