/**
 * The shape of one audit row a write asks for, in its own module so that `audit.ts` and the
 * webhook outbox it fills (`webhooks/enqueue.ts`) do not import each other.
 *
 * @packageDocumentation
 */
/** One audit row; `engagementId` also names the engagement whose subscribers are notified. */
export interface AuditEntry {
  /** e.g. `engagement.create`, `engagement.threshold`, `method.tailor`. */
  operation: string
  targetType: string
  targetId: string
  /** Null only for platform events that belong to no tenant (e.g. an account's creation). */
  organizationId: string | null
  engagementId?: string | null
  before?: unknown
  after?: unknown
  /** True when an `@immd/db` repository already stored the event: only publish it. */
  recorded?: boolean
  /** The user whose access the write changed: their open subscriptions re-check it after commit. */
  accessChangedFor?: string | null
}
