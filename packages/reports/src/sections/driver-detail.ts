/**
 * The detail per driver: the question with its provenance, the answer with its value, weight and
 * contribution, the confidence with its reasons, the rationale (once), and the data items grouped
 * by effect code.
 *
 * @packageDocumentation
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx'
import { bullet, heading, labelled, note } from '../docx-parts.js'
import { writeBullets, writeHeading, writeLabelled, writeText } from '../pdf-layout.js'
import { docxColor, REPORT_COLOURS } from '../report-design.js'
import type { DocxBlock, ReportSection } from '../report-section.js'
import type { DriverView, ReportView } from '../report-view.js'

/** Effect codes in print order (their group labels are in the catalogue). */
const CODES = ['+', '-', '0', '?'] as const

const describeAnswer = (view: ReportView, driver: DriverView) =>
  view.t.driverDetail.describeAnswer(
    driver.answer,
    `${driver.value === null ? '—' : view.fmt.number(driver.value)}${driver.valueMarker ? ` ${driver.valueMarker}` : ''}`,
    view.fmt.percent(driver.weight),
    view.fmt.number(driver.contribution, 1),
  )

/**
 * The driver's data items by effect code. An item whose text is the rationale itself is left out:
 * the rationale is printed once, above.
 */
function groupItems(view: ReportView, driver: DriverView): { label: string; texts: string[] }[] {
  const rationale = driver.rationale?.trim()
  return CODES.map((code) => ({
    label: view.t.driverDetail.groups[code],
    texts: driver.items
      .filter((item) => item.code === code && item.text.trim() !== rationale)
      .map((item) => item.text),
  })).filter((group) => group.texts.length > 0)
}

/** The detail per driver. */
export const driverDetailSection: ReportSection = {
  id: 'driver-detail',
  title: (t) => t.sections.driverDetail,
  writePdf(doc, view) {
    const t = view.t.driverDetail
    view.drivers.forEach((driver, index) => {
      writeHeading(doc, `${driver.id} ${driver.shortName}`, 2, index === 0 ? 60 : 80)
      writeText(doc, `${driver.question} ${driver.questionMarker}`, { muted: true })
      writeLabelled(doc, t.answer, describeAnswer(view, driver))
      writeLabelled(doc, t.confidence, driver.confidence)
      if (driver.rationale) writeLabelled(doc, t.rationale, driver.rationale)
      const groups = groupItems(view, driver)
      if (groups.length === 0) writeText(doc, t.noItems, { muted: true })
      for (const group of groups) {
        writeText(doc, group.label, { bold: true })
        writeBullets(doc, group.texts)
      }
    })
  },
  buildDocx(view) {
    const t = view.t.driverDetail
    return view.drivers.flatMap((driver): DocxBlock[] => {
      const groups = groupItems(view, driver)
      return [
        heading(`${driver.id} ${driver.shortName}`, HeadingLevel.HEADING_2),
        new Paragraph({
          keepNext: true,
          children: [
            new TextRun({
              text: driver.question,
              italics: true,
              color: docxColor(REPORT_COLOURS.muted),
            }),
            new TextRun({ text: ` ${driver.questionMarker}` }),
          ],
        }),
        labelled(t.answer, describeAnswer(view, driver)),
        labelled(t.confidence, driver.confidence),
        ...(driver.rationale ? [labelled(t.rationale, driver.rationale)] : []),
        ...(groups.length === 0 ? [note(t.noItems)] : []),
        ...groups.flatMap((group) => [
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: group.label, bold: true })],
          }),
          ...group.texts.map(bullet),
        ]),
      ]
    })
  },
}
