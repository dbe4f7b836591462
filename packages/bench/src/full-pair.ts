/**
 * What the single-operation modes (`bench:export`, `bench:read`) share: the full run's
 * PostgreSQL data set (10,000 engagements, reused between runs) and our server and PostGraphile
 * launched against it, the pair whose ratios those modes report.
 *
 * @packageDocumentation
 */
import { type Contender, launchContender } from './contenders/launch.js'
import { type BenchData, prepareBenchData } from './data/bench-data.js'
import { FULL_PROFILE } from './profile.js'

/** The full data set and the two contenders; `stop` ends both. */
export interface FullPair {
  data: BenchData
  contenders: Contender[]
  stop(): Promise<void>
}

/** Prepares (or reuses) the full run's PostgreSQL data set (10,000 engagements). */
export function prepareFullData(): Promise<BenchData> {
  return prepareBenchData({
    engine: 'postgresql',
    engagements: FULL_PROFILE.postgresEngagements,
    postgresUrl:
      process.env.BENCH_POSTGRES_URL ||
      process.env.TEST_POSTGRES_URL ||
      'postgresql://postgres@127.0.0.1:5432/postgres',
    name: 'immd_bench',
    log: console.log,
  })
}

/** Prepares (or reuses) the full data set and starts ours and PostGraphile on it. */
export async function launchFullPair(): Promise<FullPair> {
  const data = await prepareFullData()
  const contenders = [
    await launchContender('ours', data.url),
    await launchContender('postgraphile', data.url),
  ]
  return {
    data,
    contenders,
    async stop() {
      for (const contender of contenders) await contender.stop()
    },
  }
}
