/**
 * `Engagement.comparison`: a re-assessment against the engagement it follows (issue #15): the
 * per-driver delta and, for each improvement of the earlier engagement with an expected answer,
 * whether the later answer reached it. Computed by `@immd/core/analytics/compare-assessments`.
 *
 * @packageDocumentation
 */
import {
  type AssessmentComparison,
  compareAssessments,
} from '@immd/core/analytics/compare-assessments'
import type { AnswerId } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import { requireLocalizedMethod } from '../methods.js'

/** What the comparison reads of the later engagement (the field's `select`). */
export const COMPARISON_SELECT = {
  id: true,
  methodVersion: true,
  previousEngagementId: true,
  evaluations: { select: { driverId: true, answer: true } },
  exclusions: { select: { driverId: true } },
} as const

interface AnswersRow {
  evaluations: { driverId: string; answer: string | null }[]
  exclusions: { driverId: string }[]
}

/** The comparison plus what it needs to show each improvement. */
export interface ComparisonResult extends AssessmentComparison {
  previousEngagementId: string
  improvementTexts: Map<string, { proposal: string; status: string }>
}

const answersOf = (row: AnswersRow) => ({
  answers: Object.fromEntries(
    row.evaluations.map((e) => [e.driverId, (e.answer ?? null) as AnswerId | null]),
  ),
  excludedDriverIds: row.exclusions.map((e) => e.driverId),
})

/**
 * Compares an engagement with its previous one; null when it re-assesses nothing (or the previous
 * engagement is not readable, which the tenant guard makes the same as missing).
 */
export async function compareWithPrevious(
  ctx: ApiContext,
  row: AnswersRow & { methodVersion: string; previousEngagementId: string | null },
): Promise<ComparisonResult | null> {
  if (!row.previousEngagementId) return null
  const [previous, method] = await Promise.all([
    ctx.db.prisma.engagement.findUnique({
      where: { id: row.previousEngagementId },
      select: {
        id: true,
        evaluations: { select: { driverId: true, answer: true } },
        exclusions: { select: { driverId: true } },
        improvements: {
          select: { id: true, driverId: true, expectedAnswer: true, proposal: true, status: true },
          orderBy: [{ driverId: 'asc' }, { id: 'asc' }],
        },
      },
    }),
    // Localized for the driver short names; the comparison reads ids and values, never texts.
    requireLocalizedMethod(ctx.loaders, row.methodVersion, ctx.locale),
  ])
  if (!previous) return null
  const comparison = compareAssessments({
    method,
    previous: answersOf(previous),
    current: answersOf(row),
    improvements: previous.improvements.map((i) => ({
      id: i.id,
      driverId: i.driverId,
      expectedAnswer: (i.expectedAnswer ?? null) as AnswerId | null,
    })),
  })
  return {
    ...comparison,
    previousEngagementId: previous.id,
    improvementTexts: new Map(
      previous.improvements.map((i) => [i.id, { proposal: i.proposal, status: i.status }]),
    ),
  }
}
