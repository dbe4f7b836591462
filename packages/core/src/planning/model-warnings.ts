/**
 * Warnings that follow from how the IMC is organized: nobody owns incident management (the
 * security team model), response authority shared without a documented escalation path, and a team
 * that serves several countries without a local contact in each.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '../inventory/record-schema.js'
import type { ModelProfile } from './model-profiles.js'
import type { PlanningWarning } from './types.js'

const ESCALATION = /escalat/i

/** Options of {@link listModelWarnings}. */
export interface ListModelWarningsOptions {
  records: readonly InventoryRecord[]
  profile: ModelProfile
}

/** The organizational warnings of one IMC, in a fixed order. */
export function listModelWarnings(options: ListModelWarningsOptions): PlanningWarning[] {
  const { records, profile } = options
  const teams = records.map((record) => record['short-team-name'])
  const warnings: PlanningWarning[] = []
  const models = [...new Set(records.flatMap((record) => record.model ?? []))]
  if (models.length > 1) {
    warnings.push({
      code: 'model-conflict',
      value: models[0],
      values: models,
      message: `The records name several organizational models (${models.join(', ')}); the plan follows ${models[0]} from the first record that names one.`,
      teams: records
        .filter((record) => record.model !== undefined)
        .map((r) => r['short-team-name']),
    })
  }
  if (!profile.hasImcManager) {
    warnings.push({
      code: 'no-incident-management-owner',
      message:
        'Nobody owns incident management: in a security team no group holds overall responsibility for incident handling and authority rests with each department (handbook chapter 4, reconstructed). No IMC manager is placed; treat this as a finding to confirm in the interviews.',
      teams,
    })
  }
  const shared = records.filter((record) => record.authority?.response === 'shared')
  const escalation = records.some((record) =>
    (record.documents ?? []).some((title) => ESCALATION.test(title)),
  )
  if (shared.length > 0 && !escalation) {
    warnings.push({
      code: 'shared-response-without-escalation',
      message:
        'Response authority is shared, but no record lists an escalation procedure: who decides when the team and the divisional managers disagree is undocumented. Ask for it (it is on the document checklist).',
      teams: shared.map((record) => record['short-team-name']),
    })
  }
  const missing = listCountriesWithoutContact(records)
  if (missing.length > 0) {
    warnings.push({
      code: 'no-local-contact',
      values: missing,
      message: `The IMC serves ${missing.join(', ')} but no record located there has staff or a contact address; plan local contacts (language, law, time zone) before the interviews.`,
      teams,
    })
  }
  return warnings
}

/** Countries served (country-code, additional-country-code) with no record there that has people or an address. */
function listCountriesWithoutContact(records: readonly InventoryRecord[]): string[] {
  const served = new Set<string>()
  const covered = new Set<string>()
  for (const record of records) {
    const own = record['country-code'] ?? []
    for (const code of [...own, ...(record['additional-country-code'] ?? [])]) served.add(code)
    const reachable = (record.staff ?? []).length > 0 || record.email !== undefined
    if (reachable) for (const code of own) covered.add(code)
  }
  if (served.size < 2) return []
  return [...served].filter((code) => !covered.has(code))
}
