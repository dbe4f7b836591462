/**
 * Builds the rows of one batch of synthetic engagements in memory (see ./synthetic.ts).
 *
 * @packageDocumentation
 */
import {
  type ActivityStatus,
  createEngagementSnapshot,
  deriveEngagementState,
} from '@immd/core/lifecycle'
import type { ActivityId, AnswerId, BandId, MethodDefinition } from '@immd/core/method-types'
import { scoreDiagnostic } from '@immd/core/scoring'
import type { Prisma } from '../generated/sqlite/client.js'
import { toJsonValue } from '../json.js'
import { createUuidV7 } from '../uuid.js'

/** The createMany inputs of one batch, parents first. */
export interface SyntheticRows {
  engagements: Prisma.EngagementCreateManyInput[]
  activities: Prisma.ActivityRecordCreateManyInput[]
  evaluations: Prisma.DriverEvaluationCreateManyInput[]
  checklist: Prisma.ChecklistItemCreateManyInput[]
  scope: Prisma.ScopeEntryCreateManyInput[]
  sessions: Prisma.InterviewSessionCreateManyInput[]
  documents: Prisma.DocumentCreateManyInput[]
  dataItems: Prisma.DataItemCreateManyInput[]
  links: Prisma.DataItemDriverCreateManyInput[]
  results: Prisma.ResultSnapshotCreateManyInput[]
  improvements: Prisma.ImprovementCreateManyInput[]
  audit: Prisma.AuditEventCreateManyInput[]
}

/** Inputs of {@link buildSyntheticRows}. */
export interface BuildSyntheticRowsOptions {
  size: number
  offset: number
  random: () => number
  method: MethodDefinition
  methodId: string
  organizationId: string
  teamIds: string[]
  /**
   * Cohort data for analytics at scale: an IMC id per pair of engagements (so re-assessments
   * exist and each IMC weighs once) and cohort attributes, derived from the engagement's number
   * (not the random stream, so the rest of the data stays the same). Absent: none of it.
   */
  cohort?: { imcPrefix: string }
}

const COHORT_MODELS = [
  'internal_distributed',
  'internal_centralized',
  'combined',
  'coordinating',
  'security_team',
] as const
const COHORT_COUNTRIES = ['DE', 'FR', 'NL', 'AT', 'PL', 'BE'] as const
const COHORT_CONSTITUENCIES = [
  'enterprise',
  'government',
  'energy sector',
  'health sector',
] as const
const COHORT_SIZES = ['small', 'medium', 'large'] as const

/** The cohort columns of synthetic engagement `number` (1-based); both of an IMC's alike. */
function cohortOf(number: number, imcPrefix: string) {
  const imc = Math.ceil(number / 2)
  return {
    imcId: `${imcPrefix}-imc-${imc}`,
    organizationalModel: COHORT_MODELS[imc % COHORT_MODELS.length],
    country: COHORT_COUNTRIES[imc % COHORT_COUNTRIES.length],
    constituency: COHORT_CONSTITUENCIES[imc % COHORT_CONSTITUENCIES.length],
    sizeBand: COHORT_SIZES[imc % COHORT_SIZES.length],
  }
}

const DAY = 24 * 60 * 60 * 1000
const THRESHOLDS: BandId[] = ['borderline', 'high', 'high', 'excellent']
const EFFECTS = ['+', '+', '-', '0', '?'] as const

