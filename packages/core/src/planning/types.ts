/**
 * Types of a draft engagement plan created from inventory records (domain reference §8.3, `[DESIGN]`).
 *
 * @packageDocumentation
 */
import type { Authority, InventoryRecord } from '../inventory/record-schema.js'
import type { ImcFunction, OrganizationalModel } from '../inventory/vocabularies.js'
import type { ActivityId, BandId } from '../method-types.js'

/** Where an entry sits in the scope list order. */
export type ScopePosition =
  | 'imc-manager'
  | 'backup-manager'
  | 'upper-manager'
  | 'unit-lead'
  | 'line-manager'
  | 'member'
  | 'team'
  | 'help-desk'
  | 'it-operations'
  | 'business-unit'
  | 'constituent'
  | 'partner'
  | 'extended-staff'

/** Positions held by managers: they are interviewed apart from the staff they manage. */
export const MANAGER_POSITIONS: readonly ScopePosition[] = [
  'imc-manager',
  'backup-manager',
  'upper-manager',
  'unit-lead',
  'line-manager',
]

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
  /**
   * Set when the organizational model's planning profile added the entry (no record lists it):
   * why the model asks for this interviewee.
   */
  reason?: string
}

/** The entries of one unit, in interview order. */
export interface ScopeListUnit {
  unit: string
  entries: ScopeListEntry[]
}

/** One document to gather and review (IMMD Document Checklist). */
export interface DocumentChecklistItem {
  title: string
  /**
   * `record`: named in an inventory record; `standard`: a §8.3 standard item none of them named;
   * `model`: asked for by the organizational model's planning profile.
   */
  source: 'record' | 'standard' | 'model'
  /** The standard item this document covers, if any (e.g. `rfc-2350`). */
  standardItem: string | null
  /** Teams whose records list the document (empty for standard items). */
  teams: string[]
  /** Model items: why the model asks for the document. */
  reason?: string
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
    | 'model-conflict'
    | 'no-incident-management-owner'
    | 'shared-response-without-escalation'
    | 'no-local-contact'
    | 'imc-function-not-covered'
  message: string
  teams: string[]
  /**
   * The one value the sentence names: the threshold used (`threshold-conflict`), the unknown
   * threshold (`threshold-unknown`), the manager (`no-backup-manager`), the person listed twice
   * (`duplicate-person`), the model followed (`model-conflict`), the IMC function
   * (`imc-function-not-covered`).
   */
  value?: string
  /**
   * The listed values: each team's threshold in `teams` order (`threshold-conflict`), the models
   * named (`model-conflict`), the countries without a local contact (`no-local-contact`).
   */
  values?: string[]
  /** `threshold-unknown`: the method version whose bands were searched. */
  methodVersion?: string
}

/**
 * The details every planning warning of a code carries (tested for each code), so renderers in
 * any language can rely on them.
 */
export const PLANNING_WARNING_DETAILS: Readonly<
  Record<PlanningWarning['code'], readonly ('value' | 'values' | 'methodVersion' | 'teams')[]>
> = Object.freeze({
  'threshold-conflict': ['value', 'values', 'teams'],
  'threshold-not-set': [],
  'threshold-unknown': ['value', 'methodVersion'],
  'no-manager': [],
  'no-backup-manager': ['value'],
  'duplicate-person': ['value', 'teams'],
  'model-conflict': ['value', 'values'],
  'no-incident-management-owner': [],
  'shared-response-without-escalation': ['teams'],
  'no-local-contact': ['values'],
  'imc-function-not-covered': ['value'],
})

/** One planned interview session: managers apart from their staff, peers together. */
export interface PlannedSession {
  title: string
  /** `managers`, `peers` (staff of one grouping), `group` (a group entry), `individual`. */
  kind: 'managers' | 'peers' | 'group' | 'individual'
  /** Pseudonyms of the scope entries taking part, in scope-list order. */
  participants: string[]
  /** Why these people sit together. */
  reason: string
}

/** Evidence that the IMC performs one IMC function. */
export interface FunctionCoverage {
  function: ImcFunction
  covered: boolean
  /** What shows it, e.g. `NW-SOC: imc_functions`, `NW-CSIRT: service 6.2`, `unit SOC Antwerp`. */
  evidence: string[]
}

/** One statement of guidance that shaped the plan, with where it comes from. */
export interface PlanGuidance {
  text: string
  /** `read` from the handbook, `reconstructed` from chapter openings, `design` (ours). */
  provenance: 'read' | 'reconstructed' | 'design'
  source: string
}

/** The organizational model the plan follows and its planning profile. */
export interface PlanModel {
  /** The records' `model`; null when none gives one (the generic profile applies). */
  model: OrganizationalModel | null
  label: string
  /** Handbook chapter of CMU/SEI-2003-HB-001, e.g. `chapter 5`; null for the generic profile. */
  chapter: string | null
  provenance: 'read' | 'reconstructed' | 'design'
  sources: string[]
  /** Authority of the central record (the first with one); null when no record says. */
  authority: Authority | null
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
  /** The model and profile that shaped the plan. */
  model: PlanModel
  /** The profile's guidance applied to this IMC, with provenance. */
  guidance: PlanGuidance[]
  /** Interview sessions proposed from the scope list. */
  sessions: PlannedSession[]
  /** IMC-function coverage of the records (Protect, Detect, Respond, Sustain). */
  coverage: FunctionCoverage[]
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
