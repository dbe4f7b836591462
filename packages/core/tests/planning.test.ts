import { describe, expect, it } from 'vitest'
import { parseInventory } from '../src/inventory/parse-inventory.js'
import type { InventoryRecord } from '../src/inventory/record-schema.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { type EngagementPlan, groupRecordsByImc, planEngagement } from '../src/planning.js'
import acmeYaml from './fixtures/acme-distributed.yaml?raw'
import staffCsv from './fixtures/northwind-staff.csv?raw'
import teamsCsv from './fixtures/northwind-teams.csv?raw'

const acme = parseInventory({ text: acmeYaml, format: 'yaml' }).records

function planOf(records: readonly InventoryRecord[], imcId?: string): EngagementPlan {
  const result = planEngagement(imcId === undefined ? { records } : { records, imcId })
  if (!result.ok) throw new Error(result.error.message)
  return result.plan
}

const flatten = (plan: EngagementPlan) => plan.scopeList.flatMap((unit) => unit.entries)

describe('planEngagement on the ACME internal distributed CSIRT', () => {
  const plan = planOf(acme)

  it('plans one IMC from the four records sharing imc_id', () => {
    expect(plan.imcId).toBe('acme-imc')
    expect(plan.name).toBe('ACME Corp IMC')
    expect(plan.methodVersion).toBe('immd-1.0')
    expect(plan.teams).toEqual(['ACME-CSIRT', 'ACME-MUC', 'ACME-DAL', 'ACME-BLR'])
    expect(plan.threshold).toBe('high')
    expect(plan.warnings).toEqual([])
  })

  it('groups the scope list by unit, manager first, then the backup, then members', () => {
    expect(
      plan.scopeList.map((unit) => [unit.unit, unit.entries.map((entry) => entry.name)]),
    ).toEqual([
      ['HQ Security Office', ['Dana Weber', 'Ravi Menon', 'Lukas Brandt']],
      // Chapter 5: part-time members have two managers, so their line managers are interviewed.
      [
        'Plant Munich',
        [
          'Line manager of Plant Munich (to be named)',
          'Jonas Keller',
          'Mia Hoffmann',
          'Felix Wagner',
        ],
      ],
      [
        'Dallas Data Center',
        [
          'Marcus Lee',
          'Line manager of Dallas Data Center (to be named)',
          'Carla Ortiz',
          'Priya Shah',
          'Tom Becker',
        ],
      ],
      [
        'Bengaluru Dev Centre',
        [
          'Line manager of Bengaluru Dev Centre (to be named)',
          'Anil Kumar',
          'Sneha Rao',
          'Vikram Iyer',
        ],
      ],
      // The manager reports to high-level management (reports_to: CISO).
      ['Upper management', ['CISO']],
      ['Extended staff', ['ACME Legal Department', 'Public relations', 'Human resources']],
    ])
    const entries = flatten(plan)
    expect(entries.slice(0, 3).map((entry) => entry.position)).toEqual([
      'imc-manager',
      'backup-manager',
      'member',
    ])
    expect(entries.find((entry) => entry.name === 'Marcus Lee')?.position).toBe('unit-lead')
  })

  it('fills each entry: kind, pseudonym, unit, role, IMC functions, contact and team', () => {
    const entries = flatten(plan)
    expect(entries[0]).toEqual({
      kind: 'person',
      name: 'Dana Weber',
      pseudonym: 'Interviewee 01',
      unit: 'HQ Security Office',
      role: 'CSIRT manager',
      position: 'imc-manager',
      imcFunctions: ['protect', 'detect', 'respond', 'sustain'],
      contact: 'dana.weber@acme.example',
      team: 'ACME-CSIRT',
    })
    expect(
      entries
        .filter((e) => e.kind === 'person')
        .map((e) => e.pseudonym)
        .at(-1),
    ).toBe('Interviewee 17')
    expect(entries.filter((e) => e.kind === 'group')).toEqual([
      expect.objectContaining({
        name: 'ACME Legal Department',
        pseudonym: 'Group 01',
        role: 'Legal counsel',
        contact: 'legal@acme.example',
        position: 'extended-staff',
      }),
      expect.objectContaining({ name: 'Public relations', pseudonym: 'Group 02', contact: null }),
      expect.objectContaining({ name: 'Human resources', pseudonym: 'Group 03', team: 'ACME-BLR' }),
    ])
  })

  it('keeps the manager first when the site records come first', () => {
    const reversed = planOf([...acme].reverse())
    expect(
      flatten(reversed)
        .slice(0, 2)
        .map((entry) => entry.name),
    ).toEqual(['Dana Weber', 'Ravi Menon'])
    expect(reversed.scopeList[1]?.unit).toBe('Bengaluru Dev Centre')
  })

  it('seeds the document checklist from the records, then the missing standard items', () => {
    expect(plan.documentChecklist).toEqual([
      { title: 'RFC 2350', source: 'record', standardItem: 'rfc-2350', teams: ['ACME-CSIRT'] },
      {
        title: 'Incident handling procedure',
        source: 'record',
        standardItem: 'incident-handling-procedures',
        teams: ['ACME-CSIRT', 'ACME-MUC'],
      },
      {
        title: 'Service catalogue',
        source: 'record',
        standardItem: 'service-catalogue',
        teams: ['ACME-CSIRT'],
      },
      { title: 'CSIRT charter', source: 'record', standardItem: null, teams: ['ACME-CSIRT'] },
      {
        title: 'Site escalation procedure',
        source: 'record',
        standardItem: null,
        teams: ['ACME-MUC'],
      },
      {
        title: 'Time-commitment agreements for part-time members',
        source: 'model',
        standardItem: null,
        teams: [],
        reason: 'Members give a negotiated percentage of their time to CSIRT work.',
      },
      {
        title: "Contact list of members' skills, locations and availability",
        source: 'model',
        standardItem: null,
        teams: [],
        reason: 'The manager routes incidents using a pre-set list of distributed members.',
      },
      {
        title: 'Enterprise-wide advisories issued',
        source: 'model',
        standardItem: null,
        teams: [],
        reason: 'The team may issue enterprise-wide advisories.',
      },
      {
        title: 'Mission statement',
        source: 'standard',
        standardItem: 'mission-statement',
        teams: [],
      },
      {
        title: 'Escalation procedure',
        source: 'standard',
        standardItem: 'escalation-procedure',
        teams: [],
      },
      {
        title: 'Contact/notification list',
        source: 'standard',
        standardItem: 'contact-notification-list',
        teams: [],
      },
      {
        title: 'Tracking-system records',
        source: 'standard',
        standardItem: 'tracking-system-records',
        teams: [],
      },
    ])
  })

  it('lists preparation items for PRA1 to PRA6, worded for this IMC', () => {
    const activities = [...new Set(plan.preparationChecklist.map((item) => item.activity))]
    expect(activities).toEqual(['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6'])
    const texts = plan.preparationChecklist.map((item) => item.text)
    expect(texts).toContain(
      'Identify and confirm the sponsor of the IMMD of ACME Corp IMC (the IMC reports to CISO), and record the sponsorship.',
    )
    expect(texts).toContain(
      'Review the scope list with the sponsor: 17 people and 3 groups in 6 units across 4 team records.',
    )
    expect(texts).toContain('Confirm the success threshold (High) with the sponsor.')
    expect(texts).toContain('Plan the review of the 12 documents on the document checklist.')
    expect(texts).toContain(
      'Align session times, languages and legal constraints across countries: DE, US, IN.',
    )
    expect(plan.preparationChecklist.every((item) => item.provenance === 'design')).toBe(true)
  })

  it('keeps a copy of the records, unaffected by later inventory edits', () => {
    const records = structuredClone(acme)
    const copy = planOf(records)
    const first = records[0]
    if (first) first.success_threshold = 'low'
    expect(copy.records[0]?.success_threshold).toBe('high')
    expect(copy.records).toEqual(acme)
  })
})

