/**
 * The scaling mode's table: per engine and operation, p50/p99 at each size and the ratio of the
 * largest size's p50 to the smallest's (the issue's target: within 1.5× for paged reads and the
 * detail).
 *
 * @packageDocumentation
 */
import type { ScalingRun } from './measure-scaling.js'

/** Renders the runs as Markdown. */
export function renderScalingMarkdown(runs: ScalingRun[]): string {
  const lines: string[] = []
  for (const engine of ['postgresql', 'sqlite'] as const) {
    const mine = runs
      .filter((run) => run.engine === engine)
      .sort((a, b) => a.engagements - b.engagements)
    if (mine.length === 0) continue
    const sizes = mine.map((run) => run.engagements.toLocaleString('en'))
    lines.push(`#### ${engine}`, '')
    lines.push(
      `| operation | ${sizes.map((size) => `${size}: p50 / p99 ms (CPU ms)`).join(' | ')} | p50 largest ÷ smallest |`,
    )
    lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`)
    const operations = mine[0]?.figures.map((figure) => figure.operation) ?? []
    for (const operation of operations) {
      const cells = mine.map((run) => {
        const figure = run.figures.find((f) => f.operation === operation)
        return figure ? `${figure.p50} / ${figure.p99} (${figure.cpuMs})` : '–'
      })
      const first = mine[0]?.figures.find((f) => f.operation === operation)?.p50
      const last = mine.at(-1)?.figures.find((f) => f.operation === operation)?.p50
      const ratio = first && last ? (last / first).toFixed(2) : '–'
      lines.push(`| ${operation} | ${cells.join(' | ')} | ${ratio} |`)
    }
    for (const run of mine) {
      if (!run.underDetailLoad) continue
      const load = run.underDetailLoad
      lines.push(
        '',
        `${run.engagements.toLocaleString('en')} engagements: \`viewer\` while two clients load details back to back: p50 ${load.p50} ms, p99 ${load.p99} ms (${load.samples} viewer requests, ${load.details} details in 10 s).`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}
