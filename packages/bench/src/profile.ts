/**
 * How big and how long a run is. `full` is what `pnpm bench` measures; `quick` (`pnpm bench
 * --quick`) proves the harness end to end in well under a minute and is what the smoke test runs.
 *
 * @packageDocumentation
 */

/** The knobs of one run. */
export interface BenchProfile {
  name: 'full' | 'quick'
  /** Synthetic engagements on PostgreSQL. */
  postgresEngagements: number
  /** Synthetic engagements on SQLite (the smaller set). */
  sqliteEngagements: number
  /** Seconds of each saturation run (open loop as fast as the contender answers). */
  saturateSeconds: number
  /** Seconds of each fixed-rate run. */
  fixedRateSeconds: number
  /** Concurrent connections of the load generator. */
  connections: number
  /** Interleaved rounds per operation; the best round of each contender counts. */
  rounds: number
  /** Full exports per contender (each one reads every engagement). */
  exports: number
  /** Inventory records imported per import run. */
  importRecords: number
  /** Storm: clients and successful writes each client makes. */
  stormClients: number
  stormWritesPerClient: number
  /** Requests whose statements are counted per operation and contender. */
  statementSamples: number
}

export const FULL_PROFILE: BenchProfile = {
  name: 'full',
  postgresEngagements: 10_000,
  sqliteEngagements: 1_000,
  saturateSeconds: 6,
  fixedRateSeconds: 6,
  connections: 8,
  rounds: 2,
  exports: 4,
  importRecords: 1_000,
  stormClients: 20,
  stormWritesPerClient: 5,
  statementSamples: 5,
}

export const QUICK_PROFILE: BenchProfile = {
  name: 'quick',
  postgresEngagements: 300,
  sqliteEngagements: 100,
  saturateSeconds: 1,
  fixedRateSeconds: 1,
  connections: 4,
  rounds: 1,
  exports: 1,
  importRecords: 100,
  stormClients: 20,
  stormWritesPerClient: 2,
  statementSamples: 2,
}
