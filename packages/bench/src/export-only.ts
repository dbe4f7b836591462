/**
 * `pnpm --filter @immd/bench bench:export [--samples N]`: the portfolio export of `pnpm bench`
 * alone (PostgreSQL, 10,000 engagements, the full run's data set, reused), ours against
 * PostGraphile, for iterating on the export without the whole bench. Ratios only: both run in the
 * same process pair, interleaved, as in the full run.
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util'
import { launchFullPair } from './full-pair.js'
import { round } from './load.js'
import { measureExport } from './measure-export.js'
import { FULL_PROFILE } from './profile.js'

const { values } = parseArgs({ options: { samples: { type: 'string', default: '12' } } })
const { data, contenders, stop } = await launchFullPair()
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
  await stop()
}
