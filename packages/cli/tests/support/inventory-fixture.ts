/**
 * A realistic CSIRT inventory for the import tests, generated deterministically: `teamCount` teams
 * of a multinational's incident-management capability, grouped into IMCs of one to five teams
 * (a central CSIRT with SOC, plant teams, IT operations …), with Global IRT keys, IMMD extensions
 * and a staff CSV. `broken` adds rows with the mistakes real inventories have.
 */
import { stringify } from 'yaml'

const COUNTRIES = ['DE', 'FR', 'NL', 'LU', 'BE', 'AT', 'IT', 'ES', 'PL', 'SE', 'US', 'JP']
const MODELS = [
  'internal_distributed',
  'internal_centralized',
  'combined',
  'coordinating',
  'security_team',
]
const TRIAGE = ['central_csirt_helpdesk', 'central_org_helpdesk', 'local_member', 'mixed']
const KINDS = ['CSIRT', 'SOC', 'PLANT', 'ITOPS', 'HELPDESK']
const SERVICES = ['5.1', '5.2', '6.1', '6.2', '6.3', '6.4', '6.5', '7.3', '8.3', '9.1', '9.2']
const BANDS = ['high', 'borderline', 'excellent']

/** One generated team as a flat CSV row (list cells `;`-separated) and as a record. */
export interface FixtureTeam {
  row: Record<string, string>
  staff: Record<string, string>[]
}

/** The generated inventory in every format. */
export interface InventoryFixture {
  teams: FixtureTeam[]
  imcCount: number
  csv: string
  staffCsv: string
  json: string
  yaml: string
}

const HEADER = [
  'short-team-name',
  'official-team-name',
  'host',
  'country-code',
  'email',
  'website',
  'establishment',
  'constituency',
  'cert-type',
  'languages',
  'imc_id',
  'model',
  'authority',
  'reports_to',
  'imc_functions',
  'services.framework',
  'services.offered',
  'services.core',
  'triage',
  'extended_staff',
  'tools',
  'documents',
  'funding',
  'success_threshold',
]
const STAFF_HEADER = ['short-team-name', 'name', 'role', 'unit', 'fte', 'skills', 'backup']

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

function toCsv(header: string[], rows: Record<string, string>[]): string {
  return `${[header.join(','), ...rows.map((row) => header.map((key) => csvCell(row[key] ?? '')).join(','))].join('\n')}\n`
}

/** Generates `teamCount` valid teams (deterministic). */
export function generateTeams(teamCount: number): { teams: FixtureTeam[]; imcCount: number } {
  const teams: FixtureTeam[] = []
  let imc = 0
  while (teams.length < teamCount) {
    imc += 1
    const size = Math.min(1 + (imc % 5), teamCount - teams.length)
    const host = `Company ${String(imc).padStart(3, '0')} ${['AG', 'SA', 'BV', 'Ltd', 'Inc'][imc % 5]}`
    const country = COUNTRIES[imc % COUNTRIES.length] as string
    for (let member = 0; member < size; member += 1) {
      const kind = KINDS[member] as string
      const name = `C${String(imc).padStart(3, '0')}-${kind}`
      const offered = SERVICES.filter((_, i) => (i + imc + member) % 3 !== 0)
      const row: Record<string, string> = {
        'short-team-name': name,
        'official-team-name': `${host} ${kind === 'CSIRT' ? 'Computer Security Incident Response Team' : kind}`,
        host,
        'country-code':
          member === 0 ? `${country};${COUNTRIES[(imc + 1) % COUNTRIES.length]}` : country,
        email: `${kind.toLowerCase()}@company${imc}.example`,
        website: `https://${kind.toLowerCase()}.company${imc}.example`,
        establishment: `${2005 + (imc % 18)}-${String(1 + (imc % 12)).padStart(2, '0')}`,
        constituency: 'enterprise',
        'cert-type': 'enterprise',
        languages: 'eng;ger',
        imc_id: `imc-${String(imc).padStart(3, '0')}`,
        model: MODELS[imc % MODELS.length] as string,
        authority: ['full', 'shared', 'none'][imc % 3] as string,
        reports_to: member === 0 ? 'CISO' : `${host} CSIRT manager`,
        imc_functions: member === 0 ? 'protect;detect;respond;sustain' : 'detect;respond',
        'services.framework': 'first-v2.1',
        'services.offered': offered.join(';'),
        'services.core': offered.slice(0, 2).join(';'),
        triage: TRIAGE[imc % TRIAGE.length] as string,
        extended_staff: member === 0 ? 'legal;hr;pr' : '',
        tools: 'incident tracking system;secure mail',
        documents:
          member === 0
            ? 'RFC 2350;incident handling procedure;service catalogue'
            : 'escalation procedure',
        funding: 'cost_centre',
        success_threshold: member === 0 ? (BANDS[imc % BANDS.length] as string) : '',
      }
      const staff = Array.from({ length: 1 + ((imc + member) % 3) }, (_, s) => ({
        'short-team-name': name,
        name: `Person ${imc}.${member}.${s}`,
        role: s === 0 ? (member === 0 ? 'CSIRT manager' : 'unit lead') : 'member',
        unit: member === 0 ? 'HQ' : `Site ${member}`,
        fte: s === 0 ? '1.0' : `${(s + 1) * 10}%`,
        skills: s % 2 === 0 ? 'forensics;Windows' : 'network',
        backup: `Person ${imc}.${member}.${(s + 1) % 3}`,
      }))
      teams.push({ row, staff })
    }
  }
  return { teams, imcCount: imc }
}

