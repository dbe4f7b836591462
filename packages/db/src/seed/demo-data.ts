/**
 * Content of the demo organization: ACME Corp, whose incident management capability is an internal
 * distributed CSIRT (a central team at HQ plus part-time members at the plants, domain reference
 * §7.1), and the evidence of its first IMMD. All names are fictitious.
 *
 * @packageDocumentation
 */
import { type InventoryRecord, inventoryRecordSchema } from '@immd/core/inventory/record-schema'
import type { AnswerId, EffectCode } from '@immd/core/method-types'

/**
 * The demo users' password when `IMMD_DEMO_PASSWORD` names one (test suites and scripted demos set
 * it); otherwise each demo user gets its own random password at seeding, shown once (issue #23:
 * one short password shared by every demo user was guessable).
 */
export function readDemoPassword(
  env: Record<string, string | undefined> = process.env,
): string | null {
  return env.IMMD_DEMO_PASSWORD?.trim() || null
}

/** Demo users and their organization roles. */
export const DEMO_USERS = [
  { key: 'admin', email: 'admin@example.org', name: 'Ada Admin', role: 'admin' },
  { key: 'lead', email: 'lead@example.org', name: 'Lena Lead', role: 'lead-assessor' },
  { key: 'assessor', email: 'assessor@example.org', name: 'Arun Assessor', role: 'assessor' },
  { key: 'viewer', email: 'viewer@example.org', name: 'Vera Viewer', role: 'viewer' },
] as const

/** The inventory of ACME's IMC: one `imc_id` over four records. */
export function buildDemoInventory(): InventoryRecord[] {
  const common = {
    imc_id: 'acme-imc',
    host: 'ACME Corp',
    'country-code': ['DE'],
    'source-name': 'acme-inventory',
  }
  return [
    {
      ...common,
      'short-team-name': 'ACME-CSIRT',
      'official-team-name': 'ACME Corp CSIRT',
      email: 'csirt@acme.example',
      establishment: '2015-03-01',
      'operating-hours-freetext': 'Mon-Fri 08:00-18:00 CET; on-call 24x7',
      constituency: 'enterprise',
      'constituency-description': 'All ACME business units worldwide',
      'cert-type': ['enterprise'],
      model: 'internal_distributed',
      authority: 'shared',
      reports_to: 'CISO',
      imc_functions: ['protect', 'detect', 'respond', 'sustain'],
      services: {
        framework: 'first-v2.1',
        offered: ['6.1', '6.2', '6.5', '8.3'],
        core: ['6.1', '6.2', '6.5'],
      },
      triage: 'central_csirt_helpdesk',
      staff: [
        { name: 'Miriam Keller', role: 'CSIRT manager', unit: 'HQ', fte: 1, backup: 'Jonas Weber' },
        { name: 'Jonas Weber', role: 'backup CSIRT manager', unit: 'HQ', fte: 0.5 },
        { name: 'Priya Nair', role: 'incident analyst', unit: 'HQ', fte: 1, skills: ['forensics'] },
      ],
      extended_staff: ['legal', 'pr', 'hr'],
      tools: ['incident tracking system', 'secure mail'],
      documents: ['RFC 2350', 'Incident handling procedure', 'Service catalogue'],
      funding: 'cost_centre',
      success_threshold: 'high',
    },
    {
      ...common,
      'short-team-name': 'ACME-PLANT-B',
      'official-team-name': 'ACME Plant B incident contacts',
      model: 'internal_distributed',
      imc_functions: ['detect', 'respond'],
      staff: [
        { name: 'Tomasz Nowak', role: 'site lead', unit: 'Plant B', fte: 0.3, skills: ['Windows'] },
        { name: 'Elif Demir', role: 'member', unit: 'Plant B', fte: 0.3, skills: ['OT networks'] },
      ],
      documents: ['Plant B contact list'],
    },
    {
      ...common,
      'short-team-name': 'ACME-PLANT-C',
      'official-team-name': 'ACME Plant C incident contacts',
      model: 'internal_distributed',
      imc_functions: ['detect', 'respond'],
      staff: [{ name: 'Luis Ortega', role: 'site lead', unit: 'Plant C', fte: 0.2 }],
    },
    {
      ...common,
      'short-team-name': 'ACME-SOC',
      'official-team-name': 'ACME Security Operations',
      model: 'internal_centralized',
      imc_functions: ['protect', 'detect'],
      staff: [{ name: 'Hannah Schmidt', role: 'SOC lead', unit: 'IT Operations', fte: 1 }],
      tools: ['IDS', 'SIEM'],
    },
  ].map((record) => inventoryRecordSchema.parse(record))
}

