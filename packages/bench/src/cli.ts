// `pnpm bench [--quick]`: runs the benchmark and writes results/latest.json and docs/performance.md
// (quick: results/quick.json and results/quick.md). Exit code 0 even when a target is missed: the
// table says so; a contender answering different data, or a lost update, fails the run.
import { parseArgs } from 'node:util'
import { FULL_PROFILE, QUICK_PROFILE } from './profile.js'
import { renderMarkdown, writeResults } from './report.js'
import { runBench } from './run-bench.js'

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } })
const postgresUrl =
  process.env.BENCH_POSTGRES_URL ||
  process.env.TEST_POSTGRES_URL ||
  'postgresql://postgres@127.0.0.1:5432/postgres'
const results = await runBench({
  profile: values.quick ? QUICK_PROFILE : FULL_PROFILE,
  postgresUrl,
  log: (line) => console.log(line),
})
const written = await writeResults(results)
console.log(`\n${renderMarkdown(results)}`)
console.log(`bench: wrote ${written.join(', ')}`)
if (results.storm && results.storm.lostUpdates !== 0) process.exitCode = 1
