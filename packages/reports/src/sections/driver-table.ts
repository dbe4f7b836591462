/**
 * The driver table: every driver on one row with its answer, value (shaded in its band's
 * colour), weight, contribution, confidence level and evidence tally.
 *
 * @packageDocumentation
 */
import { note, table } from '../docx-parts.js'
import { writeTable, writeText } from '../pdf-layout.js'
import { colourOfValue, tint } from '../report-design.js'
import type { ReportSection } from '../report-section.js'
import type { ReportView } from '../report-view.js'

const HEADER = [
  'Driver',
  'Name',
  'Answer',
  'Value',
  'Weight',
  'Contribution',
  'Confidence',
  '+ / − / 0 / ?',
]
const VALUE_COLUMN = 3

function listRows(view: ReportView): string[][] {
  return view.drivers.map((driver) => [
    driver.id,
    driver.shortName,
    driver.answer,
    driver.value === null ? '—' : String(driver.value),
    `${(driver.weight * 100).toFixed(1)}%`,
    driver.contribution.toFixed(1),
    driver.confidence.split(':')[0] ?? '—',
    `${driver.tally.success} / ${driver.tally.failure} / ${driver.tally.neutral} / ${driver.tally.unknown}`,
  ])
}

/** A light band shade behind each value. */
function shadeValue(view: ReportView) {
  return (row: number, column: number) => {
    const value = view.drivers[row]?.value ?? null
    return column === VALUE_COLUMN && value !== null
      ? tint(colourOfValue(value, view.bands))
      : undefined
  }
}

const LEGEND =
  'Value: the answer’s value on the 0–100 scale, shaded in the colour of the band it falls in. ' +
  'Weight and contribution: the driver’s share of the total. Last column: data items coded ' +
  'for success (+), against it (−), neutral (0) and unknown (?).'

/** The driver table. */
export const driverTableSection: ReportSection = {
  id: 'driver-table',
  title: 'Driver table',
  newPage: true,
  writePdf(doc, view) {
    writeTable(doc, HEADER, listRows(view), { cellFill: shadeValue(view) })
    writeText(doc, LEGEND, { muted: true })
  },
  buildDocx(view) {
    return [table(HEADER, listRows(view), { cellFill: shadeValue(view) }), note(LEGEND)]
  },
}
