/**
 * The executive summary's content, derived from the view: the three strongest and the three
 * weakest scored drivers, each with one line of evidence, and the recommended next steps.
 *
 * @packageDocumentation
 */
import type { DriverView, ReportView } from './report-view.js'

/** A driver named in the summary with the one line of evidence that best supports its place. */
export interface SummaryDriver {
  id: string
  shortName: string
  answer: string
  value: number
  /** A data item (`+` for a strong driver, `-` for a weak one), or what is missing. */
  evidence: string
}

/** What the executive summary prints besides the headline and the charts. */
export interface ExecutiveSummary {
  strongest: SummaryDriver[]
  weakest: SummaryDriver[]
  nextSteps: string[]
}

/** How many drivers each list names. */
const LIST_SIZE = 3

/** Picks the summary's drivers and next steps. */
export function buildExecutiveSummary(view: ReportView): ExecutiveSummary {
  const scored = view.drivers.filter(
    (driver): driver is DriverView & { value: number } => driver.value !== null,
  )
  // Highest value first; a larger contribution, then the method's order, breaks ties.
  const ranked = [...scored].sort(
    (a, b) => b.value - a.value || b.contribution - a.contribution || a.number - b.number,
  )
  const strongest = ranked.slice(0, LIST_SIZE)
  const weakest = ranked
    .filter((driver) => !strongest.includes(driver))
    .reverse()
    .slice(0, LIST_SIZE)
  return {
    strongest: strongest.map((driver) => summarize(view, driver, '+')),
    weakest: weakest.map((driver) => summarize(view, driver, '-')),
    nextSteps: listNextSteps(view),
  }
}

function summarize(
  view: ReportView,
  driver: DriverView & { value: number },
  wanted: '+' | '-',
): SummaryDriver {
  const item =
    driver.items.find((candidate) => candidate.code === wanted) ??
    driver.items.find((candidate) => candidate.code !== (wanted === '+' ? '-' : '+'))
  return {
    id: driver.id,
    shortName: driver.shortName,
    answer: driver.answer,
    value: driver.value,
    evidence: item
      ? `${item.code} ${item.text}`
      : driver.items.length > 0
        ? view.t.summary.itemsNoneCoded(driver.items.length, wanted)
        : view.t.summary.noItem,
  }
}

/** Open improvements first (they are agreed), then the A6 candidates and the path to the threshold. */
function listNextSteps(view: ReportView): string[] {
  const t = view.t.summary
  const steps: string[] = []
  if (!view.complete && view.missing.length > 0)
    steps.push(t.evaluateMissing(view.missing.join(', ')))
  const open = view.improvements.filter((i) => !['done', 'rejected'].includes(i.status))
  for (const improvement of open.slice(0, LIST_SIZE)) {
    steps.push(
      `${improvement.driverId}: ${improvement.proposal} — ${t.ownerDue(improvement.owner, improvement.dueDate ?? '—')}`,
    )
  }
  if (open.length === 0) {
    for (const candidate of view.candidates.slice(0, LIST_SIZE)) steps.push(t.planFor(candidate))
  }
  // "The threshold is met" is a fact only for a final result.
  if (view.pathToThreshold && (view.status === 'final' || view.meetsThreshold === false))
    steps.push(view.pathToThreshold)
  if (steps.length === 0) steps.push(t.noNextStep)
  return steps
}
