/**
 * Builds the IMMD Scope List from inventory records (domain reference §8.3, `[DESIGN]`): one entry per
 * staff member and per extended-staff group, grouped by unit, the manager and the backup first.
 *
 * @packageDocumentation
 */
import type {
  ExtendedStaffEntry,
  InventoryRecord,
  StaffMember,
} from '../inventory/record-schema.js'
import { listModelInterviewees, type ScopeDraft } from './model-interviewees.js'
import type { ModelProfile } from './model-profiles.js'
import type { PlanningWarning, ScopeListEntry, ScopeListUnit, ScopePosition } from './types.js'

/** The unit under which extended (adjunct) staff groups are listed. */
export const EXTENDED_STAFF_UNIT = 'Extended staff'

/** Labels of the adjunct groups named in the distributed model (`[SEED-OM5]`). */
const EXTENDED_STAFF_LABELS: Record<string, string> = {
  legal: 'Legal counsel',
  hr: 'Human resources',
  pr: 'Public relations',
  risk: 'Risk management',
  law_enforcement: 'Law enforcement liaison',
  technical_writer: 'Technical writer',
}

const BACKUP_WORDS = /\b(backup|deputy|alternate|vice|stand-?in)\b/i
const MANAGER_WORDS = /\b(manager|head|lead|chief|director)\b/i
const CAPABILITY_WORDS = /\b(csirt|cert|imc|incident|security)\b/i

const POSITION_RANK: Record<ScopePosition, number> = {
  'imc-manager': 0,
  'backup-manager': 1,
  'upper-manager': 2,
  'unit-lead': 3,
  'line-manager': 4,
  member: 5,
  team: 6,
  'help-desk': 7,
  'it-operations': 8,
  'business-unit': 9,
  constituent: 10,
  partner: 11,
  'extended-staff': 12,
}

/** Options of {@link buildScopeList}. */
export interface BuildScopeListOptions {
  records: readonly InventoryRecord[]
  /** The organizational model's profile; without one no model interviewees are added. */
  profile?: ModelProfile
}

/** The scope list and what the builder noticed on the way. */
export interface BuildScopeListResult {
  units: ScopeListUnit[]
  warnings: PlanningWarning[]
}

type Draft = ScopeDraft

/**
 * Orders people by unit (the manager's unit first), then manager, backup, leads and members; then
 * the interviewees the model adds, then extended staff. A profile without an IMC manager (the
 * security team) places none and says so instead of warning about a missing manager.
 */
export function buildScopeList(options: BuildScopeListOptions): BuildScopeListResult {
  const warnings: PlanningWarning[] = []
  const withManager = options.profile?.hasImcManager ?? true
  const people = collectPeople(options.records, warnings, withManager)
  const manager = people.find((draft) => draft.position === 'imc-manager')
  if (manager === undefined && withManager) {
    warnings.push({
      code: 'no-manager',
      message: 'No staff member has a manager role; the IMC manager cannot be placed first.',
      teams: options.records.map((record) => record['short-team-name']),
    })
  }
  const backupName = manager?.backupName?.toLowerCase()
  for (const draft of people) {
    if (draft !== manager && draft.kind === 'person' && draft.name.toLowerCase() === backupName) {
      draft.position = 'backup-manager'
    }
  }
  if (manager !== undefined && !people.some((draft) => draft.position === 'backup-manager')) {
    warnings.push({
      code: 'no-backup-manager',
      value: manager.name,
      message: `The IMC manager ${manager.name} has no designated backup manager.`,
      teams: [manager.team],
    })
  }
  const added = options.profile
    ? listModelInterviewees({ records: options.records, profile: options.profile, people })
    : []
  const everyone = [...people, ...added]
  const unitOrder = orderUnits(everyone)
  const sorted = everyone
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        (unitOrder.get(a.draft.unit) ?? 0) - (unitOrder.get(b.draft.unit) ?? 0) ||
        POSITION_RANK[a.draft.position] - POSITION_RANK[b.draft.position] ||
        a.index - b.index,
    )
    .map(({ draft }) => draft)
  const groups = collectExtendedStaff(options.records)
  return { units: groupByUnit(assignPseudonyms([...sorted, ...groups])), warnings }
}

function collectPeople(
  records: readonly InventoryRecord[],
  warnings: PlanningWarning[],
  withManager: boolean,
): Draft[] {
  const drafts: Draft[] = []
  const seen = new Map<string, string>()
  for (const record of records) {
    const team = record['short-team-name']
    const staff = record.staff ?? []
    if (staff.length === 0) {
      drafts.push(teamEntry(record))
      continue
    }
    for (const member of staff) {
      const key = member.name.toLowerCase()
      const first = seen.get(key)
      if (first !== undefined) {
        warnings.push({
          code: 'duplicate-person',
          value: member.name,
          message: `${member.name} is listed by ${first} and ${team}; the scope list keeps the first.`,
          teams: [first, team],
        })
        continue
      }
      seen.set(key, team)
      drafts.push(personEntry(record, member, classifyRole(member.role ?? '')))
    }
  }
  const manager = withManager ? pickImcManager(drafts, records) : undefined
  if (manager !== undefined) manager.position = 'imc-manager'
  return drafts
}

