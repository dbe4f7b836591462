/**
 * The method's closed vocabularies as GraphQL enums. Enum names are what users of the method say
 * (`LIKELY_YES`, `BORDERLINE`, `PRA1`); the internal values are `@immd/core`'s ids.
 *
 * @packageDocumentation
 */
import type { ActivityStatus, EngagementState, GatePrerequisiteCode } from '@immd/core/lifecycle'
import {
  ACTIVITY_IDS,
  type ActivityId,
  type AnswerId,
  type ArtifactKind,
  type BandId,
  type EffectCode,
  type PhaseId,
  type Provenance,
  type ScoringAlgorithm,
  type WorksheetId,
} from '@immd/core/method-types'
import { builder } from '../builder.js'

/** `likely-yes` → `LIKELY_YES`. */
function toEnumName(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')
}

/** Builds `{ LIKELY_YES: { value: 'likely-yes' } }` from the core ids. */
function valuesOf<T extends string>(ids: readonly T[]): Record<string, { value: T }> {
  return Object.fromEntries(ids.map((id) => [toEnumName(id), { value: id }]))
}

export const AnswerEnum = builder.enumType('Answer', {
  description: 'A column of the IMMD worksheet: the likelihood that the driver question is "yes".',
  values: valuesOf<AnswerId>(['no', 'likely-no', 'equally-likely', 'likely-yes', 'yes']),
})

export const BandEnum = builder.enumType('Band', {
  description: 'A band of the potential for success, lowest first.',
  values: valuesOf<BandId>(['minimal', 'low', 'borderline', 'high', 'excellent']),
})

export const EffectEnum = builder.enumType('Effect', {
  description: 'Effect code of a data item: + success, - failure, 0 neutral, ? unknown driver.',
  values: {
    SUCCESS: { value: '+' as EffectCode, description: '`+` pushes the IMC toward success.' },
    FAILURE: { value: '-' as EffectCode, description: '`-` pushes the IMC toward failure.' },
    NEUTRAL: { value: '0' as EffectCode, description: '`0` no perceived influence.' },
    UNKNOWN: { value: '?' as EffectCode, description: '`?` effect cannot be judged yet.' },
  },
})

export const PhaseEnum = builder.enumType('PhaseId', {
  values: valuesOf<PhaseId>(['prepare', 'conduct', 'post']),
})

export const ActivityIdEnum = builder.enumType('ActivityId', {
  description: 'The fifteen activities: PRA1-PRA6 (prepare), A1-A6 (conduct), PAA1-PAA3 (post).',
  values: valuesOf<ActivityId>(ACTIVITY_IDS),
})

export const ActivityStatusEnum = builder.enumType('ActivityStatus', {
  values: valuesOf<ActivityStatus>(['not-started', 'in-progress', 'completed', 'skipped']),
})

export const EngagementStateEnum = builder.enumType('EngagementState', {
  values: valuesOf<EngagementState>([
    'draft',
    'preparing',
    'collecting',
    'evaluating',
    'scored',
    'next-steps',
    'communicated',
    'closed',
  ]),
})

export const WorksheetIdEnum = builder.enumType('WorksheetId', {
  values: valuesOf<WorksheetId>([
    'preparation-checklist',
    'scope-list',
    'questionnaire',
    'handout',
    'document-checklist',
    'immd-worksheet',
    'improvement-worksheet',
  ]),
})

export const ArtifactKindEnum = builder.enumType('ArtifactKind', {
  values: valuesOf<ArtifactKind>(['input', 'output', 'intermediate', 'constraint', 'resource']),
})

export const ProvenanceEnum = builder.enumType('Provenance', {
  description: 'Where method content comes from: READ in a source, INFERRED, or a DESIGN proposal.',
  values: valuesOf<Provenance>(['read', 'inferred', 'design']),
})

export const ScoringAlgorithmEnum = builder.enumType('ScoringAlgorithm', {
  values: valuesOf<ScoringAlgorithm>(['mean', 'weighted-mean', 'rule-based']),
})

export const GatePrerequisiteCodeEnum = builder.enumType('GatePrerequisiteCode', {
  values: valuesOf<GatePrerequisiteCode>([
    'invalid-activity-status',
    'activity-not-skippable',
    'activity-not-started',
    'activity-not-completed',
    'sponsorship-not-recorded',
    'threshold-not-set',
    'threshold-unknown',
    'driver-not-evaluated',
    'no-driver-answered',
    'count-below-minimum',
  ]),
})
