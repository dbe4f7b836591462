// `pnpm --filter @immd/bench bench:scaling [--postgres 1000,10000,100000] [--sqlite 1000,10000,50000]
// [--samples 50] [--out scaling.json]`: the scaling mode; writes results/scaling.json and prints a Markdown table.
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { measureScaling, type ScalingRun } from './measure-scaling.js'
import { renderScalingMarkdown } from './scaling-report.js'

const { values } = parseArgs({
  options: {
    postgres: { type: 'string', default: '1000,10000,100000' },
    sqlite: { type: 'string', default: '1000,10000,50000' },
    samples: { type: 'string', default: '50' },
    out: { type: 'string', default: 'scaling.json' },
  },
})
const sizes = (text: string) =>
  text
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((value) => Number.isInteger(value) && value > 0)
const postgresUrl =
  process.env.BENCH_POSTGRES_URL ||
  process.env.TEST_POSTGRES_URL ||
  'postgresql://postgres@127.0.0.1:5432/postgres'
const log = (line: string) => console.log(line)
const started = performance.now()
const runs: ScalingRun[] = []
for (const engine of ['postgresql', 'sqlite'] as const) {
  const list = sizes(engine === 'sqlite' ? values.sqlite : values.postgres)
  if (list.length === 0) continue
  runs.push(
    ...(await measureScaling({
      engine,
      sizes: list,
      postgresUrl,
      samples: Number(values.samples),
      log,
    })),
  )
}
const minutes = Math.round((performance.now() - started) / 6000) / 10
const path = new URL(`../../results/${values.out}`, import.meta.url)
await writeFile(path, `${JSON.stringify({ minutes, runs }, null, 2)}\n`)
console.log(
  `\n${renderScalingMarkdown(runs)}\nscaling: ${minutes} min; wrote results/${values.out}`,
)