/**
 * The IMC manager is the manager-like person whose title names the capability (CSIRT, IMC,
 * incident, security), preferring records with a reporting line (`reports_to`, the central office);
 * ties go to the first in input order, so a site lead listed first does not win.
 */
function pickImcManager(drafts: Draft[], records: readonly InventoryRecord[]): Draft | undefined {
  const central = new Set(
    records.filter((record) => record.reports_to !== undefined).map((r) => r['short-team-name']),
  )
  let best: Draft | undefined
  let bestScore = -1
  for (const draft of drafts) {
    if (draft.position !== 'unit-lead') continue
    const score = (CAPABILITY_WORDS.test(draft.role) ? 2 : 0) + (central.has(draft.team) ? 1 : 0)
    if (score > bestScore) {
      best = draft
      bestScore = score
    }
  }
  return best
}

/** Backup managers by title; the first manager-like title becomes the IMC manager later. */
function classifyRole(role: string): ScopePosition {
  if (!MANAGER_WORDS.test(role)) return 'member'
  return BACKUP_WORDS.test(role) ? 'backup-manager' : 'unit-lead'
}

function personEntry(record: InventoryRecord, member: StaffMember, position: ScopePosition): Draft {
  return {
    kind: 'person',
    name: member.name,
    unit: member.unit ?? record['short-team-name'],
    role: member.role ?? 'member',
    position,
    imcFunctions: record.imc_functions ?? [],
    contact: member.contact ?? null,
    team: record['short-team-name'],
    backupName: member.backup ?? null,
    ...(member.fte === undefined ? {} : { fte: member.fte }),
  }
}

/** A record without staff is interviewed as a group, e.g. an IT help desk listed as one entry. */
function teamEntry(record: InventoryRecord): Draft {
  const team = record['short-team-name']
  return {
    kind: 'group',
    name: record['official-team-name'] ?? team,
    unit: team,
    role: 'team',
    position: 'team',
    imcFunctions: record.imc_functions ?? [],
    contact: record.email ?? null,
    team,
    backupName: null,
  }
}

function collectExtendedStaff(records: readonly InventoryRecord[]): Draft[] {
  const drafts: Draft[] = []
  const seen = new Set<string>()
  for (const record of records) {
    for (const entry of record.extended_staff ?? []) {
      const group = readGroup(entry)
      if (seen.has(group.toLowerCase())) continue
      seen.add(group.toLowerCase())
      const label = EXTENDED_STAFF_LABELS[group.toLowerCase()] ?? group
      drafts.push({
        kind: 'group',
        name: typeof entry === 'string' ? label : (entry.name ?? label),
        unit: EXTENDED_STAFF_UNIT,
        role: label,
        position: 'extended-staff',
        imcFunctions: record.imc_functions ?? [],
        contact: typeof entry === 'string' ? null : (entry.contact ?? null),
        team: record['short-team-name'],
        backupName: null,
      })
    }
  }
  return drafts
}

function readGroup(entry: ExtendedStaffEntry): string {
  return typeof entry === 'string' ? entry : entry.group
}

/** The manager's unit first, then the backup's, then units in order of first appearance. */
function orderUnits(people: readonly Draft[]): Map<string, number> {
  const ranked = [
    ...people.filter((draft) => draft.position === 'imc-manager'),
    ...people.filter((draft) => draft.position === 'backup-manager'),
    ...people,
  ]
  const order = new Map<string, number>()
  for (const draft of ranked) if (!order.has(draft.unit)) order.set(draft.unit, order.size)
  return order
}

function assignPseudonyms(drafts: readonly Draft[]): ScopeListEntry[] {
  const persons = drafts.filter((draft) => draft.kind === 'person').length
  const width = Math.max(2, String(Math.max(persons, drafts.length - persons)).length)
  const counters = { person: 0, group: 0 }
  return drafts.map(({ backupName: _backup, fte: _fte, ...entry }) => {
    counters[entry.kind] += 1
    const label = entry.kind === 'person' ? 'Interviewee' : 'Group'
    return { ...entry, pseudonym: `${label} ${String(counters[entry.kind]).padStart(width, '0')}` }
  })
}

function groupByUnit(entries: readonly ScopeListEntry[]): ScopeListUnit[] {
  const units = new Map<string, ScopeListUnit>()
  for (const entry of entries) {
    const unit = units.get(entry.unit)
    if (unit) unit.entries.push(entry)
    else units.set(entry.unit, { unit: entry.unit, entries: [entry] })
  }
  return [...units.values()]
}
