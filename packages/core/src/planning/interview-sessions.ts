/**
 * Proposes interview sessions from the scope list (`[DESIGN]`, following the handbook's reporting
 * lines): managers apart from the staff they manage, peers together, each group on its own, no
 * session larger than the profile's maximum.
 *
 * @packageDocumentation
 */
import type { ModelProfile } from './model-profiles.js'
import type { PlannedSession, ScopeListEntry, ScopeListUnit } from './types.js'

/** Options of {@link planInterviewSessions}. */
export interface PlanInterviewSessionsOptions {
  scopeList: readonly ScopeListUnit[]
  profile: ModelProfile
  maxSessionSize: number
}

/** Sessions in interview order: CSIRT management, upper management, unit managers, staff, groups. */
export function planInterviewSessions(options: PlanInterviewSessionsOptions): PlannedSession[] {
  const { profile, maxSessionSize } = options
  const entries = options.scopeList.flatMap((unit) => unit.entries)
  const sessions: PlannedSession[] = []
  const add = (
    title: string,
    kind: PlannedSession['kind'],
    people: readonly ScopeListEntry[],
    reason: string,
  ) => {
    for (let start = 0; start < people.length; start += maxSessionSize) {
      const part = people.slice(start, start + maxSessionSize)
      const suffix = people.length > maxSessionSize ? ` (${start / maxSessionSize + 1})` : ''
      sessions.push({
        title: `${title}${suffix}`,
        kind,
        participants: part.map((entry) => entry.pseudonym),
        reason,
      })
    }
  }
  const at = (...positions: ScopeListEntry['position'][]) =>
    entries.filter((entry) => positions.includes(entry.position))
  add(
    'IMC management',
    'managers',
    at('imc-manager', 'backup-manager'),
    'The IMC manager and the backup share one role; their staff speak more freely without them.',
  )
  for (const upper of at('upper-manager')) {
    add(
      `Upper management: ${upper.name}`,
      'individual',
      [upper],
      'The manager the IMC reports to is interviewed alone, apart from everyone who reports to them.',
    )
  }
  add(
    profile.hasImcManager ? 'Unit and line managers' : 'Department managers',
    'managers',
    at('unit-lead', 'line-manager'),
    profile.hasImcManager
      ? 'Site leads and the line managers of part-time members are peers; they manage the staff interviewed later.'
      : 'Each department holds its own response authority; its manager is heard apart from its administrators.',
  )
  const staff = at('member')
  if (profile.peerGrouping === 'imc') {
    add(
      'Team members',
      'peers',
      staff,
      'Members of the distributed team are peers across sites and divisions.',
    )
  } else {
    for (const unit of options.scopeList) {
      const members = unit.entries.filter((entry) => entry.position === 'member')
      add(`Staff of ${unit.unit}`, 'peers', members, 'Staff of one unit are peers.')
    }
  }
  for (const group of entries.filter((entry) => entry.kind === 'group')) {
    add(
      group.name,
      'group',
      [group],
      group.reason ?? 'A group is interviewed as one session through its representatives.',
    )
  }
  return sessions
}
