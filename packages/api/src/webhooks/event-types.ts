/**
 * Webhook event types and which audited writes raise them. Events are derived from the audit
 * entries every mutation writes (`audit.ts`), so a new mutation raises its event by naming its
 * audit operation here rather than by calling the webhook code itself.
 *
 * @packageDocumentation
 */

/** The event types an endpoint may subscribe to (the `type` field of a delivery's body). */
export const WEBHOOK_EVENT_TYPES = [
  'engagement.created',
  'engagement.state_changed',
  'engagement.scored',
  'engagement.result_changed',
  'improvement.changed',
  'import.finished',
] as const

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]

/** What one event type means, for the schema and the docs. */
export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'engagement.created': 'An engagement was created, cloned from another or imported.',
  'engagement.state_changed':
    'An activity of an engagement was started, completed or skipped; the engagement state follows the activities.',
  'engagement.scored':
    'A scoring activity (A4, A5) was completed and a result snapshot was stored.',
  'engagement.result_changed':
    'An input of the live result changed: a driver evaluation, the success threshold or the tailored method.',
  'improvement.changed': 'A row of the improvement worksheet was added, changed or removed.',
  'import.finished': 'A team inventory import or an engagement import was committed.',
}

/** The activities whose completion stores a result (`@immd/db`'s `SCORING_ACTIVITIES`). */
const SCORING_ACTIVITY_IDS = new Set(['A4', 'A5'])

/**
 * The event types an audited operation raises. `activity.complete` raises `engagement.scored` as
 * well when the activity is a scoring one (`activityId`, read by the caller only when needed).
 */
export function eventTypesOf(operation: string, activityId?: string | null): WebhookEventType[] {
  if (['engagement.create', 'engagement.clone'].includes(operation)) return ['engagement.created']
  if (operation === 'engagement.import') return ['engagement.created', 'import.finished']
  if (operation === 'team.import') return ['import.finished']
  if (operation.startsWith('activity.')) {
    const scored = operation === 'activity.complete' && SCORING_ACTIVITY_IDS.has(activityId ?? '')
    return scored ? ['engagement.state_changed', 'engagement.scored'] : ['engagement.state_changed']
  }
  if (
    operation.startsWith('evaluation.') ||
    operation === 'engagement.threshold' ||
    operation === 'method.tailor'
  ) {
    return ['engagement.result_changed']
  }
  if (operation.startsWith('improvement.')) return ['improvement.changed']
  return []
}

/** Whether `activity.complete` entries need their activity id looked up (a scoring check). */
export function isActivityCompletion(operation: string): boolean {
  return operation === 'activity.complete'
}
