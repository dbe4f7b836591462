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
import { checkFunctionCoverage } from './planning/function-coverage.js'
import { planInterviewSessions } from './planning/interview-sessions.js'
import {
  type ModelProfile,
  PLANNING_PROFILES_1_0,
  type PlanningProfiles,
} from './planning/model-profiles.js'
import { listModelWarnings } from './planning/model-warnings.js'
import { buildPreparationChecklist } from './planning/preparation-checklist.js'
import { buildScopeList } from './planning/scope-list.js'
import type {
  EngagementPlan,
  ImcRecordGroup,
  PlanModel,
  PlanningError,
  PlanningWarning,
} from './planning/types.js'

export type { ModelProfile, PlanningProfiles } from './planning/model-profiles.js'
export { PLANNING_PROFILES_1_0 } from './planning/model-profiles.js'
export type {
  DocumentChecklistItem,
  EngagementPlan,
  FunctionCoverage,
  ImcRecordGroup,
  PlanGuidance,
  PlanModel,
  PlannedSession,
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
  /** Planning profiles per organizational model; defaults to those written for IMMD 1.0. */
  profiles?: PlanningProfiles
}

/** Input of {@link planEngagements}. */
export interface PlanEngagementsInput {
  records: readonly InventoryRecord[]
  method?: MethodDefinition
  profiles?: PlanningProfiles
}

/** A plan, or why none could be made. */
export type PlanEngagementResult =
  | { ok: true; plan: EngagementPlan }
  | { ok: false; error: PlanningError }

/**
 * Groups records into IMCs: records sharing `imc_id` form one group; a record without `imc_id` is an
 * IMC of its own, keyed by its `short-team-name`. Groups keep the order of their first record.
 * Linear in the number of records (one map lookup per record).
 */
export function groupRecordsByImc(records: readonly InventoryRecord[]): ImcRecordGroup[] {
  const groups: ImcRecordGroup[] = []
  const explicitGroups = new Map<string, ImcRecordGroup>()
  for (const record of records) {
    if (record.imc_id === undefined) {
      groups.push({ imcId: record['short-team-name'], explicit: false, records: [record] })
      continue
    }
    const group = explicitGroups.get(record.imc_id)
    if (group) {
      group.records.push(record)
      continue
    }
    const created = { imcId: record.imc_id, explicit: true, records: [record] }
    explicitGroups.set(record.imc_id, created)
    groups.push(created)
  }
  return groups
}

/**
 * Plans the engagement of one IMC: all records sharing `imcId` (or the only IMC in `records`). The
 * records are copied into the plan, so later inventory edits do not change the engagement. To plan
 * every IMC of an inventory, use {@link planEngagements}, which groups the records once.
 */
export function planEngagement(input: PlanEngagementInput): PlanEngagementResult {
  const groups = groupRecordsByImc(input.records)
  const imcIds = groups.map((group) => group.imcId)
  const chosen = selectGroup(groups, input.imcId)
  if ('code' in chosen) return { ok: false, error: { ...chosen, imcIds } }
  return { ok: true, plan: planGroup(chosen, input) }
}

/** Plans every IMC of the records, in order of their first record; linear in the records. */
export function planEngagements(input: PlanEngagementsInput): EngagementPlan[] {
  return groupRecordsByImc(input.records).map((group) => planGroup(group, input))
}

/** Plans one group of records (see {@link planEngagement}). */
function planGroup(
  group: ImcRecordGroup,
  input: { method?: MethodDefinition; profiles?: PlanningProfiles },
): EngagementPlan {
  const method = input.method ?? IMMD_1_0
  const profiles = input.profiles ?? PLANNING_PROFILES_1_0
  const records: InventoryRecord[] = JSON.parse(JSON.stringify(group.records))
  const warnings: PlanningWarning[] = []
  const name = nameImc(group)
  const threshold = pickThreshold(records, method, warnings)
  const model = describeModel(records, profiles)
  const profile = model.profile
  const scope = buildScopeList({ records, profile })
  warnings.push(...listModelWarnings({ records, profile }))
  warnings.push(...scope.warnings)
  const coverage = checkFunctionCoverage({ records, scopeList: scope.units })
  warnings.push(...coverage.warnings)
  const documentChecklist = buildDocumentChecklist({ records, profile })
  const preparationChecklist = buildPreparationChecklist({
    method,
    name,
    records,
    threshold,
    scopeList: scope.units,
    documentCount: documentChecklist.length,
    profile,
  })
  return {
    imcId: group.imcId,
    name,
    methodVersion: method.version,
    teams: records.map((record) => record['short-team-name']),
    records,
    threshold,
    scopeList: scope.units,
    documentChecklist,
    preparationChecklist,
    warnings,
    model: model.summary,
    guidance: profile.guidance,
    sessions: planInterviewSessions({
      scopeList: scope.units,
      profile,
      maxSessionSize: profiles.maxSessionSize,
    }),
    coverage: coverage.coverage,
  }
}

/** The model of the first record naming one (the central record comes first) and its profile. */
function describeModel(
  records: readonly InventoryRecord[],
  profiles: PlanningProfiles,
): { profile: ModelProfile; summary: PlanModel } {
  const model = records.find((record) => record.model !== undefined)?.model ?? null
  const profile = model === null ? profiles.generic : profiles.byModel[model]
  const authority = records.find((record) => record.authority !== undefined)?.authority ?? null
  return {
    profile,
    summary: {
      model,
      label: profile.label,
      chapter: profile.chapter,
      provenance: profile.provenance,
      sources: profile.sources,
      authority,
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
  // An explicit imc_id wins over a team that happens to have the same short name. One search
  // per call: callers planning every IMC use planEngagements instead of a loop over this.
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
      value: first.success_threshold,
      values: withThreshold.map((record) => String(record.success_threshold)),
      message: `The records disagree on success_threshold (${listed.join(', ')}); using ${first.success_threshold} from ${first['short-team-name']}.`,
      teams,
    })
  }
  if (!findBand(method, first.success_threshold)) {
    warnings.push({
      code: 'threshold-unknown',
      value: String(first.success_threshold),
      methodVersion: method.version,
      message: `success_threshold "${first.success_threshold}" is not a band of ${method.version}.`,
      teams,
    })
    return null
  }
  return first.success_threshold
}
