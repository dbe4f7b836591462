/**
 * IMC-function coverage: whether the records of one IMC show each of the four functions the
 * method defines an IMC by (Protect, Detect, Respond, Sustain; `[SEED-IMMD]`). Evidence comes from
 * the records' `imc_functions`, their services (through the catalogues' function mapping, `[INF]`)
 * and their units and team names (the keyword table below, `[INF]`). A function without evidence
 * is a planning warning: the IMC may rely on a group the inventory does not list.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '../inventory/record-schema.js'
import { resolveService } from '../inventory/resolve-service.js'
import { IMC_FUNCTIONS, type ImcFunction } from '../inventory/vocabularies.js'
import type { FunctionCoverage, PlanningWarning, ScopeListUnit } from './types.js'

/** Unit and team names that show a function (`[INF]`: our reading of typical group names). */
export const FUNCTION_KEYWORDS: readonly { pattern: RegExp; function: ImcFunction }[] = [
  { pattern: /\b(soc|security operations|monitoring|detection)\b/i, function: 'detect' },
  { pattern: /\b(help ?desk|service ?desk|csirt|cert|incident)\b/i, function: 'respond' },
  {
    pattern: /\b(it operations|infrastructure|network|system administration|hardening)\b/i,
    function: 'protect',
  },
  { pattern: /\b(security office|governance|risk|management)\b/i, function: 'sustain' },
]

/** Options of {@link checkFunctionCoverage}. */
export interface CheckFunctionCoverageOptions {
  records: readonly InventoryRecord[]
  scopeList: readonly ScopeListUnit[]
}

/** Coverage per function, and one warning per function without evidence. */
export function checkFunctionCoverage(options: CheckFunctionCoverageOptions): {
  coverage: FunctionCoverage[]
  warnings: PlanningWarning[]
} {
  const evidence = new Map<ImcFunction, Set<string>>(IMC_FUNCTIONS.map((f) => [f, new Set()]))
  const note = (fn: ImcFunction, what: string) => evidence.get(fn)?.add(what)
  for (const record of options.records) {
    const team = record['short-team-name']
    for (const fn of record.imc_functions ?? []) note(fn, `${team}: imc_functions`)
    const framework = record.services?.framework
    if (framework !== undefined) {
      for (const service of record.services?.offered ?? []) {
        for (const fn of resolveService(framework, service)?.functions ?? []) {
          note(fn, `${team}: service ${service}`)
        }
      }
    }
    matchKeywords(`${team} ${record['official-team-name'] ?? ''}`, `team ${team}`, note)
  }
  for (const unit of options.scopeList) {
    // Units the planner added from the model are proposals, not evidence.
    if (unit.entries.every((entry) => entry.reason !== undefined)) continue
    matchKeywords(unit.unit, `unit ${unit.unit}`, note)
  }
  const coverage = IMC_FUNCTIONS.map((fn) => {
    const found = [...(evidence.get(fn) ?? [])]
    return { function: fn, covered: found.length > 0, evidence: found }
  })
  const teams = options.records.map((record) => record['short-team-name'])
  const warnings = coverage
    .filter((item) => !item.covered)
    .map(
      (item): PlanningWarning => ({
        code: 'imc-function-not-covered',
        value: item.function,
        message: `No record shows the ${item.function} function (imc_functions, services or units); the IMC is all groups that perform Protect, Detect, Respond and Sustain, so a group doing ${item.function} may be missing from the inventory.`,
        teams,
      }),
    )
  return { coverage, warnings }
}

function matchKeywords(
  text: string,
  label: string,
  note: (fn: ImcFunction, what: string) => void,
): void {
  for (const keyword of FUNCTION_KEYWORDS)
    if (keyword.pattern.test(text)) note(keyword.function, label)
}
