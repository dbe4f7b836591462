/**
 * The cohort benchmark (issue #15): the cohort's definition and size, the k/k' privacy
 * thresholds, a chart, and per driver and the total the engagement's value against the cohort's
 * Q1, median and Q3, where it sits, or why the statistic is suppressed. Only aggregates the API
 * returned are printed, never another tenant's engagement, name or id. When the whole cohort is
 * withheld (or was not fetched) the section is one line saying why.
 *
 * @packageDocumentation
 */
import { Paragraph } from 'docx'
import { bullet, imageParagraph, labelled, note, table } from '../docx-parts.js'
import { writeBullets, writeImage, writeLabelled, writeTable, writeText } from '../pdf-layout.js'
import type { BenchmarkRowView } from '../report-comparisons.js'
import type { DocxBlock, ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

/** One table row: value, Q1, median, Q3, position; a suppressed row names its reason instead. */
export function listBenchmarkRows(view: ReportView): string[][] {
  const { fmt } = view
  const t = view.t.benchmark
  const value = (v: number | null) => (v === null ? '—' : fmt.number(v, 1))
  const row = (r: BenchmarkRowView) =>
    r.summary
      ? [
          r.label,
          value(r.value),
          value(r.summary.q1),
          value(r.summary.median),
          value(r.summary.q3),
          r.position ?? '—',
        ]
      : // Withheld: no quartile at all, and the reason where the position would be.
        [r.label, value(r.value), '—', '—', '—', t.suppressedCell(r.suppressed ?? '—')]
  const { total, drivers } = view.benchmark
  return [...drivers.map(row), ...(total ? [row(total)] : [])]
}

/** Label/value lines: cohort definition, size, thresholds, shared and unshared drivers. */
function listFacts(view: ReportView): [string, string][] {
  const t = view.t.benchmark
  const b = view.benchmark
  return [
    [t.cohort, b.definition],
    ...(b.size ? [[t.size, b.size] as [string, string]] : []),
    [t.thresholds, b.thresholds],
    [t.shared, b.shared.join(', ') || view.t.common.none],
    ...(b.unshared.length > 0 ? [[t.unshared, b.unshared.join(', ')] as [string, string]] : []),
  ]
}

/** The cohort benchmark section. */
export const benchmarkSection: ReportSection = {
  id: 'benchmark',
  title: (t) => t.sections.benchmark,
  writePdf(doc, view, assets) {
    const t = view.t.benchmark
    if (view.benchmark.omitted) return writeText(doc, view.benchmark.omitted)
    writeText(doc, t.intro, { muted: true })
    doc.moveDown(0.3)
    for (const [label, value] of listFacts(view)) writeLabelled(doc, label, value)
    doc.moveDown(0.3)
    if (assets.benchmarkChart) writeImage(doc, assets.benchmarkChart)
    writeTable(doc, t.header, listBenchmarkRows(view))
    if (view.benchmark.notes.length > 0) {
      writeText(doc, t.notes, { bold: true })
      writeBullets(doc, view.benchmark.notes)
    }
  },
  buildDocx(view, assets) {
    const t = view.t.benchmark
    if (view.benchmark.omitted) return [new Paragraph({ text: view.benchmark.omitted })]
    const blocks: DocxBlock[] = [
      note(t.intro),
      ...listFacts(view).map(([label, value]) => labelled(label, value)),
      ...(assets.benchmarkChart
        ? [imageParagraph(assets.benchmarkChart, t.chartName, t.chartDescription)]
        : []),
      table([...t.header], listBenchmarkRows(view)),
      ...(view.benchmark.notes.length > 0
        ? [labelled(t.notes, ''), ...view.benchmark.notes.map(bullet)]
        : []),
    ]
    return blocks
  },
}
