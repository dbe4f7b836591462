/**
 * One bench run: prepare the data, start the contenders, measure every operation, stop them.
 *
 * @packageDocumentation
 */
import { type Contender, type ContenderName, launchContender } from './contenders/launch.js'
import { type BenchData, prepareBenchData } from './data/bench-data.js'
import { withDatabase } from './data/store.js'
import { describeMachine } from './machine.js'
import { measureExport } from './measure-export.js'
import { type ImportFigures, measureImport } from './measure-import.js'
import { measureRead, type OperationFigures } from './measure-read.js'
import { measureStorm, type StormFigures } from './measure-storm.js'
import { DETAIL, PORTFOLIO } from './operations/read-operations.js'
import type { BenchProfile } from './profile.js'
import type { BenchResults } from './report.js'
import { checkTargets } from './targets.js'

/** Options of {@link runBench}. */
export interface RunBenchOptions {
  profile: BenchProfile
  /** Any URL of the PostgreSQL server; the bench uses its own databases there. */
  postgresUrl: string
  log: (line: string) => void
}

async function startAll(
  names: ContenderName[],
  url: string,
  unavailable: BenchResults['unavailable'],
  log: (line: string) => void,
): Promise<Contender[]> {
  const started: Contender[] = []
  for (const name of names) {
    try {
      started.push(await launchContender(name, url))
    } catch (error) {
      // Only PostGraphile may be missing (it is a third-party server); ours must run.
      if (name !== 'postgraphile') throw error
      unavailable[name] = (error as Error).message
      log(`bench: ${name} unavailable: ${(error as Error).message}`)
    }
  }
  return started
}

async function measureEngine(
  data: BenchData,
  names: ContenderName[],
  options: RunBenchOptions,
  unavailable: BenchResults['unavailable'],
): Promise<{ operations: OperationFigures[]; storm: StormFigures | null }> {
  const { profile, log } = options
  const contenders = await startAll(names, data.url, unavailable, log)
  try {
    const operations = [
      await measureRead(PORTFOLIO, contenders, data, profile, log),
      await measureRead(DETAIL, contenders, data, profile, log),
    ]
    if (data.engine === 'sqlite') return { operations, storm: null }
    operations.push(await measureExport(contenders, data, profile, log))
    const ours = contenders.find((c) => c.name === 'ours') as Contender
    log(`bench: storm of ${profile.stormClients} clients`)
    const storm = await measureStorm(ours, data, {
      clients: profile.stormClients,
      writesPerClient: profile.stormWritesPerClient,
    })
    return { operations, storm }
  } finally {
    await Promise.all(contenders.map((c) => c.stop()))
  }
}

/** Runs the bench and returns its results (the caller writes them). */
export async function runBench(options: RunBenchOptions): Promise<BenchResults> {
  const { profile, log } = options
  const suffix = profile.name === 'quick' ? '_quick' : ''
  const machine = await describeMachine(withDatabase(options.postgresUrl, 'postgres'))
  const unavailable: BenchResults['unavailable'] = {}
  const postgres = await prepareBenchData({
    engine: 'postgresql',
    engagements: profile.postgresEngagements,
    postgresUrl: options.postgresUrl,
    name: `immd_bench${suffix}`,
    log,
  })
  const onPostgres = await measureEngine(
    postgres,
    ['ours', 'limit', 'naive', 'postgraphile'],
    options,
    unavailable,
  )
  log('bench: import')
  const imports: ImportFigures = await measureImport(postgres.url, 'postgresql', profile, log)
  const sqlite = await prepareBenchData({
    engine: 'sqlite',
    engagements: profile.sqliteEngagements,
    postgresUrl: options.postgresUrl,
    name: `immd-bench${suffix}`,
    log,
  })
  const onSqlite = await measureEngine(sqlite, ['ours', 'naive'], options, unavailable)
  const operations = [...onPostgres.operations, ...onSqlite.operations]
  return {
    profile: profile.name,
    machine,
    data: [postgres, sqlite].map((d) => ({
      engine: d.engine,
      engagements: d.engagements,
      seeded: d.seeded,
      seedSeconds: Math.round(d.seedSeconds),
    })),
    operations,
    imports,
    storm: onPostgres.storm,
    unavailable,
    targets: checkTargets(operations, imports, onPostgres.storm),
  }
}
