/**
 * Types of a draft engagement plan created from inventory records (domain reference §8.3, `[DESIGN]`).
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '../inventory/record-schema.js'
import type { ImcFunction } from '../inventory/vocabularies.js'
import type { ActivityId, BandId } from '../method-types.js'

/** Where an entry sits in the scope list order. */
export type ScopePosition =
  | 'imc-manager'
  | 'backup-manager'
  | 'unit-lead'
  | 'member'
  | 'team'
  | 'extended-staff'

/** One entry of the IMMD Scope List: a person or a group to interview. */
export interface ScopeListEntry {
  kind: 'person' | 'group'
  name: string
  /** Deterministic label for reports that must not name people: `Interviewee 01`, `Group 01`. */
  pseudonym: string
  unit: string
  role: string
  position: ScopePosition
  imcFunctions: ImcFunction[]
  contact: string | null
  /** The `short-team-name` of the record the entry comes from. */
  team: string
}

/** The entries of one unit, in interview order. */
export interface ScopeListUnit {
  unit: string
  entries: ScopeListEntry[]
}

/** One document to gather and review (IMMD Document Checklist). */
export interface DocumentChecklistItem {
  title: string
  /** `record`: named in an inventory record; `standard`: a §8.3 standard item none of them named. */
  source: 'record' | 'standard'
  /** The standard item this document covers, if any (e.g. `rfc-2350`). */
  standardItem: string | null
  /** Teams whose records list the document (empty for standard items). */
  teams: string[]
}

/** One item of the IMMD Preparation Checklist. */
export interface PreparationChecklistItem {
  activity: ActivityId
  text: string
  provenance: 'design'
}

/** Something the planner noticed that people should check. */
export interface PlanningWarning {
  code:
    | 'threshold-conflict'
    | 'threshold-not-set'
    | 'threshold-unknown'
    | 'no-manager'
    | 'no-backup-manager'
    | 'duplicate-person'
  message: string
  teams: string[]
}

/** A draft engagement plan for one IMC. */
export interface EngagementPlan {
  imcId: string
  name: string
  /** The method version the plan is for. */
  methodVersion: string
  /** Short names of the teams the IMC spans, in input order. */
  teams: string[]
  /** A copy of the records, so later inventory edits do not change the engagement. */
  records: InventoryRecord[]
  threshold: BandId | null
  scopeList: ScopeListUnit[]
  documentChecklist: DocumentChecklistItem[]
  preparationChecklist: PreparationChecklistItem[]
  warnings: PlanningWarning[]
}

/** Why no plan could be made. */
export interface PlanningError {
  code: 'no-records' | 'imc-not-found' | 'imc-ambiguous'
  message: string
  /** The IMC ids present in the records. */
  imcIds: string[]
}

/** The records of one IMC. */
export interface ImcRecordGroup {
  /** The shared `imc_id`, or the record's `short-team-name` when it has none. */
  imcId: string
  /** False when the group is a single record without `imc_id`. */
  explicit: boolean
  records: InventoryRecord[]
}
