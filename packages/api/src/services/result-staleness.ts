/**
 * Whether the stored result (the latest result snapshot A4 or A5 stored, not superseded) still
 * matches the engagement's data. A snapshot records `Engagement.dataVersion`; when writes happened
 * since, the drivers' answers and exclusions now are compared with the ones the snapshot scored, so
 * a change that does not move the result (a data item, the plan) does not mark it stale.
 *
 * @packageDocumentation
 */
import type { ApiContext } from '../context.js'
import type { ApiPrismaClient, ApiTransaction } from '../database.js'
import { ValidationError } from '../errors.js'
import { writeEngagement } from './engagement-write.js'
import { reopenActivities } from './reopen-results.js'

/** A stored result that no longer matches the data, and why. */
export interface StaleResult {
  /** A4 or A5: the activity whose completion stored it. */
  activityId: string
  computedAt: Date
  storedTotal: number
  storedBand: string
  /** Drivers whose answer or exclusion changed since, in method order. */
  changedDrivers: string[]
}

interface StoredDriver {
  id?: string
  answer?: string | null
  status?: string
}

/** Reads the drivers a snapshot scored (`profile.drivers`, see `@immd/core/scoring`). */
function readStoredDrivers(profile: unknown): Map<string, string> {
  const drivers = (profile as { drivers?: StoredDriver[] } | null)?.drivers ?? []
  return new Map(
    drivers
      .filter((driver) => typeof driver.id === 'string')
      .map((driver) => [
        driver.id as string,
        driver.status === 'excluded' ? 'excluded' : (driver.answer ?? ''),
      ]),
  )
}

/** Finds the stale stored result of one engagement, or null when it is current (or none exists). */
export async function findStaleResult(
  prisma: ApiPrismaClient | ApiTransaction,
  engagementId: string,
): Promise<StaleResult | null> {
  const engagement = await prisma.engagement.findUnique({
    where: { id: engagementId },
    select: {
      dataVersion: true,
      resultSnapshots: {
        where: { supersededAt: null },
        orderBy: [{ computedAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: {
          activityId: true,
          computedAt: true,
          total: true,
          band: true,
          profile: true,
          dataVersion: true,
        },
      },
      evaluations: { select: { driverId: true, answer: true } },
      exclusions: { select: { driverId: true } },
    },
  })
  const snapshot = engagement?.resultSnapshots[0]
  if (!engagement || !snapshot || snapshot.dataVersion === engagement.dataVersion) return null
  const stored = readStoredDrivers(snapshot.profile)
  const current = new Map<string, string>()
  for (const evaluation of engagement.evaluations)
    current.set(evaluation.driverId, evaluation.answer ?? '')
  for (const exclusion of engagement.exclusions) current.set(exclusion.driverId, 'excluded')
  const ids = [...new Set([...stored.keys(), ...current.keys()])]
  const changedDrivers = ids
    .filter((id) => (stored.get(id) ?? '') !== (current.get(id) ?? ''))
    .sort(
      (a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')) || a.localeCompare(b),
    )
  if (changedDrivers.length === 0) return null
  return {
    activityId: snapshot.activityId,
    computedAt: snapshot.computedAt,
    storedTotal: snapshot.total,
    storedBand: snapshot.band,
    changedDrivers,
  }
}

/**
 * "Re-run A4": puts the completed scoring activities (A4, A5) back in progress and marks their
 * stored result superseded with the reason (the drivers changed since), so completing A4 again
 * stores the result of the current data. Refused once results are communicated (then
 * `reopenResults` is the audited path) and when the stored result is current.
 */
export function rerunScoring(
  ctx: ApiContext,
  input: { engagementId: string },
): Promise<{ engagementId: string }> {
  return writeEngagement(ctx, 'communicated', async (tx, open) => {
    const engagement = await open(input.engagementId)
    const stale = await findStaleResult(tx, engagement.id)
    if (!stale) {
      throw new ValidationError([
        {
          path: 'input.engagementId',
          code: 'RESULT_NOT_STALE',
          message:
            'The stored result matches the current answers: there is nothing to re-run. Complete A4 to store a result.',
        },
      ])
    }
    const reason = `Answers changed after ${stale.activityId} stored the result: ${stale.changedDrivers.join(', ')}.`
    const reopening = await reopenActivities(tx, engagement.id, ['A4', 'A5'], reason)
    return {
      result: { engagementId: engagement.id },
      audit: {
        operation: 'results.rerun',
        targetType: 'Engagement',
        targetId: engagement.id,
        organizationId: engagement.organizationId,
        engagementId: engagement.id,
        after: { reason, ...reopening },
      },
    }
  })
}
