/**
 * The one write path for engagement data. Every mutation that changes an engagement or a row of
 * one runs its change through {@link writeEngagement}, which owns, in this order:
 *
 * 1. the transaction and the audit rows (through `writeAudited`, so the change and its audit
 *    events commit together) and the publish after commit (`publishEngagementChanges`);
 * 2. tenancy: the engagement is looked up on the request's tenant-guarded client, so another
 *    organization's engagement is a NotFoundError like a missing one;
 * 3. the engagement's write lock and data version: one guarded `UPDATE` increments
 *    `Engagement.dataVersion` (result snapshots record it), which also serialises concurrent
 *    writes to one engagement on both engines; an optional `expectedDataVersion` turns a stale
 *    screen into a ConflictError;
 * 4. the communicated-results lock: when the write feeds the result or the communicated
 *    worksheets ({@link WriteLock} `'communicated'`) and PAA1 is completed, it is refused with one
 *    typed error (GateNotSatisfiedError on PAA1, transition `edit`) that says how to re-open.
 *
 * The callback calls `open(engagementId)` exactly once (after reading the row it changes, when the
 * engagement is only known from that row); a write that never opens its engagement is a bug and
 * fails loudly, so no engagement write can skip the lock by accident.
 *
 * @packageDocumentation
 */
import type { GatePrerequisite } from '@immd/core/lifecycle'
import { type AuditedWrite, writeAudited } from '../audit.js'
import type { ApiContext } from '../context.js'
import type { ApiTransaction } from '../database.js'
import { ConflictError, GateNotSatisfiedError, NotFoundError } from '../errors.js'
import type { TargetEngagement } from '../mutations/guards.js'

/**
 * Whether a write is refused once the results are communicated (PAA1 completed):
 * `'communicated'` for data that feeds the result or the communicated worksheets, `'open'` for
 * what stays editable (lessons learned, the preparation checklist, titles and dates, the team,
 * the lifecycle transitions whose own gates decide). The list and why: `docs/api.md`.
 */
export type WriteLock = 'communicated' | 'open'

/** The engagement a write is allowed to change, with its data version after this write. */
export interface WritableEngagement extends TargetEngagement {
  /** `Engagement.dataVersion` including this write's increment. */
  dataVersion: number
  /**
   * Status of each activity named in {@link OpenOptions.activities} (and PAA1) that has a record,
   * read with the engagement under its write lock; an activity without a record is absent.
   */
  activityStatuses: ReadonlyMap<string, string>
}

/** What `open` accepts besides the engagement id. */
export interface OpenOptions {
  /** Overrides the write's lock for this call (e.g. progress-only edits of an improvement). */
  lock?: WriteLock
  /** The data version the caller read; a different current one is a ConflictError. */
  expectedDataVersion?: number | null
  /**
   * Activities whose status the write checks (e.g. A3 before an answer): read in the same
   * statement as the engagement, instead of one lookup each.
   */
  activities?: readonly string[]
}

/** Opens the engagement for writing: lock, version and communicated-results checks. */
export type OpenEngagement = (
  engagementId: string,
  options?: OpenOptions,
) => Promise<WritableEngagement>

/** The error every locked write gets on a communicated engagement. */
export function communicatedResultsError(): GateNotSatisfiedError {
  const missing: GatePrerequisite[] = [
    {
      code: 'invalid-activity-status',
      activity: 'PAA1',
      status: 'completed',
      expected: ['not-started', 'in-progress'],
      message:
        'The results are communicated (PAA1 completed): the data they were computed from is final. ' +
        'A lead assessor can re-open them with `reopenResults` and a reason.',
    },
  ]
  return new GateNotSatisfiedError('PAA1', 'edit', missing)
}

async function openEngagement(
  tx: ApiTransaction,
  engagementId: string,
  lock: WriteLock,
  options: OpenOptions,
): Promise<WritableEngagement> {
  const { expectedDataVersion } = options
  // The write comes first: it takes the row lock (the write lock on SQLite) before anything is read.
  const touched = await tx.engagement.updateMany({
    where: { id: engagementId },
    data: { dataVersion: { increment: 1 } },
  })
  if (touched.count === 0) throw new NotFoundError('Engagement', engagementId)
  // PAA1 (the communicated-results lock) and the activities the write asked for come with the
  // row: one statement instead of one per activity.
  const { activities, ...engagement } = await tx.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: {
      id: true,
      organizationId: true,
      methodVersion: true,
      dataVersion: true,
      activities: {
        where: { activityId: { in: ['PAA1', ...(options.activities ?? [])] } },
        select: { activityId: true, status: true },
      },
    },
  })
  const activityStatuses = new Map(activities.map((row) => [row.activityId, row.status]))
  const read = engagement.dataVersion - 1
  if (expectedDataVersion != null && expectedDataVersion !== read) {
    throw new ConflictError(
      `Engagement ${engagementId} data changed since you read it: you sent data version ${expectedDataVersion}, it is at ${read}.`,
      { currentVersion: read },
    )
  }
  if (lock === 'communicated' && activityStatuses.get('PAA1') === 'completed') {
    throw communicatedResultsError()
  }
  return { ...engagement, activityStatuses }
}

/**
 * Runs one engagement write: `write` gets the transaction and `open`, calls `open(engagementId)`
 * once, and returns its result with the audit rows to store. See the module comment.
 */
export async function writeEngagement<T>(
  ctx: ApiContext,
  lock: WriteLock,
  write: (tx: ApiTransaction, open: OpenEngagement) => Promise<AuditedWrite<T>>,
): Promise<T> {
  return writeAudited(ctx, async (tx) => {
    let opened = 0
    const open: OpenEngagement = (engagementId, options = {}) => {
      opened += 1
      if (opened > 1) throw new Error('writeEngagement: open() called twice in one write')
      return openEngagement(tx, engagementId, options.lock ?? lock, options)
    }
    const done = await write(tx, open)
    if (opened !== 1) throw new Error('writeEngagement: the write never opened its engagement')
    return done
  })
}
