/**
 * Audit images keep no restricted note text and no interviewee's real name (issue #23, item 10):
 * the unit rules, and a real interview update and scope entry audited on both engines.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redactAuditImage } from '../src/audit-redaction.js'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import { type MutationSuite, setupMutationSuite } from './support/mutations.js'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('redactAuditImage', () => {
  it('withholds restricted notes and scope-list names, keeping a hash; leaves the rest', () => {
    const at = new Date('2026-01-01T00:00:00Z')
    const image = {
      id: 's1',
      notes: 'The SOC lead admitted the runbook is fiction.',
      notesTlp: 'red',
      heldAt: at,
      participants: [{ pseudonym: 'P-01', name: 'Dora Disclosed', contact: 'dora@example.org' }],
    }
    expect(redactAuditImage(image)).toEqual({
      id: 's1',
      notes: {
        redacted: 'notes labelled TLP:RED',
        sha256: sha('The SOC lead admitted the runbook is fiction.'),
      },
      notesTlp: 'red',
      heldAt: at,
      participants: [
        {
          pseudonym: 'P-01',
          name: { redacted: "the interviewee's name", sha256: sha('Dora Disclosed') },
          contact: { redacted: "the interviewee's contact", sha256: sha('dora@example.org') },
        },
      ],
    })
    // Notes anyone may read stay, as do names that are not interviewees' (no pseudonym).
    const open = { notes: 'Shared widely', notesTlp: 'green', owner: { name: 'Chris Lead' } }
    expect(redactAuditImage(open)).toEqual(open)
    const bytes = Buffer.from('file')
    expect(redactAuditImage({ content: bytes })).toEqual({ content: bytes })
  })
})

describe.each(TEST_ENGINES)('audit images of real writes (%s)', (engine) => {
  let suite: MutationSuite

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
  })
  afterAll(() => suite?.db.close())

  it('stores no TLP:RED note text and no interviewee name in the trail', async () => {
    const engagementId = globalId('Engagement', suite.demo.activeEngagementId)
    const created = await suite.run<{
      createInterviewSession: { interview: { id: string; version: number } }
    }>(
      `mutation ($input: CreateInterviewSessionInput!) { createInterviewSession(input: $input) {
        ... on InterviewPayload { interview { id version } } } }`,
      { input: { engagementId, title: 'Red team debrief' } },
    )
    const session = created.createInterviewSession.interview
    const secret = 'Credentials of the backup SOC are taped under the desk.'
    await suite.run(
      `mutation ($input: UpdateInterviewSessionInput!) { updateInterviewSession(input: $input) { __typename } }`,
      { input: { id: session.id, version: session.version, notes: secret, notesTlp: 'RED' } },
    )
    await suite.run(
      `mutation ($input: AddScopeEntryInput!) { addScopeEntry(input: $input) { __typename } }`,
      {
        input: {
          engagementId,
          kind: 'PERSON',
          pseudonym: 'P-AUDIT',
          name: 'Audra Audited',
          contact: 'audra@example.org',
        },
      },
    )
    const rows = await suite.db.prisma.auditEvent.findMany({
      where: { operation: { in: ['interview.update', 'scope.add'] } },
    })
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const stored = JSON.stringify(rows.map((row) => [row.before, row.after]))
    expect(stored).not.toContain('taped under the desk')
    expect(stored).not.toContain('Audra Audited')
    expect(stored).not.toContain('audra@example.org')
    expect(stored).toContain(sha(secret))
  })
})
