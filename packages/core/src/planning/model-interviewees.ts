/**
 * The interviewees an organizational model asks for beyond the records' staff (see
 * `model-profiles.ts`): the upper manager, line managers of part-time members, department
 * managers, the help desk, IT operations, business units, constituents and partners. Each entry
 * carries the profile's reason, so the plan says why the person or group is on the list.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '../inventory/record-schema.js'
import type { IntervieweeRule, ModelProfile } from './model-profiles.js'
import type { ScopeListEntry } from './types.js'

/** A scope entry before pseudonyms are assigned. */
export type ScopeDraft = Omit<ScopeListEntry, 'pseudonym'> & {
  backupName: string | null
  /** The member's share of a full-time position, when the record gives one. */
  fte?: number
}

/** Units the model entries are listed under when no record unit fits. */
export const MODEL_UNITS = {
  upper: 'Upper management',
  helpDesk: 'Help desk',
  operations: 'IT operations',
  constituency: 'Constituency and partners',
} as const

const HELP_DESK = /\b(help ?desk|service ?desk)\b/i
const IT_OPERATIONS = /\b(it[ -]operations|it ops|infrastructure operations)\b/i

/** Options of {@link listModelInterviewees}. */
export interface ListModelIntervieweesOptions {
  records: readonly InventoryRecord[]
  profile: ModelProfile
  /** The people and team entries taken from the records. */
  people: readonly ScopeDraft[]
}

/** Lists the profile's interviewees that the records do not already name. */
export function listModelInterviewees(options: ListModelIntervieweesOptions): ScopeDraft[] {
  const drafts: ScopeDraft[] = []
  for (const { rule, reason } of options.profile.interviewees) {
    drafts.push(...RULES[rule](options, reason))
  }
  return drafts
}

type Rule = (options: ListModelIntervieweesOptions, reason: string) => ScopeDraft[]

const firstTeam = (records: readonly InventoryRecord[]) => records[0]?.['short-team-name'] ?? ''

function entry(
  fields: Pick<ScopeDraft, 'kind' | 'name' | 'unit' | 'role' | 'position' | 'team'>,
  reason: string,
): ScopeDraft {
  return { ...fields, imcFunctions: [], contact: null, backupName: null, reason }
}

const RULES: Record<IntervieweeRule, Rule> = {
  'upper-manager': ({ records }, reason) => {
    // The central record comes first; a site reporting to the central team (or to IT
    // operations) names its own line, not the IMC's upper management.
    const central = records.find((record) => record.reports_to)
    return [
      entry(
        {
          kind: 'person',
          name: central?.reports_to ?? 'Upper manager (to be named)',
          unit: MODEL_UNITS.upper,
          role: 'Upper manager the CSIRT reports to',
          position: 'upper-manager',
          team: central?.['short-team-name'] ?? firstTeam(records),
        },
        reason,
      ),
    ]
  },
  'line-managers-of-part-timers': ({ people }, reason) => {
    const partTimers = new Map<string, { team: string; names: string[] }>()
    for (const person of people) {
      if (person.kind !== 'person' || person.position !== 'member') continue
      if (person.fte === undefined || person.fte >= 1) continue
      const unit = partTimers.get(person.unit) ?? { team: person.team, names: [] }
      unit.names.push(`${person.name} (${person.fte})`)
      partTimers.set(person.unit, unit)
    }
    return [...partTimers].map(([unit, { team, names }]) =>
      entry(
        {
          kind: 'person',
          name: `Line manager of ${unit} (to be named)`,
          unit,
          role: 'Divisional / line manager of part-time members',
          position: 'line-manager',
          team,
        },
        `${reason} Part-time members here: ${names.join(', ')}.`,
      ),
    )
  },
  'department-managers': ({ people }, reason) => {
    const managed = new Set(
      people.filter((person) => person.position === 'unit-lead').map((person) => person.unit),
    )
    const units = new Map<string, string>()
    for (const person of people) {
      if (person.kind === 'person' && !managed.has(person.unit) && !units.has(person.unit)) {
        units.set(person.unit, person.team)
      }
    }
    return [...units].map(([unit, team]) =>
      entry(
        {
          kind: 'person',
          name: `Manager of ${unit} (to be named)`,
          unit,
          role: 'Department manager holding response authority',
          position: 'unit-lead',
          team,
        },
        reason,
      ),
    )
  },
  'help-desk-when-central-triage': ({ records }, reason) => {
    const central = records.find((record) => record.triage === 'central_org_helpdesk')
    if (!central || records.some(isHelpDesk)) return []
    return [
      entry(
        {
          kind: 'group',
          name: 'Organizational help desk',
          unit: MODEL_UNITS.helpDesk,
          role: 'Central intake of incident reports',
          position: 'help-desk',
          team: central['short-team-name'],
        },
        reason,
      ),
    ]
  },
  'it-operations': ({ records, people }, reason) => {
    const present =
      records.some((record) => IT_OPERATIONS.test(record['official-team-name'] ?? '')) ||
      people.some((person) => IT_OPERATIONS.test(person.unit))
    if (present) return []
    return [
      entry(
        {
          kind: 'group',
          name: 'IT operations',
          unit: MODEL_UNITS.operations,
          role: 'Carries out response and recovery actions',
          position: 'it-operations',
          team: firstTeam(records),
        },
        reason,
      ),
    ]
  },
  'business-units': ({ records }, reason) => [
    entry(
      {
        kind: 'group',
        name: `Business unit representatives (${describeConstituency(records)})`,
        unit: MODEL_UNITS.constituency,
        role: 'Constituent business units',
        position: 'business-unit',
        team: firstTeam(records),
      },
      reason,
    ),
  ],
  'constituent-representatives': ({ records }, reason) => [
    entry(
      {
        kind: 'group',
        name: `Constituent representatives (${describeConstituency(records)})`,
        unit: MODEL_UNITS.constituency,
        role: 'Constituents the team coordinates for',
        position: 'constituent',
        team: firstTeam(records),
      },
      reason,
    ),
  ],
  'partner-representatives': ({ records }, reason) => [
    entry(
      {
        kind: 'group',
        name: 'Partner teams (peer CSIRTs, vendors, law enforcement)',
        unit: MODEL_UNITS.constituency,
        role: 'Coordination and information-sharing partners',
        position: 'partner',
        team: firstTeam(records),
      },
      reason,
    ),
  ],
}

function isHelpDesk(record: InventoryRecord): boolean {
  return HELP_DESK.test(`${record['short-team-name']} ${record['official-team-name'] ?? ''}`)
}

function describeConstituency(records: readonly InventoryRecord[]): string {
  const record = records.find(
    (candidate) => candidate['constituency-description'] ?? candidate.constituency,
  )
  return record?.['constituency-description'] ?? record?.constituency ?? 'constituency'
}