/** One driver's evaluation in the finished demo engagement: answer and coded data items. */
export interface DemoEvaluation {
  driverId: string
  answer: AnswerId
  items: [EffectCode, string][]
}

/** Eight "Likely Yes" and two "Equally Likely": total 70, High (the sample of the IMMD slides). */
export const DEMO_EVALUATIONS: DemoEvaluation[] = [
  {
    driverId: 'D1',
    answer: 'likely-yes',
    items: [
      ['+', 'The IMC mission and goals are published on the intranet for all business units.'],
      ['+', 'Interviewees at HQ and Plant B described the IMC goals consistently.'],
      ['-', 'Current funding and staffing are stretched to meet the IMC objectives.'],
    ],
  },
  {
    driverId: 'D2',
    answer: 'likely-yes',
    items: [
      [
        '+',
        'The CSIRT manager keeps an up-to-date notification list of members and unit contacts.',
      ],
      ['-', 'Plant C hears about incidents at other sites only in the monthly call.'],
    ],
  },
  {
    driverId: 'D3',
    answer: 'likely-yes',
    items: [
      ['+', 'The constituency (all ACME business units) is defined in the RFC 2350 description.'],
      ['?', 'No constituent feedback survey has been run yet.'],
    ],
  },
  {
    driverId: 'D4',
    answer: 'likely-yes',
    items: [
      ['+', 'The CISO sponsors the IMC and reviews its quarterly report.'],
      ['-', 'Divisional managers do not always release site members for incident work.'],
    ],
  },
  {
    driverId: 'D5',
    answer: 'likely-yes',
    items: [
      [
        '+',
        'The incident handling procedure defines triage and escalation to management, PR and legal.',
      ],
      ['0', 'The procedure was last reviewed 14 months ago.'],
    ],
  },
  {
    driverId: 'D6',
    answer: 'likely-yes',
    items: [
      ['+', 'A designated CSIRT manager with a trained backup coordinates all incidents.'],
      ['+', 'Site members answer to the CSIRT manager for incident work.'],
    ],
  },
  {
    driverId: 'D7',
    answer: 'likely-yes',
    items: [
      ['+', 'Response steps in the tracking system were applied consistently at every site.'],
      ['?', 'Quality assurance of closed incidents is informal.'],
    ],
  },
  {
    driverId: 'D8',
    answer: 'equally-likely',
    items: [
      ['-', "The site members' 30% time share is not written into their objectives."],
      ['-', 'There is no budget line for CSIRT training this year.'],
      ['+', 'Backups exist for the manager and for two of the three sites.'],
    ],
  },
  {
    driverId: 'D9',
    answer: 'equally-likely',
    items: [
      ['+', 'All members reach the shared incident tracking system.'],
      ['-', 'Plant C has no secure conferencing equipment.'],
      ['?', 'IDS coverage of the plant networks is unknown.'],
    ],
  },
  {
    driverId: 'D10',
    answer: 'likely-yes',
    items: [
      ['+', 'The contact list was updated within a week of the last reorganization.'],
      ['-', "A site-wide outage would hit members' day jobs at the same time as the incident."],
    ],
  },
]

/** Improvements of the finished engagement (IMC Improvement Worksheet, A6). */
export const DEMO_IMPROVEMENTS = [
  {
    driverId: 'D8',
    proposal: 'Agree written time shares for site members with the divisional managers.',
    priority: 'high',
    status: 'accepted',
    expectedAnswer: 'likely-yes',
    ownerKey: 'lead',
  },
  {
    driverId: 'D9',
    proposal: 'Provide secure conferencing equipment at Plant C.',
    priority: 'medium',
    status: 'in-progress',
    expectedAnswer: 'likely-yes',
    ownerName: 'Plant C IT lead',
  },
  {
    driverId: 'D2',
    proposal: 'Send Plant C the weekly incident digest.',
    priority: 'low',
    status: 'done',
    expectedAnswer: 'yes',
    ownerName: 'Miriam Keller (CSIRT manager)',
  },
] as const

/** The re-assessment in Phase 2: four drivers answered so far. */
export const PHASE_2_EVALUATIONS: DemoEvaluation[] = [
  {
    driverId: 'D1',
    answer: 'likely-yes',
    items: [['+', 'Goals were re-published after the CISO change.']],
  },
  {
    driverId: 'D2',
    answer: 'yes',
    items: [['+', 'Plant C now receives the weekly incident digest.']],
  },
  {
    driverId: 'D6',
    answer: 'yes',
    items: [['+', 'The backup manager led two incidents alone this year.']],
  },
  {
    driverId: 'D8',
    answer: 'likely-no',
    items: [['-', 'Two site members left; replacements are not trained yet.']],
  },
]
