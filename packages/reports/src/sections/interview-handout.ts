/**
 * The interview handout: each driver's question and things to consider, then the answer
 * criteria, every text with its provenance marker.
 *
 * @packageDocumentation
 */
import { HeadingLevel, Paragraph } from 'docx'
import { bullet, heading, table } from '../docx-parts.js'
import { writeBullets, writeHeading, writeLabelled, writeText } from '../pdf-layout.js'
import type { ReportSection } from '../report-section.js'

/** The interview handout (an appendix on its own pages). */
export const interviewHandoutSection: ReportSection = {
  id: 'interview-handout',
  title: (t) => t.sections.interviewHandout,
  newPage: true,
  writePdf(doc, view) {
    const t = view.t.handout
    for (const driver of view.handout.drivers) {
      writeHeading(doc, `${driver.id} ${driver.shortName}`, 2, 40)
      writeText(doc, `${driver.question.text} ${driver.question.marker}`)
      writeBullets(
        doc,
        driver.prompts.map((prompt) => `${prompt.text} ${prompt.marker}`),
      )
    }
    writeHeading(doc, t.answerCriteria, 2, 60)
    for (const answer of view.handout.answers) {
      writeLabelled(
        doc,
        answer.label,
        answer.criteria ? `${answer.criteria.text} ${answer.criteria.marker}` : t.noCriteria,
      )
    }
  },
  buildDocx(view) {
    const t = view.t.handout
    return [
      ...view.handout.drivers.flatMap((driver) => [
        heading(`${driver.id} ${driver.shortName}`, HeadingLevel.HEADING_2),
        new Paragraph({
          text: `${driver.question.text} ${driver.question.marker}`,
          keepNext: true,
        }),
        ...driver.prompts.map((prompt) => bullet(`${prompt.text} ${prompt.marker}`)),
      ]),
      heading(t.answerCriteria, HeadingLevel.HEADING_2),
      table(
        [...t.header],
        view.handout.answers.map((answer) => [
          answer.label,
          answer.criteria?.text ?? t.noCriteria,
          answer.criteria?.marker ?? '',
        ]),
      ),
    ]
  },
}
