/**
 * The demo data set (`pnpm db:seed`): ACME Corp with its internal distributed CSIRT, a finished
 * engagement (results, improvements, lessons learned) and its re-assessment in Phase 2. Written
 * through the repositories in one transaction, so the demo passes the same lifecycle gates as real
 * use and a failed seed leaves nothing behind. Idempotent: an existing `acme` organization is kept.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import type { ActivityTransition } from '@immd/core/lifecycle'
import type { ActivityId } from '@immd/core/method-types'
import { planEngagement } from '@immd/core/planning'
import { applyTransition } from '../activity-repository.js'
import type { AuditActor } from '../audit-repository.js'
import type { DbClient, DbTransaction } from '../client.js'
import { insertEngagement } from '../engagement-repository.js'
import { applyDriverEvaluation } from '../evaluation-repository.js'
import { hashPassword } from '../password.js'
import { upsertTeams } from '../team-repository.js'
import {
  buildDemoInventory,
  DEMO_EVALUATIONS,
  DEMO_USERS,
  type DemoEvaluation,
  PHASE_2_EVALUATIONS,
  readDemoPassword,
} from './demo-data.js'
import { addPhase3Records, addRatedInterviews, reviewDocuments } from './demo-evidence.js'

/** The organization slug of the demo. */
export const DEMO_ORGANIZATION_SLUG = 'acme'

/** What {@link seedDemo} created, or found. */
export interface SeedDemoResult {
  created: boolean
  organizationId: string
  finishedEngagementId: string | null
  activeEngagementId: string | null
  /**
   * The demo users' sign-ins when this call created them (empty otherwise): shown once to the
   * operator, never stored in clear.
   */
  credentials: DemoCredential[]
}

/** One demo user's sign-in. */
export interface DemoCredential {
  email: string
  role: string
  password: string
}

/** 18 random bytes as base64url: 24 characters, 144 bits. */
function generateDemoPassword(): string {
  return randomBytes(18).toString('base64url')
}

/** Seeds the demo unless the `acme` organization exists. */
export async function seedDemo(prisma: DbClient): Promise<SeedDemoResult> {
  const existing = await prisma.organization.findUnique({ where: { slug: DEMO_ORGANIZATION_SLUG } })
  if (existing) {
    return {
      created: false,
      organizationId: existing.id,
      finishedEngagementId: null,
      activeEngagementId: null,
      credentials: [],
    }
  }
  // Hashing is slow on purpose; do it once, outside the transaction.
  // One password per user (or the one IMMD_DEMO_PASSWORD names). Hashing is slow on purpose: do
  // it before the transaction opens.
  const shared = readDemoPassword()
  const credentials: DemoCredential[] = DEMO_USERS.map((user) => ({
    email: user.email,
    role: user.role,
    password: shared ?? generateDemoPassword(),
  }))
  const hashes = new Map<string, string>()
  for (const credential of credentials) {
    hashes.set(credential.email, await hashPassword(credential.password))
  }
  const result = await prisma.$transaction((tx) => writeDemo(tx, hashes), { timeout: 120_000 })
  return { ...result, credentials }
}

async function writeDemo(
  tx: DbTransaction,
  hashes: Map<string, string>,
): Promise<Omit<SeedDemoResult, 'credentials'>> {
  const organization = await tx.organization.create({
    data: { slug: DEMO_ORGANIZATION_SLUG, name: 'ACME Corp' },
  })
  const users: Record<string, string> = {}
  for (const user of DEMO_USERS) {
    const row = await tx.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, passwordHash: hashes.get(user.email) ?? null },
    })
    users[user.key] = row.id
    await tx.membership.create({
      data: { organizationId: organization.id, userId: row.id, role: user.role },
    })
  }
  const lead: AuditActor = { kind: 'user', id: users.lead ?? null }
  const records = buildDemoInventory()
  await upsertTeams(tx, { organizationId: organization.id, records, actor: lead })
  const planned = planEngagement({ records, imcId: 'acme-imc' })
  if (!planned.ok) throw new Error(`demo plan failed: ${planned.error.message}`)
  const members = [{ userId: users.assessor ?? '', role: 'assessor' as const }]

  const finished = await insertEngagement(tx, {
    organizationId: organization.id,
    title: 'ACME IMC baseline assessment 2025',
    plan: planned.plan,
    members,
    plannedStart: new Date('2025-03-03'),
    plannedEnd: new Date('2025-04-30'),
    sponsorName: 'Chief Information Security Officer',
    actor: lead,
  })
  await runPhase1(tx, finished.id, lead)
  await runEvidence(tx, finished.id, users, lead, 3)
  await evaluate(tx, finished.id, DEMO_EVALUATIONS, lead)
  await walk(tx, finished.id, lead, [
    ['A3', 'complete'],
    ['A4', 'start'],
    ['A4', 'complete'],
    ['A5', 'start'],
    ['A5', 'complete'],
    ['A6', 'start'],
  ])
  await addPhase3Records(tx, finished.id, users, 'improvements')
  await walk(tx, finished.id, lead, [
    ['A6', 'complete'],
    ['PAA1', 'start'],
  ])
  await addPhase3Records(tx, finished.id, users, 'communication')
  await walk(tx, finished.id, lead, [
    ['PAA1', 'complete'],
    ['PAA2', 'start'],
  ])
  await addPhase3Records(tx, finished.id, users, 'lessons')
  await walk(tx, finished.id, lead, [
    ['PAA2', 'complete'],
    ['PAA3', 'start'],
    ['PAA3', 'complete'],
  ])
  await spreadDates(tx, finished.id, new Date('2025-03-03'))

  const active = await insertEngagement(tx, {
    organizationId: organization.id,
    title: 'ACME IMC re-assessment 2026',
    plan: planned.plan,
    members,
    previousEngagementId: finished.id,
    plannedStart: new Date('2026-10-05'),
    plannedEnd: new Date('2026-12-11'),
    sponsorName: 'Chief Information Security Officer',
    actor: lead,
  })
  await runPhase1(tx, active.id, lead)
  await runEvidence(tx, active.id, users, lead, 2)
  await evaluate(tx, active.id, PHASE_2_EVALUATIONS, lead)
  return {
    created: true,
    organizationId: organization.id,
    finishedEngagementId: finished.id,
    activeEngagementId: active.id,
  }
}