/** Builds `size` engagements with activities, evaluations, checklist, scope, evidence and results. */
export function buildSyntheticRows(options: BuildSyntheticRowsOptions): SyntheticRows {
  const { random, method } = options
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const rows: SyntheticRows = {
    engagements: [],
    activities: [],
    evaluations: [],
    checklist: [],
    scope: [],
    sessions: [],
    documents: [],
    dataItems: [],
    links: [],
    results: [],
    improvements: [],
    audit: [],
  }
  const now = Date.now()
  for (let n = 0; n < options.size; n++) {
    const id = createUuidV7()
    const number = options.offset + n + 1
    const drawn = Math.floor(random() * (method.activities.length + 1))
    // With cohorts, the first assessment of each IMC is finished (closed): cohorts draw on them.
    const progress = options.cohort && number % 2 === 1 ? method.activities.length : drawn
    const threshold = pick(THRESHOLDS)
    const answers = Object.fromEntries(
      method.drivers.map((driver) => [driver.id, pick(method.answers).id]),
    ) as Record<string, AnswerId>
    const evaluated = progress > method.activities.findIndex((a) => a.id === 'A3')
    const { activityStatuses, state, score } = describeProgress(
      method,
      progress,
      evaluated ? answers : {},
      threshold,
    )
    const createdAt = new Date(now - Math.floor(random() * 3 * 365) * DAY)
    const updatedAt = new Date(createdAt.getTime() + Math.floor(random() * 60) * DAY)
    rows.engagements.push({
      id,
      organizationId: options.organizationId,
      teamId: pick(options.teamIds),
      methodId: options.methodId,
      methodVersion: method.version,
      title: `Synthetic engagement ${number}`,
      successThreshold: threshold,
      state,
      latestTotal: score?.total ?? null,
      latestBand: score?.band ?? null,
      latestScoredDrivers: score?.coverage.scoredDrivers ?? null,
      latestMethodDrivers: score?.coverage.methodDrivers ?? null,
      plannedStart: createdAt,
      plannedEnd: new Date(createdAt.getTime() + 56 * DAY),
      actualStart: progress > 0 ? createdAt : null,
      actualEnd: state === 'closed' ? updatedAt : null,
      sponsorName: 'Synthetic sponsor',
      sponsorshipRecordedAt: createdAt,
      createdAt,
      updatedAt,
      ...(options.cohort ? cohortOf(number, options.cohort.imcPrefix) : {}),
    })
    method.activities.forEach((activity, index) => {
      const status = activityStatuses[activity.id] ?? 'not-started'
      rows.activities.push({
        id: createUuidV7(),
        engagementId: id,
        activityId: activity.id,
        phase: activity.phase,
        ordinal: index + 1,
        status,
        startedAt: status === 'not-started' ? null : createdAt,
        completedAt: status === 'completed' || status === 'skipped' ? updatedAt : null,
        outputs: status === 'completed' ? activity.produces : [],
        updatedAt,
      })
    })
    for (const driver of method.drivers) {
      rows.evaluations.push({
        id: createUuidV7(),
        engagementId: id,
        driverId: driver.id,
        answer: evaluated ? (answers[driver.id] ?? null) : null,
        evaluatedAt: evaluated ? updatedAt : null,
        rationale: evaluated ? 'Synthetic rationale.' : null,
        updatedAt,
      })
    }
    for (let i = 0; i < 6; i++) {
      rows.checklist.push({
        id: createUuidV7(),
        engagementId: id,
        activityId: `PRA${i + 1}`,
        ordinal: i + 1,
        text: `Synthetic preparation item ${i + 1}`,
        done: progress > i,
        updatedAt,
      })
    }
    for (let i = 0; i < 4; i++) {
      rows.scope.push({
        id: createUuidV7(),
        engagementId: id,
        kind: i === 3 ? 'group' : 'person',
        pseudonym: `Interviewee ${String(i + 1).padStart(2, '0')}`,
        unit: pick(['HQ', 'Plant B', 'Plant C']),
        role: i === 0 ? 'CSIRT manager' : 'member',
        functions: ['detect', 'respond'],
        ordinal: i + 1,
        interviewed: progress > 6,
        updatedAt,
      })
    }
    const sessionId = createUuidV7()
    const documentId = createUuidV7()
    rows.sessions.push({
      id: sessionId,
      engagementId: id,
      title: 'Session 1',
      heldAt: progress > 6 ? updatedAt : null,
      updatedAt,
    })
    rows.documents.push({
      id: documentId,
      engagementId: id,
      title: 'Incident handling procedure',
      kind: 'procedure',
      origin: 'standard',
      ordinal: 1,
      reviewedAt: progress > 7 ? updatedAt : null,
      updatedAt,
    })
    if (progress > 6) {
      for (let i = 0; i < 6; i++) {
        const itemId = createUuidV7()
        const fromInterview = i % 2 === 0
        rows.dataItems.push({
          id: itemId,
          engagementId: id,
          text: `Synthetic observation ${i + 1}`,
          effect: pick(EFFECTS),
          sourceKind: fromInterview ? 'interview' : 'document',
          interviewSessionId: fromInterview ? sessionId : null,
          documentId: fromInterview ? null : documentId,
          updatedAt,
        })
        rows.links.push({
          dataItemId: itemId,
          driverId: method.drivers[(i * 3 + n) % method.drivers.length]?.id ?? 'D1',
        })
      }
    }
    if (score && score.total !== null && score.band !== null) {
      rows.results.push({
        id: createUuidV7(),
        engagementId: id,
        activityId: 'A4',
        methodVersion: method.version,
        total: score.total,
        band: score.band,
        successThreshold: threshold,
        differential: score.profile.differentialBands,
        profile: toJsonValue(score),
        computedAt: updatedAt,
      })
    }
    if (activityStatuses.A6 === 'completed') {
      rows.improvements.push({
        id: createUuidV7(),
        engagementId: id,
        driverId: pick(method.drivers).id,
        proposal: 'Synthetic improvement',
        priority: pick(['high', 'medium', 'low']),
        status: pick(['proposed', 'accepted', 'done']),
        updatedAt,
      })
    }
    rows.audit.push({
      id: createUuidV7(),
      organizationId: options.organizationId,
      actorKind: 'system',
      operation: 'engagement.create',
      targetType: 'Engagement',
      targetId: id,
      createdAt,
    })
  }
  return rows
}

/** Statuses, state and score of an engagement that has reached activity index `progress`. */
export function describeProgress(
  method: MethodDefinition,
  progress: number,
  answers: Record<string, AnswerId>,
  threshold: BandId,
) {
  const activityStatuses: Partial<Record<ActivityId, ActivityStatus>> = {}
  method.activities.forEach((activity, index) => {
    if (index < progress)
      activityStatuses[activity.id] = activity.id === 'PRA6' ? 'skipped' : 'completed'
    else if (index === progress) activityStatuses[activity.id] = 'in-progress'
  })
  const state = deriveEngagementState(
    createEngagementSnapshot({ method, activityStatuses, threshold }),
  )
  const scored = activityStatuses.A4 === 'completed'
  const score = scored ? scoreDiagnostic({ method, answers, threshold }) : null
  return { activityStatuses, state, score }
}