describe('planEngagement on the Northwind combined CSIRT (CSV)', () => {
  const records = parseInventory({ text: teamsCsv, format: 'csv', staffCsv }).records
  const plan = planOf(records)

  it('lists a team without staff as one group entry', () => {
    expect(plan.scopeList.map((unit) => unit.unit)).toEqual([
      'Central CSIRT',
      'SOC Antwerp',
      'NW-HELPDESK',
      'Upper management',
      'Extended staff',
    ])
    expect(plan.scopeList[2]?.entries).toEqual([
      expect.objectContaining({
        kind: 'group',
        name: 'Northwind IT Service Desk',
        position: 'team',
        contact: 'servicedesk@northwind.example',
        pseudonym: 'Group 01',
      }),
    ])
    expect(
      flatten(plan)
        .slice(0, 2)
        .map((entry) => [entry.name, entry.position]),
    ).toEqual([
      ['Eva de Vries', 'imc-manager'],
      ['Pieter Jansen', 'backup-manager'],
    ])
    expect(plan.threshold).toBe('borderline')
  })
})

describe('planning warnings and errors', () => {
  const base = (name: string, extra: Partial<InventoryRecord> = {}): InventoryRecord => ({
    'short-team-name': name,
    imc_id: 'x',
    ...extra,
  })

  it('warns when records disagree on the threshold and uses the first record', () => {
    const plan = planOf([
      base('A', { success_threshold: 'high' }),
      base('B'),
      base('C', { success_threshold: 'excellent' }),
    ])
    expect(plan.threshold).toBe('high')
    expect(plan.warnings).toContainEqual({
      code: 'threshold-conflict',
      message:
        'The records disagree on success_threshold (A: high, C: excellent); using high from A.',
      teams: ['A', 'C'],
      value: 'high',
      values: ['high', 'excellent'],
    })
  })

  it('warns when no threshold, no manager or no backup manager is found', () => {
    const none = planOf([base('A', { staff: [{ name: 'Ann', role: 'analyst' }] })])
    expect(none.threshold).toBeNull()
    expect(none.warnings.map((warning) => warning.code)).toEqual([
      'threshold-not-set',
      'no-manager',
      // Nothing in the record shows any of the four IMC functions.
      'imc-function-not-covered',
      'imc-function-not-covered',
      'imc-function-not-covered',
      'imc-function-not-covered',
    ])
    const alone = planOf([base('A', { staff: [{ name: 'Ann', role: 'Incident response lead' }] })])
    expect(alone.warnings.map((warning) => warning.code)).toEqual([
      'threshold-not-set',
      'no-backup-manager',
      'imc-function-not-covered',
      'imc-function-not-covered',
      'imc-function-not-covered',
      'imc-function-not-covered',
    ])
  })

  it("finds the backup through the manager's backup field and warns about people listed twice", () => {
    const plan = planOf([
      base('A', {
        staff: [
          { name: 'Zoe', role: 'analyst', unit: 'HQ' },
          { name: 'Max', role: 'CSIRT manager', unit: 'HQ', backup: 'Zoe' },
        ],
      }),
      base('B', { staff: [{ name: 'zoe', role: 'analyst', unit: 'Site' }] }),
    ])
    expect(flatten(plan).map((entry) => [entry.name, entry.position])).toEqual([
      ['Max', 'imc-manager'],
      ['Zoe', 'backup-manager'],
    ])
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'duplicate-person', teams: ['A', 'B'] }),
    )
  })

  it('refuses to guess between IMCs and names the missing one', () => {
    const records = [base('A'), { 'short-team-name': 'SOLO' }]
    expect(planEngagement({ records })).toEqual({
      ok: false,
      error: {
        code: 'imc-ambiguous',
        message: 'The records describe 2 IMCs; choose one with imcId.',
        imcIds: ['x', 'SOLO'],
      },
    })
    expect(planEngagement({ records, imcId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'imc-not-found' },
    })
    expect(planEngagement({ records: [] })).toMatchObject({
      ok: false,
      error: { code: 'no-records' },
    })
    expect(planOf(records, 'SOLO').teams).toEqual(['SOLO'])
  })

  it('uses the method passed in', () => {
    const tailored = { ...IMMD_1_0, version: 'immd-1.0+acme' }
    const result = planEngagement({ records: acme, method: tailored })
    expect(result.ok && result.plan.methodVersion).toBe('immd-1.0+acme')
  })
})

describe('groupRecordsByImc', () => {
  it('groups by imc_id in first-appearance order; a record without imc_id stands alone', () => {
    const groups = groupRecordsByImc([
      { 'short-team-name': 'A', imc_id: 'one' },
      { 'short-team-name': 'two' },
      { 'short-team-name': 'B', imc_id: 'one' },
      { 'short-team-name': 'C', imc_id: 'two' },
    ])
    expect(
      groups.map((group) => [
        group.imcId,
        group.explicit,
        group.records.map((r) => r['short-team-name']),
      ]),
    ).toEqual([
      ['one', true, ['A', 'B']],
      ['two', false, ['two']],
      ['two', true, ['C']],
    ])
  })
})
