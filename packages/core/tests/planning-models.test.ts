import { describe, expect, it } from 'vitest'
import type { InventoryRecord } from '../src/inventory/record-schema.js'
import type { OrganizationalModel } from '../src/inventory/vocabularies.js'
import { type EngagementPlan, planEngagement, planEngagements } from '../src/planning.js'

/** The same people, described under each of the handbook's five models. */
function globex(model: OrganizationalModel): InventoryRecord[] {
  return [
    {
      'short-team-name': 'GLX-SEC',
      host: 'Globex',
      'country-code': ['DE'],
      'additional-country-code': ['FR'],
      email: 'security@globex.example',
      'constituency-description': 'All Globex business units',
      imc_id: 'globex',
      model,
      authority: { analysis: 'full', response: 'shared' },
      reports_to: 'CIO',
      triage: 'central_org_helpdesk',
      imc_functions: ['respond', 'sustain'],
      staff: [
        { name: 'Ada Brandt', role: 'Security manager', unit: 'HQ', fte: 1, backup: 'Ben Okafor' },
        { name: 'Ben Okafor', role: 'Incident analyst', unit: 'HQ', fte: 1 },
      ],
      documents: ['Incident handling procedure'],
      success_threshold: 'high',
    },
    {
      'short-team-name': 'GLX-LYON',
      host: 'Globex',
      'country-code': ['FR'],
      imc_id: 'globex',
      model,
      imc_functions: ['protect', 'detect'],
      staff: [
        { name: 'Chloé Martin', role: 'System administrator', unit: 'Plant Lyon', fte: 0.3 },
        { name: 'Dario Rossi', role: 'Network engineer', unit: 'Plant Lyon', fte: 0.5 },
      ],
    },
  ]
}

function planFor(model: OrganizationalModel): EngagementPlan {
  const result = planEngagement({ records: globex(model) })
  if (!result.ok) throw new Error(result.error.message)
  return result.plan
}

const entries = (plan: EngagementPlan) => plan.scopeList.flatMap((unit) => unit.entries)
/** Interviewees the model added (no record lists them), by name. */
const added = (plan: EngagementPlan) =>
  entries(plan)
    .filter((entry) => entry.reason !== undefined)
    .map((entry) => entry.name)
const modelDocuments = (plan: EngagementPlan) =>
  plan.documentChecklist.filter((item) => item.source === 'model').map((item) => item.title)
const codes = (plan: EngagementPlan) => plan.warnings.map((warning) => warning.code)

const MODELS = [
  'security_team',
  'internal_distributed',
  'internal_centralized',
  'combined',
  'coordinating',
] as const

