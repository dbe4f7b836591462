/**
 * Creates a draft IMMD engagement plan for one IMC from CSIRT inventory records (domain reference
 * §8.3, `[DESIGN]`): the teams, a snapshot of their records, the success threshold, the Scope List,
 * the Document Checklist and the Preparation Checklist.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from './inventory/record-schema.js'
import { findBand } from './method.js'
import type { BandId, MethodDefinition } from './method-types.js'
import { IMMD_1_0 } from './methods/immd-1-0.js'
import { buildDocumentChecklist } from './planning/document-checklist.js'
import { buildPreparationChecklist } from './planning/preparation-checklist.js'
import { buildScopeList } from './planning/scope-list.js'
import type {
  EngagementPlan,
  ImcRecordGroup,
  PlanningError,
  PlanningWarning,
} from './planning/types.js'

export type {
  DocumentChecklistItem,
  EngagementPlan,
  ImcRecordGroup,
  PlanningError,
  PlanningWarning,
  PreparationChecklistItem,
  ScopeListEntry,
  ScopeListUnit,
  ScopePosition,
} from './planning/types.js'

/** Input of {@link planEngagement}. */
export interface PlanEngagementInput {
  records: readonly InventoryRecord[]
  /** Defaults to IMMD 1.0. */
  method?: MethodDefinition
  /** Which IMC to plan; may be omitted when the records form a single IMC. */
  imcId?: string
}

/** A plan, or why none could be made. */
export type PlanEngagementResult =
  | { ok: true; plan: EngagementPlan }
  | { ok: false; error: PlanningError }

/**
 * Groups records into IMCs: records sharing `imc_id` form one group; a record without `imc_id` is an
 * IMC of its own, keyed by its `short-team-name`. Groups keep the order of their first record.
 */
export function groupRecordsByImc(records: readonly InventoryRecord[]): ImcRecordGroup[] {
  const groups: ImcRecordGroup[] = []
  for (const record of records) {
    const explicit = record.imc_id !== undefined
    const imcId = record.imc_id ?? record['short-team-name']
    const group = explicit
      ? groups.find((candidate) => candidate.explicit && candidate.imcId === imcId)
      : undefined
    if (group) group.records.push(record)
    else groups.push({ imcId, explicit, records: [record] })
  }
  return groups
}

/**
 * Plans the engagement of one IMC: all records sharing `imcId` (or the only IMC in `records`). The
 * records are copied into the plan, so later inventory edits do not change the engagement.
 */
export function planEngagement(input: PlanEngagementInput): PlanEngagementResult {
  const method = input.method ?? IMMD_1_0
  const groups = groupRecordsByImc(input.records)
  const imcIds = groups.map((group) => group.imcId)
  const chosen = selectGroup(groups, input.imcId)
  if ('code' in chosen) return { ok: false, error: { ...chosen, imcIds } }
  const records: InventoryRecord[] = JSON.parse(JSON.stringify(chosen.records))
  const warnings: PlanningWarning[] = []
  const name = nameImc(chosen)
  const threshold = pickThreshold(records, method, warnings)
  const scope = buildScopeList({ records })
  warnings.push(...scope.warnings)
  const documentChecklist = buildDocumentChecklist({ records })
  const preparationChecklist = buildPreparationChecklist({
    method,
    name,
    records,
    threshold,
    scopeList: scope.units,
    documentCount: documentChecklist.length,
  })
  return {
    ok: true,
    plan: {
      imcId: chosen.imcId,
      name,
      methodVersion: method.version,
      teams: records.map((record) => record['short-team-name']),
      records,
      threshold,
      scopeList: scope.units,
      documentChecklist,
      preparationChecklist,
      warnings,
    },
  }
}

function selectGroup(
  groups: ImcRecordGroup[],
  imcId: string | undefined,
): ImcRecordGroup | Omit<PlanningError, 'imcIds'> {
  if (groups.length === 0)
    return { code: 'no-records', message: 'There are no records to plan from.' }
  if (imcId === undefined) {
    if (groups.length === 1 && groups[0]) return groups[0]
    return {
      code: 'imc-ambiguous',
      message: `The records describe ${groups.length} IMCs; choose one with imcId.`,
    }
  }
  // An explicit imc_id wins over a team that happens to have the same short name.
  const group =
    groups.find((candidate) => candidate.explicit && candidate.imcId === imcId) ??
    groups.find((candidate) => candidate.imcId === imcId)
  return group ?? { code: 'imc-not-found', message: `No record belongs to IMC "${imcId}".` }
}

/** "<host> IMC" when the records share a host, else the first record's official or short name. */
function nameImc(group: ImcRecordGroup): string {
  const hosts = new Set(
    group.records.map((record) => record.host).filter((host) => host !== undefined),
  )
  const first = group.records[0]
  const [host] = hosts
  if (hosts.size === 1 && host !== undefined) return `${host} IMC`
  return first?.['official-team-name'] ?? first?.['short-team-name'] ?? group.imcId
}

/**
 * The records' `success_threshold`. When they disagree the first record's value is used (the central
 * record comes first in a well-formed inventory) and a warning lists every value.
 */
function pickThreshold(
  records: readonly InventoryRecord[],
  method: MethodDefinition,
  warnings: PlanningWarning[],
): BandId | null {
  const withThreshold = records.filter((record) => record.success_threshold !== undefined)
  const values = [...new Set(withThreshold.map((record) => record.success_threshold))]
  const first = withThreshold[0]
  if (first?.success_threshold === undefined) {
    warnings.push({
      code: 'threshold-not-set',
      message: 'No record sets success_threshold; set it before A5.',
      teams: [],
    })
    return null
  }
  const teams = withThreshold.map((record) => record['short-team-name'])
  if (values.length > 1) {
    const listed = withThreshold.map((r) => `${r['short-team-name']}: ${r.success_threshold}`)
    warnings.push({
      code: 'threshold-conflict',
      message: `The records disagree on success_threshold (${listed.join(', ')}); using ${first.success_threshold} from ${first['short-team-name']}.`,
      teams,
    })
  }
  if (!findBand(method, first.success_threshold)) {
    warnings.push({
      code: 'threshold-unknown',
      message: `success_threshold "${first.success_threshold}" is not a band of ${method.version}.`,
      teams,
    })
    return null
  }
  return first.success_threshold
}