async function walk(
  tx: DbTransaction,
  engagementId: string,
  actor: AuditActor,
  steps: [ActivityId, ActivityTransition][],
) {
  for (const [activityId, transition] of steps)
    await applyTransition(tx, { engagementId, activityId, actor }, transition)
}

/** Sponsorship, then PRA1-PRA5 started and completed; tailoring (PRA6) skipped. */
async function runPhase1(tx: DbTransaction, engagementId: string, actor: AuditActor) {
  await tx.engagement.update({
    where: { id: engagementId },
    data: { sponsorshipRecordedAt: new Date() },
  })
  await walk(tx, engagementId, actor, [
    ['PRA1', 'start'],
    ['PRA1', 'complete'],
    ['PRA2', 'start'],
    ['PRA2', 'complete'],
    ['PRA3', 'start'],
    ['PRA3', 'complete'],
    ['PRA4', 'start'],
    ['PRA4', 'complete'],
    ['PRA6', 'skip'],
    ['PRA5', 'start'],
    ['PRA5', 'complete'],
  ])
  await tx.checklistItem.updateMany({
    where: { engagementId },
    data: { done: true, doneAt: new Date() },
  })
}

/** A1 and A2: interviews with ratings, documents reviewed; then A3 started. */
async function runEvidence(
  tx: DbTransaction,
  engagementId: string,
  users: Record<string, string>,
  actor: AuditActor,
  sessions: number,
) {
  await walk(tx, engagementId, actor, [
    ['A1', 'start'],
    ['A2', 'start'],
  ])
  await addRatedInterviews(tx, engagementId, sessions)
  await reviewDocuments(tx, engagementId, users.assessor ?? null)
  await walk(tx, engagementId, actor, [
    ['A1', 'complete'],
    ['A2', 'complete'],
    ['A3', 'start'],
  ])
}

/** Records evaluations with their data items, sourced alternately from interviews and documents. */
async function evaluate(
  tx: DbTransaction,
  engagementId: string,
  evaluations: DemoEvaluation[],
  actor: AuditActor,
) {
  const sessions = await tx.interviewSession.findMany({
    where: { engagementId },
    orderBy: { createdAt: 'asc' },
  })
  const documents = await tx.document.findMany({
    where: { engagementId },
    orderBy: { ordinal: 'asc' },
  })
  let turn = 0
  for (const evaluation of evaluations) {
    const create = evaluation.items.map(([effect, text]) => {
      turn += 1
      const session = sessions[turn % sessions.length]
      const document = documents[turn % Math.max(1, documents.length)]
      const source =
        turn % 3 === 0 && document
          ? { kind: 'document' as const, documentId: document.id }
          : { kind: 'interview' as const, interviewSessionId: session?.id ?? '' }
      return { effect, text, source }
    })
    const rationale = evaluation.items.map(([effect, text]) => `${effect} ${text}`).join('\n')
    await applyDriverEvaluation(tx, {
      engagementId,
      driverId: evaluation.driverId,
      expectedVersion: 1,
      answer: evaluation.answer,
      rationale,
      dataItems: { create },
      actor,
    })
  }
}

/** Spreads the finished engagement's activity dates over its planned weeks (the walk ran "now"). */
async function spreadDates(tx: DbTransaction, engagementId: string, start: Date) {
  const day = 24 * 60 * 60 * 1000
  const activities = await tx.activityRecord.findMany({
    where: { engagementId },
    orderBy: { ordinal: 'asc' },
  })
  for (const [index, activity] of activities.entries()) {
    const startedAt = new Date(start.getTime() + index * 3 * day)
    const completedAt = new Date(startedAt.getTime() + 2 * day)
    await tx.activityRecord.update({ where: { id: activity.id }, data: { startedAt, completedAt } })
  }
  const end = new Date(start.getTime() + (activities.length * 3 + 2) * day)
  await tx.engagement.update({
    where: { id: engagementId },
    data: { actualStart: start, actualEnd: end },
  })
  await tx.resultSnapshot.updateMany({
    where: { engagementId },
    data: { computedAt: new Date(start.getTime() + 33 * day) },
  })
}