describe('planning by organizational model (the same people under each model)', () => {
  const plans = Object.fromEntries(MODELS.map((model) => [model, planFor(model)])) as Record<
    (typeof MODELS)[number],
    EngagementPlan
  >

  it('gives each model a different plan: interviewees, documents and sessions', () => {
    const fingerprints = MODELS.map((model) =>
      JSON.stringify([
        added(plans[model]),
        modelDocuments(plans[model]),
        plans[model].sessions.map((session) => session.title),
      ]),
    )
    expect(new Set(fingerprints).size).toBe(5)
  })

  it('labels the provenance: chapter 5 read, the other chapters reconstructed', () => {
    expect(
      MODELS.map((model) => [model, plans[model].model.chapter, plans[model].model.provenance]),
    ).toEqual([
      ['security_team', 'chapter 4', 'reconstructed'],
      ['internal_distributed', 'chapter 5', 'read'],
      ['internal_centralized', 'chapter 6', 'reconstructed'],
      ['combined', 'chapter 7', 'reconstructed'],
      ['coordinating', 'chapter 8', 'reconstructed'],
    ])
    expect(plans.internal_distributed.guidance.every((g) => g.provenance === 'read')).toBe(true)
    expect(plans.internal_distributed.model.authority).toEqual({
      analysis: 'full',
      response: 'shared',
    })
  })

  it('security team: invents no IMC manager and flags that nobody owns incident management', () => {
    const plan = plans.security_team
    expect(entries(plan).some((entry) => entry.position === 'imc-manager')).toBe(false)
    expect(codes(plan)).toContain('no-incident-management-owner')
    expect(codes(plan)).not.toContain('no-manager')
    expect(codes(plan)).not.toContain('no-backup-manager')
    // Authority rests with each department: its manager is interviewed, apart from its staff.
    expect(added(plan)).toEqual(['Manager of Plant Lyon (to be named)', 'CIO'])
    expect(plan.sessions.find((s) => s.title === 'Department managers')?.participants).toHaveLength(
      2,
    )
    expect(modelDocuments(plan)).toContain('Records of incidents handled by administrators')
  })

  it('internal distributed: line managers of part-timers, the upper manager, the help desk', () => {
    const plan = plans.internal_distributed
    expect(
      entries(plan)
        .slice(0, 2)
        .map((e) => [e.name, e.position]),
    ).toEqual([
      ['Ada Brandt', 'imc-manager'],
      ['Ben Okafor', 'backup-manager'],
    ])
    expect(added(plan)).toEqual([
      'Line manager of Plant Lyon (to be named)',
      'CIO',
      'Organizational help desk',
    ])
    const line = entries(plan).find((e) => e.position === 'line-manager')
    expect(line?.reason).toContain('Part-time members here: Chloé Martin (0.3), Dario Rossi (0.5).')
    expect(modelDocuments(plan)).toContain('Time-commitment agreements for part-time members')
    // Managers apart from their staff; members of the virtual team together as peers.
    expect(plan.sessions.map((s) => [s.title, s.kind, s.participants.length])).toEqual([
      ['IMC management', 'managers', 2],
      ['Upper management: CIO', 'individual', 1],
      ['Unit and line managers', 'managers', 1],
      ['Team members', 'peers', 2],
      ['Organizational help desk', 'group', 1],
    ])
  })

  it('internal centralized: business units and IT operations, who carry out responses', () => {
    const plan = plans.internal_centralized
    // In scope-list order: upper management, then groups by unit.
    expect(added(plan)).toEqual([
      'CIO',
      'Business unit representatives (All Globex business units)',
      'IT operations',
      'Organizational help desk',
    ])
    expect(entries(plan).some((e) => e.position === 'line-manager')).toBe(false)
    expect(modelDocuments(plan)).toEqual([
      'Agreements with constituent business units',
      'Hand-over procedure to IT operations for response actions',
      'Enterprise-wide advisories issued',
    ])
    expect(plan.sessions.map((s) => s.title)).toContain('Staff of Plant Lyon')
  })

  it('combined: line managers of distributed members and the central/distributed role split', () => {
    const plan = plans.combined
    expect(added(plan)).toEqual([
      'Line manager of Plant Lyon (to be named)',
      'CIO',
      'Organizational help desk',
    ])
    expect(modelDocuments(plan)).toEqual([
      'Division of roles between the central team and distributed members',
      'Crisis resource-assignment agreement with management',
    ])
  })

  it('coordinating: constituent and partner representatives, coordination documents', () => {
    const plan = plans.coordinating
    expect(added(plan)).toEqual([
      'Constituent representatives (All Globex business units)',
      'Partner teams (peer CSIRTs, vendors, law enforcement)',
      'CIO',
    ])
    expect(modelDocuments(plan)).toContain('Information-sharing and disclosure policy')
    expect(plan.preparationChecklist.map((item) => item.text)).toContain(
      'Agree with the sponsor which constituents and which partner teams are interviewed, and how they are invited.',
    )
  })

  it('warns that response authority is shared without an escalation path, until one is listed', () => {
    expect(codes(plans.internal_distributed)).toContain('shared-response-without-escalation')
    const records = globex('internal_distributed')
    records[1] = {
      ...records[1],
      'short-team-name': 'GLX-LYON',
      documents: ['Escalation procedure'],
    }
    const result = planEngagement({ records })
    expect(result.ok && codes(result.plan)).not.toContain('shared-response-without-escalation')
  })
})

describe('organizational warnings and IMC-function coverage', () => {
  it('warns about a multi-country team without local contacts', () => {
    const result = planEngagement({
      records: [
        {
          'short-team-name': 'EU-CERT',
          'country-code': ['LU'],
          'additional-country-code': ['DE', 'PT'],
          email: 'cert@eu.example',
          imc_functions: ['protect', 'detect', 'respond', 'sustain'],
        },
      ],
    })
    expect(result.ok && result.plan.warnings).toEqual([
      expect.objectContaining({ code: 'threshold-not-set' }),
      {
        code: 'no-local-contact',
        message:
          'The IMC serves DE, PT but no record located there has staff or a contact address; plan local contacts (language, law, time zone) before the interviews.',
        teams: ['EU-CERT'],
        values: ['DE', 'PT'],
      },
      expect.objectContaining({ code: 'no-manager' }),
    ])
  })

  it('finds the four functions in imc_functions, services and units, and warns about a gap', () => {
    const result = planEngagement({
      records: [
        {
          'short-team-name': 'OPS',
          imc_id: 'x',
          services: {
            framework: 'cert-legacy',
            offered: [
              'Vulnerability and Artifact Response Coordination',
              'Intrusion Detection Services',
            ],
          },
          staff: [{ name: 'Ola', role: 'Analyst', unit: 'IT Operations' }],
        },
      ],
    })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.plan.coverage).toEqual([
      {
        function: 'protect',
        covered: true,
        evidence: [
          'OPS: service Vulnerability and Artifact Response Coordination',
          'unit IT Operations',
        ],
      },
      {
        function: 'detect',
        covered: true,
        evidence: ['OPS: service Intrusion Detection Services'],
      },
      {
        function: 'respond',
        covered: true,
        evidence: ['OPS: service Vulnerability and Artifact Response Coordination'],
      },
      { function: 'sustain', covered: false, evidence: [] },
    ])
    expect(result.plan.warnings.filter((w) => w.code === 'imc-function-not-covered')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('No record shows the sustain function'),
        teams: ['OPS'],
      }),
    ])
  })
})

describe('planEngagements', () => {
  it('plans every IMC of an inventory in one pass, as planEngagement does one by one', () => {
    const records = [
      ...globex('combined'),
      { 'short-team-name': 'SOLO', model: 'coordinating' as const },
    ]
    const all = planEngagements({ records })
    expect(all.map((plan) => plan.imcId)).toEqual(['globex', 'SOLO'])
    const one = planEngagement({ records, imcId: 'SOLO' })
    expect(one.ok && one.plan).toEqual(all[1])
  })
})
