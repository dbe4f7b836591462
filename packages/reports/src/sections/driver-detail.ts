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
import type { DriverView } from '../report-view.js'

/** Effect codes in print order with their group labels. */
const GROUPS = [
  ['+', 'For success (+)'],
  ['-', 'Against success (−)'],
  ['0', 'Neutral (0)'],
  ['?', 'Effect unknown (?)'],
] as const

const describeAnswer = (driver: DriverView) =>
  `${driver.answer} · value ${driver.value ?? '—'}${driver.valueMarker ? ` ${driver.valueMarker}` : ''} · weight ${(driver.weight * 100).toFixed(1)}% · contribution ${driver.contribution.toFixed(1)}`

/**
 * The driver's data items by effect code. An item whose text is the rationale itself is left out:
 * the rationale is printed once, above.
 */
function groupItems(driver: DriverView): { label: string; texts: string[] }[] {
  const rationale = driver.rationale?.trim()
  return GROUPS.map(([code, label]) => ({
    label,
    texts: driver.items
      .filter((item) => item.code === code && item.text.trim() !== rationale)
      .map((item) => item.text),
  })).filter((group) => group.texts.length > 0)
}

/** The detail per driver. */
export const driverDetailSection: ReportSection = {
  id: 'driver-detail',
  title: 'Driver detail',
  writePdf(doc, view) {
    view.drivers.forEach((driver, index) => {
      writeHeading(doc, `${driver.id} ${driver.shortName}`, 2, index === 0 ? 60 : 80)
      writeText(doc, `${driver.question} ${driver.questionMarker}`, { muted: true })
      writeLabelled(doc, 'Answer', describeAnswer(driver))
      writeLabelled(doc, 'Confidence', driver.confidence)
      if (driver.rationale) writeLabelled(doc, 'Rationale', driver.rationale)
      const groups = groupItems(driver)
      if (groups.length === 0) writeText(doc, 'No data items.', { muted: true })
      for (const group of groups) {
        writeText(doc, group.label, { bold: true })
        writeBullets(doc, group.texts)
      }
    })
  },
  buildDocx(view) {
    return view.drivers.flatMap((driver): DocxBlock[] => {
      const groups = groupItems(driver)
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
        labelled('Answer', describeAnswer(driver)),
        labelled('Confidence', driver.confidence),
        ...(driver.rationale ? [labelled('Rationale', driver.rationale)] : []),
        ...(groups.length === 0 ? [note('No data items.')] : []),
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
