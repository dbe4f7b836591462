/**
 * `pnpm --filter @immd/bench bench:read [--rounds N]`: the portfolio page and the engagement detail
 * of `pnpm bench` alone (PostgreSQL, 10,000 engagements, the full run's data set, reused), ours
 * against PostGraphile, for iterating on the read path without the whole bench. Ratios only: both
 * contenders run as in the full run, interleaved, in the same process pair.
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util'
import { launchFullPair } from './full-pair.js'
import { round } from './load.js'
import { measureRead } from './measure-read.js'
import { DETAIL, PORTFOLIO } from './operations/read-operations.js'
import { FULL_PROFILE } from './profile.js'

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' } } })
const { data, contenders, stop } = await launchFullPair()
try {
  const profile = { ...FULL_PROFILE, rounds: Number(values.rounds) }
  for (const operation of [PORTFOLIO, DETAIL]) {
    const figures = await measureRead(operation, contenders, data, profile, console.log)
    const ours = figures.contenders.ours
    const postgraphile = figures.contenders.postgraphile
    if (ours && postgraphile) {
      console.log(
        `bench: ${operation.id} ours ÷ PostGraphile ${round(ours.throughput / postgraphile.throughput)} (${ours.throughput} vs ${postgraphile.throughput} ${figures.unit}; p50 ${ours.p50} vs ${postgraphile.p50} ms; CPU ${ours.cpuMsPerRequest} vs ${postgraphile.cpuMsPerRequest} ms; peak RSS ${ours.peakRssMiB} vs ${postgraphile.peakRssMiB} MiB)`,
      )
    }
  }
} finally {
  await stop()
}
