/**
 * One engagement at realistic size for the detail operation: 16 people in scope, 12 interviews of
 * 3 participants rating all 10 drivers, 30 documents, 90 data items linked to 2 drivers each, 10
 * evaluations, 12 improvements, 6 lessons and a stored result. Every list stays under the API's
 * default page of 100 rows, so one request returns the whole engagement on every contender.
 *
 * @packageDocumentation
 */
import type { MethodDefinition } from '@immd/core/method-types'
import { insertRows } from '@immd/db/bulk-insert'
import type { DbExecutor } from '@immd/db/client'
import type { Engine } from '@immd/db/engine'
import { createUuidV7 } from '@immd/db/uuid'

/** Where the engagement goes. */
export interface RichEngagementOptions {
  organizationId: string
  teamId: string
  methodId: string
  method: MethodDefinition
  title: string
  /** Evidence sizes are multiplied by this (1 = the sizes above; the storm uses 0). */
  scale: number
}

const ANSWERS = ['no', 'likely-no', 'equally-likely', 'likely-yes', 'yes']
const EFFECTS = ['+', '-', '0', '?']
const DAY = 86_400_000

/** Writes the engagement and its worksheets; returns its id. */
export async function writeRichEngagement(
  db: DbExecutor,
  engine: Engine,
  options: RichEngagementOptions,
): Promise<string> {
  const { method, scale } = options
  const id = createUuidV7()
  const base = Date.UTC(2026, 0, 5, 9)
  const at = (days: number) => new Date(base + days * DAY)
  const updatedAt = at(40)
  const drivers = method.drivers.map((driver) => driver.id)
  const rows: [string, Record<string, unknown>[]][] = []
  const add = (table: string, list: Record<string, unknown>[]) => rows.push([table, list])

  add('Engagement', [
    {
      id,
      organizationId: options.organizationId,
      teamId: options.teamId,
      methodId: options.methodId,
      methodVersion: method.version,
      title: options.title,
      state: 'evaluating',
      successThreshold: 'high',
      sponsorName: 'Bench sponsor',
      sponsorshipRecordedAt: at(0),
      plannedStart: at(0),
      actualStart: at(1),
      createdAt: at(0),
      updatedAt,
    },
  ])
  const a3 = method.activities.findIndex((activity) => activity.id === 'A3')
  add(
    'ActivityRecord',
    method.activities.map((activity, index) => ({
      id: createUuidV7(),
      engagementId: id,
      activityId: activity.id,
      phase: activity.phase,
      ordinal: index + 1,
      status: index < a3 ? 'completed' : index === a3 ? 'in-progress' : 'not-started',
      startedAt: index <= a3 ? at(index) : null,
      completedAt: index < a3 ? at(index + 1) : null,
      outputs: index < a3 ? activity.produces : [],
      updatedAt,
    })),
  )
  add(
    'ChecklistItem',
    Array.from({ length: 12 }, (_, i) => ({
      id: createUuidV7(),
      engagementId: id,
      activityId: `PRA${(i % 6) + 1}`,
      ordinal: i + 1,
      text: `Preparation item ${i + 1}: confirm logistics and documents`,
      done: i < 10,
      updatedAt,
    })),
  )
  const scope = Array.from({ length: 16 * scale }, (_, i) => ({
    id: createUuidV7(),
    engagementId: id,
    kind: i % 5 === 4 ? 'group' : 'person',
    pseudonym: `Interviewee ${String(i + 1).padStart(2, '0')}`,
    unit: ['HQ', 'Plant B', 'Plant C', 'SOC'][i % 4],
    role: i === 0 ? 'CSIRT manager' : 'incident handler',
    functions: ['detect', 'respond', 'sustain'].slice(0, (i % 3) + 1),
    ordinal: i + 1,
    interviewed: i < 12,
    updatedAt,
  }))
  add('ScopeEntry', scope)
  const sessions = Array.from({ length: 12 * scale }, (_, i) => ({
    id: createUuidV7(),
    engagementId: id,
    title: `Interview session ${i + 1}`,
    heldAt: at(10 + i),
    updatedAt,
  }))
  add('InterviewSession', sessions)
  const participants = sessions.flatMap((session, s) =>
    [0, 1, 2].map((p) => ({
      id: createUuidV7(),
      sessionId: session.id,
      scopeEntryId: scope[(s + p * 5) % scope.length]?.id,
    })),
  )
  add('InterviewParticipant', participants)
  add(
    'InterviewRating',
    participants.flatMap((participant, p) =>
      drivers.map((driverId, d) => ({
        id: createUuidV7(),
        participantId: participant.id,
        driverId,
        answer: ANSWERS[(p + d) % ANSWERS.length],
      })),
    ),
  )
  const documents = Array.from({ length: 30 * scale }, (_, i) => ({
    id: createUuidV7(),
    engagementId: id,
    title: `Document ${i + 1}: incident handling procedure, revision ${(i % 4) + 1}`,
    kind: ['procedure', 'rfc2350', 'report', 'policy'][i % 4],
    ordinal: i + 1,
    reviewedAt: i < 25 ? at(20 + (i % 10)) : null,
    updatedAt,
  }))
  add('Document', documents)
  const items = Array.from({ length: 90 * scale }, (_, i) => {
    const fromInterview = i % 3 !== 0
    return {
      id: createUuidV7(),
      engagementId: id,
      text: `Observation ${i + 1}: the team ${i % 2 ? 'documents' : 'does not document'} escalation paths for incidents of category ${(i % 5) + 1}.`,
      effect: EFFECTS[i % EFFECTS.length],
      sourceKind: fromInterview ? 'interview' : 'document',
      interviewSessionId: fromInterview ? sessions[i % sessions.length]?.id : null,
      documentId: fromInterview ? null : documents[i % documents.length]?.id,
      updatedAt,
    }
  })
  add('DataItem', items)
  add(
    'DataItemDriver',
    items.flatMap((item, i) => [
      { dataItemId: item.id, driverId: drivers[i % drivers.length] },
      { dataItemId: item.id, driverId: drivers[(i + 3) % drivers.length] },
    ]),
  )
  add(
    'DriverEvaluation',
    drivers.map((driverId, d) => ({
      id: createUuidV7(),
      engagementId: id,
      driverId,
      answer: d < 7 ? ANSWERS[(d * 2) % ANSWERS.length] : null,
      rationale:
        d < 7 ? `Rationale for ${driverId}, drawn from the interviews and documents.` : null,
      evaluatedAt: d < 7 ? at(35) : null,
      updatedAt,
    })),
  )
  add(
    'Improvement',
    Array.from({ length: 12 * scale }, (_, i) => ({
      id: createUuidV7(),
      engagementId: id,
      driverId: drivers[i % drivers.length],
      proposal: `Improvement ${i + 1}: write down and exercise the escalation path`,
      priority: ['high', 'medium', 'low'][i % 3],
      status: 'proposed',
      updatedAt,
    })),
  )
  add(
    'LessonLearned',
    Array.from({ length: 6 * scale }, (_, i) => ({
      id: createUuidV7(),
      engagementId: id,
      text: `Lesson ${i + 1}: schedule interviews before the document review`,
    })),
  )
  for (const [table, list] of rows) await insertRows(db, engine, table, list)
  return id
}
