/**
 * Walks an engagement through the API up to "A3 started" (drivers may be answered only then):
 * sponsorship, the preparation phase (PRA6 skipped), one interview of the first scope entry (A1)
 * and one reviewed document (A2). Every step is a real mutation, so the gates judge each one.
 */
import type { ApiDatabase } from '../../src/database.js'
import { activityVersionOf, globalId } from './execute.js'

/** Runs one operation as a writer of the engagement and returns `data`. */
type Run = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>

const TRANSITION = (name: string) => `mutation ($input: ActivityTransitionInput!) {
  ${name}(input: $input) { __typename ... on Error { message } } }`

/** Throws with the operation's answer unless it is the expected payload. */
function expectPayload(answer: Record<string, { __typename: string }>, step: string) {
  const [field] = Object.values(answer)
  if (!field || field.__typename.endsWith('Error')) {
    throw new Error(`${step} failed: ${JSON.stringify(answer)}`)
  }
}

/**
 * Starts A3 of a freshly planned engagement (`id` is its global id, `row` its database id) after
 * walking every earlier activity through the API. Returns the interview session and document used.
 */
export async function walkToEvaluation(
  run: Run,
  db: ApiDatabase,
  id: string,
  row: string,
): Promise<{ sessionId: string; documentId: string }> {
  const step = async (query: string, variables: Record<string, unknown>, name: string) =>
    expectPayload(await run<Record<string, { __typename: string }>>(query, variables), name)
  // Transitions send the version of the activity they move (the convention of #17).
  const move = async (name: string, activityId: string) => {
    const version = await activityVersionOf(db.prisma, id, activityId)
    await step(
      TRANSITION(name),
      { input: { engagementId: id, activityId, version } },
      `${name} ${activityId}`,
    )
  }
  const engagement = await db.prisma.engagement.findUniqueOrThrow({ where: { id: row } })
  await step(
    `mutation ($input: RecordSponsorshipInput!) { recordSponsorship(input: $input) {
      __typename ... on Error { message } } }`,
    { input: { engagementId: id, sponsorName: 'CIO', version: engagement.version } },
    'recordSponsorship',
  )
  for (const activity of ['PRA1', 'PRA2', 'PRA3', 'PRA4']) {
    await move('startActivity', activity)
    await move('completeActivity', activity)
  }
  await move('startActivity', 'PRA5')
  await move('skipActivity', 'PRA6')
  await move('completeActivity', 'PRA5')
  await move('startActivity', 'A1')
  const entry = await db.prisma.scopeEntry.findFirstOrThrow({
    where: { engagementId: row },
    orderBy: { ordinal: 'asc' },
  })
  const session = await run<{
    createInterviewSession: { __typename: string; interview?: { id: string } }
  }>(
    `mutation ($input: CreateInterviewSessionInput!) { createInterviewSession(input: $input) {
      __typename ... on InterviewPayload { interview { id } } ... on Error { message } } }`,
    {
      input: {
        engagementId: id,
        title: 'Manager',
        heldAt: '2026-03-03T09:00:00.000Z',
        participantIds: [globalId('ScopeEntry', entry.id)],
      },
    },
  )
  const sessionId = session.createInterviewSession.interview?.id
  if (!sessionId) throw new Error(`createInterviewSession failed: ${JSON.stringify(session)}`)
  await move('completeActivity', 'A1')
  await move('startActivity', 'A2')
  const document = await db.prisma.document.findFirstOrThrow({
    where: { engagementId: row },
    orderBy: { ordinal: 'asc' },
  })
  const documentId = globalId('Document', document.id)
  for (const [name, version] of [
    ['markDocumentReceived', document.version],
    ['markDocumentReviewed', document.version + 1],
  ] as const) {
    await step(
      `mutation ($input: MarkDocumentStepInput!) { ${name}(input: $input) {
        __typename ... on Error { message } } }`,
      { input: { id: documentId, version } },
      name,
    )
  }
  await move('completeActivity', 'A2')
  await move('startActivity', 'A3')
  return { sessionId, documentId }
}
