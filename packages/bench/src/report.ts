/**
 * Writes a run as JSON (`results/latest.json`, or `results/quick.json`) and as Markdown tables;
 * a full run also replaces the generated part of `docs/performance.md` (between its markers).
 *
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ContenderName } from './contenders/launch.js'
import type { MachineFacts } from './machine.js'
import type { ImportFigures } from './measure-import.js'
import type { OperationFigures } from './measure-read.js'
import type { StormFigures } from './measure-storm.js'
import { ratio, type TargetCheck } from './targets.js'

/** Everything one run measured. */
export interface BenchResults {
  profile: string
  machine: MachineFacts
  data: { engine: string; engagements: number; seeded: boolean; seedSeconds: number }[]
  operations: OperationFigures[]
  imports: ImportFigures | null
  storm: StormFigures | null
  unavailable: Partial<Record<ContenderName, string>>
  targets: TargetCheck[]
}

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')
const DOC = join(PACKAGE_DIR, '..', '..', 'docs', 'performance.md')
const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'
const CONTENDERS: ContenderName[] = ['ours', 'limit', 'naive', 'postgraphile']

const cell = (value: number | null | undefined, suffix = '') =>
  value === null || value === undefined ? '—' : `${value}${suffix}`

/** The Markdown of a run. */
export function renderMarkdown(results: BenchResults): string {
  const m = results.machine
  const lines = [
    `Run of ${m.date} (\`${results.profile}\` profile) on ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ` +
      `Node ${m.node}, PostgreSQL ${m.postgres}; load average at start ${m.loadAverage.join(' / ')}.`,
    `Data: ${results.data.map((d) => `${d.engagements} engagements on ${d.engine}${d.seeded ? ` (seeded in ${Math.round(d.seedSeconds)} s)` : ' (reused)'}`).join('; ')}.`,
    '',
    '| operation | engine | contender | throughput | CPU ms / request | p50 ms | p99 ms | at rate | SQL / request | peak RSS MiB | ours ÷ it |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const op of results.operations) {
    for (const name of CONTENDERS) {
      const f = op.contenders[name]
      if (!f) continue
      const rate = f.fixedRate ? `${f.fixedRate}/s` : 'serial'
      lines.push(
        `| ${op.title} | ${op.engine} | ${name} | ${f.throughput} ${op.unit} | ${cell(f.cpuMsPerRequest ?? null)} | ${f.p50} | ${f.p99} | ${rate} | ` +
          `${f.statementsPerRequest} | ${cell(f.peakRssMiB)} | ${name === 'ours' ? '1' : cell(ratio(op, name))} |`,
      )
    }
  }
  if (results.imports) {
    const i = results.imports
    lines.push('', `Import of ${i.records} inventory records (${i.engine}):`, '')
    lines.push('| variant | ms | records/s | SQL statements |', '| --- | ---: | ---: | ---: |')
    for (const [name, v] of Object.entries(i.variants)) {
      lines.push(`| ${name} | ${v.milliseconds} | ${v.recordsPerSecond} | ${v.statements} |`)
    }
    lines.push(
      '',
      `importTeams ÷ row by row: **${i.ratio}×**; proposed multi-row upsert ÷ row by row: ${i.proposedRatio}×.`,
    )
  }
  if (results.storm) {
    const s = results.storm
    lines.push(
      '',
      `Storm (${s.engine}): ${s.clients} clients, ${s.successes} successful \`evaluateDriver\` writes and ${s.conflicts} conflicts ` +
        `in ${s.seconds} s (${s.writesPerSecond} writes/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.statementsPerWrite} statements per write); ` +
        `version ${s.versionBefore} → ${s.versionAfter}: **${s.lostUpdates} lost updates**.`,
    )
    if (s.statementsPerSuccess !== undefined) {
      lines.push(
        '',
        `One \`evaluateDriver\` alone: ${s.statementsPerSuccess} statements for a successful write, ` +
          `${s.statementsPerConflict} for one refused for a stale version (each retry of the storm); ` +
          "both include the request's viewer lookup and its tenancy check.",
      )
    }
  }
  for (const [name, reason] of Object.entries(results.unavailable)) {
    lines.push('', `${name} did not run: ${reason}`)
  }
  lines.push('', '| target | value | required | met |', '| --- | ---: | ---: | --- |')
  for (const t of results.targets) {
    lines.push(`| ${t.target} | ${cell(t.value)} | ${t.required} | ${t.met ? 'yes' : '**no**'} |`)
  }
  return `${lines.join('\n')}\n`
}

/** Writes the JSON and Markdown; returns the paths written. */
export async function writeResults(results: BenchResults): Promise<string[]> {
  const dir = join(PACKAGE_DIR, 'results')
  await mkdir(dir, { recursive: true })
  const stem = results.profile === 'full' ? 'latest' : results.profile
  const json = join(dir, `${stem}.json`)
  const markdown = renderMarkdown(results)
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`)
  if (results.profile !== 'full') {
    const md = join(dir, `${stem}.md`)
    await writeFile(md, markdown)
    return [json, md]
  }
  const doc = await readFile(DOC, 'utf8').catch(() => `# Performance\n\n${START}\n${END}\n`)
  const start = doc.indexOf(START)
  const end = doc.indexOf(END)
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start + START.length)}\n${markdown}${doc.slice(end)}`
      : `${doc}\n${START}\n${markdown}${END}\n`
  await writeFile(DOC, next)
  return [json, DOC]
}
