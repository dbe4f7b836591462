/**
 * Writes the showcase (`showcase-data.ts`) on a first start: engagements with the method's fifteen
 * activities and ten drivers through the repository, answers, a result snapshot and the denormalised
 * result columns for scored ones, improvements with expected answers, re-assessments linked to
 * their predecessors, and opt-ins to cross-organization benchmarks. Idempotent: skipped when the
 * first showcase organization exists.
 *
 * @packageDocumentation
 */
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import { scoreDiagnostic } from '@immd/core/scoring'
import type { AuditActor } from '../audit-repository.js'
import type { DbClient, DbTransaction } from '../client.js'
import { insertEngagement } from '../engagement-repository.js'
import { toJsonValue } from '../json.js'
import {
  ACME_SHOWCASE_IMCS,
  SHOWCASE_ORGANIZATIONS,
  type ShowcaseAssessment,
  type ShowcaseImc,
} from './showcase-data.js'

const DAY_MS = 86_400_000
const SYSTEM: AuditActor = { kind: 'system', id: null }

/** What {@link seedShowcase} did. */
export interface SeedShowcaseResult {
  created: boolean
  organizations: number
  engagements: number
}

/** Seeds the showcase next to the demo organization (`acme`), unless it is there already. */
export async function seedShowcase(
  prisma: DbClient,
  demoOrganizationId: string,
  now: Date = new Date(),
): Promise<SeedShowcaseResult> {
  const first = SHOWCASE_ORGANIZATIONS[0]
  if (first && (await prisma.organization.findUnique({ where: { slug: first.slug } }))) {
    return { created: false, organizations: 0, engagements: 0 }
  }
  return prisma.$transaction(
    async (tx) => {
      let engagements = 0
      for (const imc of ACME_SHOWCASE_IMCS) {
        engagements += await writeImc(tx, demoOrganizationId, imc, now)
      }
      await tx.benchmarkParticipation.create({ data: { organizationId: demoOrganizationId } })
      for (const organization of SHOWCASE_ORGANIZATIONS) {
        const row = await tx.organization.create({
          data: { slug: organization.slug, name: organization.name },
        })
        for (const imc of organization.imcs) engagements += await writeImc(tx, row.id, imc, now)
        if (organization.optIn) {
          await tx.benchmarkParticipation.create({ data: { organizationId: row.id } })
        }
      }
      return { created: true, organizations: SHOWCASE_ORGANIZATIONS.length, engagements }
    },
    { timeout: 120_000 },
  )
}

async function writeImc(tx: DbTransaction, organizationId: string, imc: ShowcaseImc, now: Date) {
  let previous: { id: string; assessment: ShowcaseAssessment } | null = null
  for (const assessment of imc.assessments) {
    const id = await writeAssessment(tx, organizationId, imc, assessment, previous?.id ?? null, now)
    previous = { id, assessment }
  }
  return imc.assessments.length
}

async function writeAssessment(
  tx: DbTransaction,
  organizationId: string,
  imc: ShowcaseImc,
  assessment: ShowcaseAssessment,
  previousEngagementId: string | null,
  now: Date,
): Promise<string> {
  const createdAt = new Date(now.getTime() - assessment.ageDays * DAY_MS)
  const engagement = await insertEngagement(tx, {
    organizationId,
    title: assessment.title,
    imcId: imc.imcId,
    successThreshold: 'high',
    previousEngagementId,
    cohort: {
      organizationalModel: imc.model,
      country: imc.country,
      constituency: imc.constituency,
      sizeBand: imc.sizeBand,
    },
    actor: SYSTEM,
  })
  const answers = Object.fromEntries(
    (assessment.answers ?? []).map((answer, index) => [`D${index + 1}`, answer]),
  )
  for (const [driverId, answer] of Object.entries(answers)) {
    await tx.driverEvaluation.updateMany({
      where: { engagementId: engagement.id, driverId },
      data: {
        answer,
        rationale: 'Showcase data: answer agreed by the assessment team.',
        evaluatedAt: createdAt,
      },
    })
  }
  const closed = assessment.state === 'closed'
  const score = closed ? scoreDiagnostic({ method: IMMD_1_0, answers, threshold: 'high' }) : null
  if (closed) {
    // The lifecycle walked to the end: every activity completed.
    await tx.activityRecord.updateMany({
      where: { engagementId: engagement.id },
      data: { status: 'completed', startedAt: createdAt, completedAt: createdAt },
    })
    await tx.resultSnapshot.create({
      data: {
        engagementId: engagement.id,
        activityId: 'A5',
        methodVersion: IMMD_1_0.version,
        total: score?.total ?? 0,
        band: score?.band ?? 'minimal',
        successThreshold: 'high',
        differential: score?.profile.differentialBands ?? null,
        profile: toJsonValue({ drivers: score?.drivers ?? [], profile: score?.profile ?? null }),
        computedAt: createdAt,
      },
    })
    for (const improvement of assessment.improvements ?? []) {
      await tx.improvement.create({
        data: {
          engagementId: engagement.id,
          driverId: improvement.driverId,
          proposal: improvement.proposal,
          priority: 'high',
          status: 'done',
          expectedAnswer: improvement.expectedAnswer,
        },
      })
    }
  }
  await tx.engagement.update({
    where: { id: engagement.id },
    data: {
      state: assessment.state,
      latestTotal: score?.total ?? null,
      latestBand: score?.band ?? null,
      latestScoredDrivers: score?.coverage.scoredDrivers ?? null,
      latestMethodDrivers: score?.coverage.methodDrivers ?? null,
      createdAt,
      actualStart: closed ? createdAt : null,
      actualEnd: closed ? new Date(createdAt.getTime() + 45 * DAY_MS) : null,
    },
  })
  return engagement.id
}
