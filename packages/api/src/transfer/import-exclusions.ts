/**
 * Exclusions of an imported engagement (see {@link importedExclusions}).
 *
 * @packageDocumentation
 */
import type { TransferEngagement } from './transfer-format.js'

/**
 * The document's exclusions, plus a `migrated` exclusion for each evaluation an older document
 * marked not applicable (as the `driver_exclusions` migration does for stored rows). Deciders are
 * people of the source platform: not carried over (their name stays in the source document).
 */
export function importedExclusions(engagementId: string, doc: TransferEngagement) {
  const listed = new Set(doc.exclusions.map((exclusion) => exclusion.driverId))
  const migrated = doc.evaluations
    .filter((evaluation) => evaluation.notApplicable && !listed.has(evaluation.driverId))
    .map((evaluation) => ({
      driverId: evaluation.driverId,
      reason: 'migrated from evaluation-time not-applicable',
      decidedAt: evaluation.evaluatedAt,
      origin: 'migrated' as const,
    }))
  return [...doc.exclusions, ...migrated].map((exclusion) => ({
    engagementId,
    driverId: exclusion.driverId,
    reason: exclusion.reason,
    origin: exclusion.origin,
    ...(exclusion.decidedAt ? { decidedAt: new Date(exclusion.decidedAt) } : {}),
  }))
}
