/**
 * `pnpm --filter @immd/bench bench:export [--samples N]`: the portfolio export of `pnpm bench`
 * alone (PostgreSQL, 10,000 engagements, the full run's data set, reused), ours against
 * PostGraphile, for iterating on the export without the whole bench. Ratios only: both run in the
 * same process pair, interleaved, as in the full run.
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util'
import { launchContender } from './contenders/launch.js'
import { prepareBenchData } from './data/bench-data.js'
import { round } from './load.js'
import { measureExport } from './measure-export.js'
import { FULL_PROFILE } from './profile.js'

const { values } = parseArgs({ options: { samples: { type: 'string', default: '12' } } })
const data = await prepareBenchData({
  engine: 'postgresql',
  engagements: FULL_PROFILE.postgresEngagements,
  postgresUrl:
    process.env.BENCH_POSTGRES_URL ||
    process.env.TEST_POSTGRES_URL ||
    'postgresql://postgres@127.0.0.1:5432/postgres',
  name: 'immd_bench',
  log: console.log,
})
const contenders = [
  await launchContender('ours', data.url),
  await launchContender('postgraphile', data.url),
]
try {
  const figures = await measureExport(
    contenders,
    data,
    { ...FULL_PROFILE, exports: Number(values.samples) },
    console.log,
  )
  const ours = figures.contenders.ours
  const postgraphile = figures.contenders.postgraphile
  if (ours && postgraphile) {
    console.log(
      `bench: export ours ÷ PostGraphile ${round(postgraphile.p50 / ours.p50)} (p50 ${ours.p50} vs ${postgraphile.p50} ms; peak RSS ${ours.peakRssMiB} vs ${postgraphile.peakRssMiB} MiB)`,
    )
  }
} finally {
  for (const contender of contenders) await contender.stop()
}