/** CSV, staff CSV, JSON and YAML of the teams (`broken` rows are appended to the CSVs only). */
export function buildInventory(
  teamCount: number,
  options: { broken?: boolean } = {},
): InventoryFixture {
  const { teams, imcCount } = generateTeams(teamCount)
  const rows = teams.map((team) => team.row)
  const staff = teams.flatMap((team) => team.staff)
  if (options.broken) {
    const base = teams[0]?.row ?? {}
    rows.splice(10, 0, {
      ...base,
      'short-team-name': 'BROKEN-COUNTRY',
      'country-code': 'XX',
      imc_id: 'imc-broken-1',
    })
    rows.splice(50, 0, {
      ...base,
      'short-team-name': 'BROKEN-EMAIL',
      email: 'not-an-email',
      imc_id: 'imc-broken-2',
    })
    rows.splice(120, 0, { ...base, 'short-team-name': '', imc_id: 'imc-broken-3' })
    rows.splice(150, 0, {
      ...base,
      'short-team-name': 'BROKEN-TRIAGE',
      triage: 'whoever-answers',
      imc_id: 'imc-broken-4',
    })
    staff.push({
      'short-team-name': 'C002-SOC',
      name: 'Overcommitted',
      role: 'member',
      unit: 'Site 1',
      fte: '1.5',
      skills: '',
      backup: '',
    })
  }
  const records = teams.map((team) => toRecord(team))
  return {
    teams,
    imcCount,
    csv: toCsv(HEADER, rows),
    staffCsv: toCsv(STAFF_HEADER, staff),
    json: `${JSON.stringify({ teams: records }, null, 2)}\n`,
    yaml: stringify(records),
  }
}

const LISTS = new Set([
  'country-code',
  'website',
  'cert-type',
  'languages',
  'imc_functions',
  'extended_staff',
  'tools',
  'documents',
])

/** The record a CSV row and its staff rows stand for (JSON/YAML form). */
function toRecord(team: FixtureTeam): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  const services: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(team.row)) {
    if (value === '') continue
    if (key.startsWith('services.')) {
      const field = key.slice('services.'.length)
      services[field] = field === 'framework' ? value : value.split(';')
    } else record[key] = LISTS.has(key) ? value.split(';') : value
  }
  record.services = services
  record.staff = team.staff.map((member) => ({
    name: member.name,
    role: member.role,
    unit: member.unit,
    fte: member.fte?.endsWith('%') ? Number.parseFloat(member.fte) / 100 : Number(member.fte),
    skills: member.skills?.split(';').filter(Boolean),
    backup: member.backup,
  }))
  return record
}
