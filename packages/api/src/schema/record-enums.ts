/**
 * The closed vocabularies of stored records as GraphQL enums, used by the inputs that write them and
 * the output fields that read them (one enum per vocabulary, so typed clients need no conversion).
 * The internal values are what the database stores.
 *
 * @packageDocumentation
 */
import { IMC_FUNCTIONS } from '@immd/core/inventory/vocabularies'
import { builder } from '../builder.js'

export const ImprovementPriorityEnum = builder.enumType('ImprovementPriority', {
  values: { HIGH: { value: 'high' }, MEDIUM: { value: 'medium' }, LOW: { value: 'low' } } as const,
})

export const ImprovementStatusEnum = builder.enumType('ImprovementStatus', {
  values: {
    PROPOSED: { value: 'proposed' },
    ACCEPTED: { value: 'accepted' },
    IN_PROGRESS: { value: 'in-progress' },
    DONE: { value: 'done' },
    REJECTED: { value: 'rejected' },
  } as const,
})

export const TlpLabelEnum = builder.enumType('TlpLabel', {
  description: 'Traffic Light Protocol 2.0 label of interview notes.',
  values: {
    CLEAR: { value: 'clear' },
    GREEN: { value: 'green' },
    AMBER: { value: 'amber' },
    AMBER_STRICT: { value: 'amber+strict' },
    RED: { value: 'red' },
  } as const,
})

export const OrganizationRoleEnum = builder.enumType('OrganizationRole', {
  values: {
    ADMIN: {
      value: 'admin',
      description: 'Manages members, tokens and reads the audit trail; writes everything.',
    },
    LEAD_ASSESSOR: {
      value: 'lead-assessor',
      description: 'Creates and imports engagements; writes all of them.',
    },
    ASSESSOR: { value: 'assessor', description: 'Writes the engagements whose team they are on.' },
    VIEWER: { value: 'viewer', description: 'Reads; sees pseudonyms and no TLP:AMBER/RED notes.' },
  } as const,
})

export const ScopeEntryKindEnum = builder.enumType('ScopeEntryKind', {
  values: { PERSON: { value: 'person' }, GROUP: { value: 'group' } } as const,
})

export const ImcFunctionEnum = builder.enumType('ImcFunction', {
  description: 'The four IMC functions a scope entry can cover.',
  values: Object.fromEntries(IMC_FUNCTIONS.map((f) => [f.toUpperCase(), { value: f }])) as Record<
    'PROTECT' | 'DETECT' | 'RESPOND' | 'SUSTAIN',
    { value: (typeof IMC_FUNCTIONS)[number] }
  >,
})
