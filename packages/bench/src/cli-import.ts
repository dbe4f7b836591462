// `pnpm --filter @immd/bench bench:cli-import [--engine sqlite|postgresql] [--sizes 1000,10000]`:
// the CLI import scenario (measure-cli-import.ts); prints its table and replaces the generated
// CLI-import part of docs/performance.md (between its own markers).
import { readFile, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { CLI_IMPORT_SIZES, type CliImportFigures, measureCliImport } from './measure-cli-import.js'

const { values } = parseArgs({
  options: { engine: { type: 'string', default: 'sqlite' }, sizes: { type: 'string' } },
})
const engine = values.engine === 'postgresql' ? 'postgresql' : 'sqlite'
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [...CLI_IMPORT_SIZES]
const figures = await measureCliImport({ engine, sizes, log: (line) => console.log(line) })
const table = renderTable(figures)
console.log(`\n${table}`)

const START = '<!-- bench:cli-import:start -->'
const END = '<!-- bench:cli-import:end -->'
const doc = join(import.meta.dirname, '..', '..', '..', 'docs', 'performance.md')
const text = await readFile(doc, 'utf8')
const start = text.indexOf(START)
const end = text.indexOf(END)
if (start >= 0 && end > start && !values.sizes) {
  await writeFile(doc, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`)
  console.log(`bench: wrote ${doc}`)
}
if (figures.ratio > 1.5 || figures.runs.some((run) => run.exitCode !== 0)) process.exitCode = 1

function renderTable(result: CliImportFigures): string {
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`
  const rows = result.runs.map(
    (run) =>
      `| ${run.records.toLocaleString('en')} | ${run.imcs.toLocaleString('en')} | ${run.seconds} | ${run.msPerRecord} | ${run.requests} | ${run.exitCode} | ${run.created.toLocaleString('en')} / ${run.engagementsCreated.toLocaleString('en')} |`,
  )
  return [
    `Engine ${result.engine}; ${machine}. Generated ${new Date().toISOString().slice(0, 10)} by \`pnpm --filter @immd/bench bench:cli-import\`.`,
    '',
    '| records | IMCs | seconds | ms per record | requests | exit | teams / engagements created |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Time per record, largest over smallest: **${result.ratio}** (target ≤ 1.5).`,
  ].join('\n')
}
