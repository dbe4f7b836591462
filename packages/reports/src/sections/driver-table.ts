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

const VALUE_COLUMN = 3

function listRows(view: ReportView): string[][] {
  return view.drivers.map((driver) => [
    driver.id,
    driver.shortName,
    driver.answer,
    driver.value === null ? '—' : view.fmt.number(driver.value),
    view.fmt.percent(driver.weight),
    view.fmt.number(driver.contribution, 1),
    driver.confidenceLevel,
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

/** The driver table. */
export const driverTableSection: ReportSection = {
  id: 'driver-table',
  title: (t) => t.sections.driverTable,
  newPage: true,
  writePdf(doc, view) {
    const t = view.t.driverTable
    writeTable(doc, t.header, listRows(view), { cellFill: shadeValue(view) })
    writeText(doc, t.legend, { muted: true })
  },
  buildDocx(view) {
    const t = view.t.driverTable
    return [table([...t.header], listRows(view), { cellFill: shadeValue(view) }), note(t.legend)]
  },
}
