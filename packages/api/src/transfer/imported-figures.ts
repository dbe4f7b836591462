/**
 * The figures an imported engagement shows (its state, latest total and band) are derived from the
 * imported rows by the same code that derives them for live engagements, never copied from the
 * document: a forged `latestTotal: 1000` or `state: "closed"` would otherwise bypass the lifecycle
 * and reach the portfolio (issue #23, item 7).
 *
 * - `state` must be the state `@immd/core/lifecycle` derives from the imported activity statuses;
 *   any other is refused (a `ValidationError` naming `document.engagement.state`), because a state
 *   the activities do not support means the document was edited or is corrupt.
 * - `latestTotal`, `latestBand` and their coverage (`latestScoredDrivers`,
 *   `latestMethodDrivers`) are recomputed with `@immd/core/scoring` (via `computeEngagementResult`, as `Engagement.result` does) when a scoring activity (A4, A5) is
 *   completed, as completing one does live; otherwise they are null. The document's values are
 *   ignored, since they are a cache of what is computed here.
 * - Result snapshots are history (the score when an activity completed, before later edits), so
 *   they cannot be recomputed from today's rows; their band and threshold must be bands of the
 *   engagement's method and their total must lie within the method's band range.
 *
 * @packageDocumentation
 */
import { deriveEngagementState } from '@immd/core/lifecycle'
import { findBand } from '@immd/core/method'
import type { MethodDefinition } from '@immd/core/method-types'
import { SCORING_ACTIVITIES } from '@immd/db/activity-repository'
import { loadEngagementSnapshot } from '@immd/db/lifecycle-snapshot'
import type { ApiTransaction } from '../database.js'
import { computeEngagementResult, RESULT_SELECT } from '../engagements/result.js'
import { ValidationError, type ValidationIssue } from '../errors.js'
import type { TransferEngagement } from './transfer-format.js'

/** Lists the stored figures of the document that its method cannot produce. */
export function checkSnapshotFigures(
  method: MethodDefinition,
  doc: TransferEngagement,
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const min = Math.min(...method.bands.map((band) => band.min))
  const max = Math.max(...method.bands.map((band) => band.max))
  const bandIds = method.bands.map((band) => band.id).join(', ')
  const checkBand = (path: string, value: string | null) => {
    if (value !== null && !findBand(method, value)) {
      issues.push({ path, message: `"${value}" is not a band of ${method.version} (${bandIds})` })
    }
  }
  checkBand('document.engagement.successThreshold', doc.successThreshold)
  doc.resultSnapshots.forEach((snapshot, i) => {
    const at = `document.engagement.resultSnapshots.${i}`
    if (snapshot.total < min || snapshot.total > max) {
      issues.push({ path: `${at}.total`, message: `must lie between ${min} and ${max}` })
    }
    checkBand(`${at}.band`, snapshot.band)
    checkBand(`${at}.successThreshold`, snapshot.successThreshold)
  })
  return issues
}

/**
 * Derives the imported engagement's state and latest figures from its rows (written already, in
 * `tx`) and stores them; refuses a document whose state or snapshot figures its rows do not
 * support. Throws {@link ValidationError} naming the path.
 */
export async function settleImportedFigures(
  tx: ApiTransaction,
  engagementId: string,
  doc: TransferEngagement,
): Promise<void> {
  const loaded = await loadEngagementSnapshot(tx, engagementId)
  const issues = checkSnapshotFigures(loaded.method, doc)
  const state = deriveEngagementState(loaded.snapshot)
  if (doc.state !== state) {
    issues.unshift({
      path: 'document.engagement.state',
      message: `is "${doc.state}", but the imported activities put the engagement in "${state}"`,
    })
  }
  if (issues.length > 0) throw new ValidationError(issues)
  const scored = loaded.activities.some(
    (activity) =>
      SCORING_ACTIVITIES.includes(activity.activityId as (typeof SCORING_ACTIVITIES)[number]) &&
      activity.status === 'completed',
  )
  let latest = {
    latestTotal: null as number | null,
    latestBand: null as string | null,
    latestScoredDrivers: null as number | null,
    latestMethodDrivers: null as number | null,
  }
  if (scored) {
    const row = await tx.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      select: RESULT_SELECT,
    })
    // Interviewee ratings feed only the per-driver confidence, never the total, band or coverage.
    const result = computeEngagementResult(row, loaded.method)
    latest = {
      latestTotal: result.total,
      latestBand: result.band,
      latestScoredDrivers: result.coverage.scoredDrivers,
      latestMethodDrivers: result.coverage.methodDrivers,
    }
  }
  await tx.engagement.update({ where: { id: engagementId }, data: { state, ...latest } })
}
