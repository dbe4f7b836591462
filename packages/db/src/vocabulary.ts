/**
 * The closed vocabularies stored as strings (see prisma/models/README.md) and their checks.
 * Method-specific ones (answers, effect codes, bands, activities) come from the method definition
 * of the engagement; these are the platform's own.
 *
 * @packageDocumentation
 */
import type { EffectCode } from '@immd/core/method-types'
import { InvalidValueError } from './errors.js'

/** Organization roles of a membership. */
export const ORGANIZATION_ROLES = ['admin', 'lead-assessor', 'assessor', 'viewer'] as const
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number]

/** Roles on one engagement's assessment team. */
export const ENGAGEMENT_ROLES = ['lead-assessor', 'assessor', 'note-taker', 'observer'] as const
export type EngagementRole = (typeof ENGAGEMENT_ROLES)[number]

/** Who performed an audited operation (`respondent`: a respondent link, its id as actor id). */
export const ACTOR_KINDS = ['user', 'token', 'system', 'respondent'] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** API token scopes. */
export const TOKEN_SCOPES = ['read', 'read-write'] as const
export type TokenScope = (typeof TOKEN_SCOPES)[number]

/** Traffic Light Protocol 2.0 labels for interview notes. */
export const TLP_LABELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const
export type TlpLabel = (typeof TLP_LABELS)[number]

/** Where a data item comes from. */
export const DATA_SOURCE_KINDS = ['interview', 'document'] as const
export type DataSourceKind = (typeof DATA_SOURCE_KINDS)[number]

/** The four effect codes of IMMD 1.0 (a tailored method keeps them: scoring relies on them). */
export const EFFECT_CODES = ['+', '-', '0', '?'] as const satisfies readonly EffectCode[]

/** Improvement priorities and statuses (IMC Improvement Worksheet). */
export const IMPROVEMENT_PRIORITIES = ['high', 'medium', 'low'] as const
export type ImprovementPriority = (typeof IMPROVEMENT_PRIORITIES)[number]
export const IMPROVEMENT_STATUSES = [
  'proposed',
  'accepted',
  'in-progress',
  'done',
  'rejected',
] as const
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number]

/** Scope List entry kinds. */
export const SCOPE_KINDS = ['person', 'group'] as const

/**
 * Returns `value` typed as one of `allowed`, or throws {@link InvalidValueError} naming the field.
 */
export function assertOneOf<const T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new InvalidValueError(field, value, allowed)
}
