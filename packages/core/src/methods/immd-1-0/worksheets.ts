/**
 * The seven IMMD 1.0 worksheets (§6). Their purposes are read; apart from the IMMD Worksheet (and the
 * driver questions on the Questionnaire and Handout) the field layouts were not read, so most fields
 * are product proposals with provenance `design`.
 *
 * @packageDocumentation
 */
import type { WorksheetDefinition, WorksheetField, WorksheetFieldType } from '../../method-types.js'

const ANSWER_OPTIONS = ['no', 'likely-no', 'equally-likely', 'likely-yes', 'yes']
const BAND_OPTIONS = ['minimal', 'low', 'borderline', 'high', 'excellent']

function read(id: string, label: string, type: WorksheetFieldType, options?: string[]) {
  return field(id, label, type, 'read', options)
}

function design(id: string, label: string, type: WorksheetFieldType, options?: string[]) {
  return field(id, label, type, 'design', options)
}

function field(
  id: string,
  label: string,
  type: WorksheetFieldType,
  provenance: WorksheetField['provenance'],
  options?: string[],
): WorksheetField {
  return options ? { id, label, type, options, provenance } : { id, label, type, provenance }
}

/** The seven worksheets; `activities` mirrors each activity's `worksheets` list. */
export const IMMD_1_0_WORKSHEETS: WorksheetDefinition[] = [
  {
    id: 'preparation-checklist',
    name: 'IMMD Preparation Checklist',
    purpose: 'The to-do list for the Phase 1 (preparation) activities.',
    activities: ['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6'],
    fields: [
      design('item', 'Item', 'text'),
      design('activity', 'Related activity', 'enum', [
        'PRA1',
        'PRA2',
        'PRA3',
        'PRA4',
        'PRA5',
        'PRA6',
      ]),
      design('owner', 'Owner', 'text'),
      design('due-date', 'Due date', 'date'),
      design('done', 'Done', 'boolean'),
      design('notes', 'Notes', 'longtext'),
    ],
  },
  {
    id: 'scope-list',
    name: 'IMMD Scope List',
    purpose: 'Who will be interviewed: groups and particular people.',
    activities: ['A1'],
    fields: [
      design('group', 'Group / unit', 'text'),
      design('person', 'Person', 'text'),
      design('role', 'Role / position', 'text'),
      design('imc-functions', 'IMC function(s) covered', 'list', [
        'Protect',
        'Detect',
        'Respond',
        'Sustain',
      ]),
      design('contact', 'Contact', 'text'),
      design('session', 'Session assignment', 'text'),
      design('interviewed', 'Interviewed', 'boolean'),
    ],
  },
  {
    id: 'questionnaire',
    name: 'IMMD Questionnaire',
    purpose: 'The driver set that steers each interview session.',
    activities: ['A1'],
    fields: [
      read('driver-id', 'Driver', 'text'),
      design('question', 'Question', 'text'),
      design('interviewer-notes', 'Interviewer notes (per session)', 'longtext'),
      design('data-items', 'Data items raised', 'list'),
    ],
  },
  {
    id: 'handout',
    name: 'IMMD Handout',
    purpose: 'Each driver phrased as a question, plus explanatory notes.',
    activities: ['A1'],
    fields: [
      design('driver-id', 'Driver', 'text'),
      read('question', 'Question', 'text'),
      design('things-to-consider', 'Things to consider', 'list'),
    ],
  },
  {
    id: 'document-checklist',
    name: 'IMMD Document Checklist',
    purpose: 'The list of documents the team gathers and reviews.',
    activities: ['A2'],
    fields: [
      design('title', 'Document title', 'text'),
      design('type', 'Document type', 'text'),
      design('owner', 'Owner', 'text'),
      design('requested', 'Requested', 'boolean'),
      design('received', 'Received', 'boolean'),
      design('reviewed', 'Reviewed', 'boolean'),
      design('data-items', 'Data items extracted', 'list'),
    ],
  },
  {
    id: 'immd-worksheet',
    name: 'IMMD Worksheet',
    purpose: "Records each driver's evaluation and score, its rationale, and the overall result.",
    activities: ['A3', 'A4', 'A5'],
    fields: [
      read('driver-number', 'Driver number', 'number'),
      read('question', 'Question', 'text'),
      read('answer', 'Answer', 'enum', ANSWER_OPTIONS),
      read('value', 'Value', 'number'),
      read('rationale', 'Rationale (coded data items)', 'list'),
      design('data-item-sources', 'Data item sources', 'list'),
      read('current-potential', 'Current potential for success', 'enum', BAND_OPTIONS),
      read('total-value', 'Total value', 'number'),
      read('success-threshold', 'Success threshold', 'enum', BAND_OPTIONS),
    ],
  },
  {
    id: 'improvement-worksheet',
    name: 'IMC Improvement Worksheet',
    purpose: 'Captures candidate improvements to the IMC and what was decided about them.',
    activities: ['A6'],
    fields: [
      design('driver-id', 'Driver', 'text'),
      design('data-items', 'Related data items (mostly - and ?)', 'list'),
      design('improvement', 'Proposed improvement', 'longtext'),
      design('priority', 'Priority', 'enum', ['high', 'medium', 'low']),
      design('owner', 'Owner', 'text'),
      design('target-date', 'Target date', 'date'),
      design('expected-effect', 'Expected effect on driver', 'longtext'),
    ],
  },
]
