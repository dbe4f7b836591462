/**
 * The re-assessment comparison (issue #15): per driver the previous and current answer with the
 * change in points and a chart, then, for each improvement of the previous engagement that named
 * an expected answer, whether the answer now reached it (met, partly, not met, driver excluded).
 * A first assessment gets one line saying there is nothing to compare with.
 *
 * @packageDocumentation
 */
import { HeadingLevel, Paragraph } from 'docx'
import { heading, imageParagraph, note, table } from '../docx-parts.js'
import { writeHeading, writeImage, writeTable, writeText } from '../pdf-layout.js'
import type { DocxBlock, ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

/** The delta table's rows. */
export function listDeltaRows(view: ReportView): string[][] {
  return view.comparison.drivers.map((d) => [
    `${d.driverId} ${d.shortName}`,
    d.previous,
    d.current,
    d.deltaText,
    d.change,
  ])
}

/** The improvement checks' rows. */
export function listImprovementRows(view: ReportView): string[][] {
  return view.comparison.improvements.map((i) => [
    i.driverId,
    i.proposal,
    i.status,
    i.previous,
    i.expected,
    i.current,
    i.outcome,
  ])
}

/** The re-assessment comparison section. */
export const reassessmentSection: ReportSection = {
  id: 'reassessment',
  title: (t) => t.sections.comparison,
  writePdf(doc, view, assets) {
    const t = view.t.comparison
    const c = view.comparison
    if (c.omitted) return writeText(doc, c.omitted)
    writeText(doc, c.intro, { muted: true })
    doc.moveDown(0.3)
    if (assets.comparisonChart) writeImage(doc, assets.comparisonChart)
    writeTable(doc, t.deltaHeader, listDeltaRows(view))
    writeHeading(doc, t.improvementsHeading, 2)
    if (c.improvements.length === 0) return writeText(doc, t.noImprovements)
    writeText(doc, t.improvementsIntro, { muted: true })
    writeTable(doc, t.improvementsHeader, listImprovementRows(view))
    writeText(doc, c.outcomeCounts)
  },
  buildDocx(view, assets) {
    const t = view.t.comparison
    const c = view.comparison
    if (c.omitted) return [new Paragraph({ text: c.omitted })]
    const blocks: DocxBlock[] = [
      note(c.intro),
      ...(assets.comparisonChart
        ? [imageParagraph(assets.comparisonChart, t.chartName, t.chartDescription)]
        : []),
      table([...t.deltaHeader], listDeltaRows(view)),
      heading(t.improvementsHeading, HeadingLevel.HEADING_2),
      ...(c.improvements.length === 0
        ? [new Paragraph({ text: t.noImprovements })]
        : [
            note(t.improvementsIntro),
            table([...t.improvementsHeader], listImprovementRows(view)),
            new Paragraph({ text: c.outcomeCounts }),
          ]),
    ]
    return blocks
  },
}
