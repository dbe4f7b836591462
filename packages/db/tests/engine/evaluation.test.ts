import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { InvalidValueError, NotFoundError, VersionConflictError } from '../../src/errors.js'
import { recordDriverEvaluation } from '../../src/evaluation-repository.js'
import { createTestEngagement } from '../support/fixtures.js'
import { getTestEngine, useTestDatabase } from '../support/test-database.js'

/** A child process that records D5 of the engagement when told to go (tests/support/write-evaluation.ts). */
function startWriter(url: string, engagementId: string, answer: string, userId: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/support/write-evaluation.ts',
      url,
      engagementId,
      'D5',
      answer,
      userId,
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async () => String((await lines.next()).value ?? '')
  const ready = next().then((line) => {
    if (line !== 'ready') throw new Error(`writer did not start: ${line}`)
  })
  return {
    ready,
    go: () => child.stdin.write('go\n'),
    result: ready.then(next).then((line) => JSON.parse(line) as { ok: boolean; code?: string }),
  }
}

describe(`recordDriverEvaluation on ${getTestEngine()}`, () => {
  const db = useTestDatabase()

  async function withEvidence() {
    const { prisma } = db()
    const context = await createTestEngagement(prisma)
    const engagementId = context.engagement.id
    const session = await prisma.interviewSession.create({
      data: { engagementId, title: 'HQ', heldAt: new Date() },
    })
    const document = await prisma.document.create({
      data: { engagementId, title: 'RFC 2350', ordinal: 1 },
    })
    return { ...context, engagementId, session, document }
  }

  it('stores the answer, rationale and new data items with their driver links, and bumps the version', async () => {
    const { prisma } = db()
    const { engagementId, actor, session, document } = await withEvidence()
    const { evaluation, createdDataItems } = await recordDriverEvaluation(prisma, {
      engagementId,
      driverId: 'D1',
      expectedVersion: 1,
      answer: 'likely-yes',
      rationale: 'Goals are published.',
      dataItems: {
        create: [
          {
            text: 'Goals published',
            effect: '+',
            source: { kind: 'interview', interviewSessionId: session.id },
          },
          {
            text: 'Funding stretched',
            effect: '-',
            source: { kind: 'document', documentId: document.id },
            alsoDriverIds: ['D8'],
          },
        ],
      },
      actor,
    })
    expect(evaluation).toMatchObject({
      answer: 'likely-yes',
      notApplicable: false,
      version: 2,
      evaluatorId: actor.id,
    })
    expect(createdDataItems.map((item) => [item.effect, item.sourceKind])).toEqual([
      ['+', 'interview'],
      ['-', 'document'],
    ])
    const links = await prisma.dataItemDriver.findMany({
      where: { dataItem: { engagementId } },
      orderBy: { driverId: 'asc' },
    })
    expect(links.map((link) => link.driverId).sort()).toEqual(['D1', 'D1', 'D8'])

    // Linking an existing item to another driver, and "not applicable".
    const second = await recordDriverEvaluation(prisma, {
      engagementId,
      driverId: 'D8',
      expectedVersion: 1,
      answer: 'yes',
      dataItems: { link: [createdDataItems[0]?.id ?? ''] },
      actor,
    })
    expect(second.evaluation).toMatchObject({ answer: 'yes', notApplicable: false, version: 2 })
    expect(await prisma.dataItemDriver.count({ where: { driverId: 'D8' } })).toBe(2)
  })

  it('rejects a stale version with the current row, and keeps the winner', async () => {
    const { prisma } = db()
    const { engagementId, actor } = await withEvidence()
    await recordDriverEvaluation(prisma, {
      engagementId,
      driverId: 'D2',
      expectedVersion: 1,
      answer: 'yes',
      actor,
    })
    const stale = recordDriverEvaluation(prisma, {
      engagementId,
      driverId: 'D2',
      expectedVersion: 1,
      answer: 'no',
      actor,
    })
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError)
    await stale.catch((error: VersionConflictError) => {
      expect(error).toMatchObject({
        code: 'VERSION_CONFLICT',
        expectedVersion: 1,
        current: { answer: 'yes', version: 2 },
      })
    })
  })

  it('lets exactly one of two concurrent writers with the same version win; nothing is lost', async () => {
    const { prisma } = db()
    const { engagementId, actor, session } = await withEvidence()
    // One client as in the API: on PostgreSQL two pooled connections race; on SQLite the adapter
    // queues the second transaction behind the first (see the cross-process test below).
    {
      const write = (client: typeof prisma, answer: 'yes' | 'no', text: string) =>
        recordDriverEvaluation(client, {
          engagementId,
          driverId: 'D3',
          expectedVersion: 1,
          answer,
          actor,
          dataItems: {
            create: [
              { text, effect: '+', source: { kind: 'interview', interviewSessionId: session.id } },
            ],
          },
        })
      const results = await Promise.allSettled([
        write(prisma, 'yes', 'writer A'),
        write(prisma, 'no', 'writer B'),
      ])
      const won = results.filter((result) => result.status === 'fulfilled')
      const lost = results.filter((result) => result.status === 'rejected')
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError)
      const stored = await prisma.driverEvaluation.findUniqueOrThrow({
        where: { engagementId_driverId: { engagementId, driverId: 'D3' } },
      })
      const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof write>>>).value
      expect(stored).toMatchObject({ version: 2, answer: winner.evaluation.answer })
      // The loser's data item was rolled back with it; the winner's is there.
      const items = await prisma.dataItem.findMany({ where: { engagementId } })
      expect(items.map((item) => item.text)).toEqual([winner.createdDataItems[0]?.text])
    }
  })

  it('lets exactly one of two writers in separate processes win', async () => {
    const { prisma, url } = db()
    const { engagementId, user } = await withEvidence()
    const writers = [
      startWriter(url, engagementId, 'yes', user.id),
      startWriter(url, engagementId, 'no', user.id),
    ]
    await Promise.all(writers.map((writer) => writer.ready))
    for (const writer of writers) writer.go()
    const outcomes = await Promise.all(writers.map((writer) => writer.result))
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1)
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([
      { ok: false, code: 'VERSION_CONFLICT' },
    ])
    const stored = await prisma.driverEvaluation.findUniqueOrThrow({
      where: { engagementId_driverId: { engagementId, driverId: 'D5' } },
    })
    expect(stored.version).toBe(2)
  })

  it('rolls everything back on an invalid value or a source of another engagement', async () => {
    const { prisma } = db()
    const { engagementId, actor, session } = await withEvidence()
    const foreign = await withEvidence()
    await expect(
      recordDriverEvaluation(prisma, {
        engagementId,
        driverId: 'D4',
        expectedVersion: 1,
        answer: 'maybe' as never,
        actor,
      }),
    ).rejects.toBeInstanceOf(InvalidValueError)
    // Evaluation-time "not applicable" is gone: exclusion is a tailoring decision.
    await expect(
      recordDriverEvaluation(prisma, {
        engagementId,
        driverId: 'D4',
        expectedVersion: 1,
        answer: 'not-applicable' as never,
        actor,
      }),
    ).rejects.toBeInstanceOf(InvalidValueError)
    await expect(
      recordDriverEvaluation(prisma, {
        engagementId,
        driverId: 'D4',
        expectedVersion: 1,
        answer: 'yes',
        actor,
        dataItems: {
          create: [
            {
              text: 'x',
              effect: '!' as never,
              source: { kind: 'interview', interviewSessionId: session.id },
            },
          ],
        },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'effect' })
    await expect(
      recordDriverEvaluation(prisma, {
        engagementId,
        driverId: 'D4',
        expectedVersion: 1,
        answer: 'yes',
        actor,
        dataItems: {
          create: [
            {
              text: 'x',
              effect: '+',
              source: { kind: 'interview', interviewSessionId: foreign.session.id },
            },
          ],
        },
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const row = await prisma.driverEvaluation.findUniqueOrThrow({
      where: { engagementId_driverId: { engagementId, driverId: 'D4' } },
    })
    expect(row).toMatchObject({ version: 1, answer: null })
    expect(await prisma.dataItem.count({ where: { engagementId } })).toBe(0)
  })

  it('reports an unknown driver as not found', async () => {
    const { prisma } = db()
    const { engagementId, actor } = await withEvidence()
    await expect(
      recordDriverEvaluation(prisma, {
        engagementId,
        driverId: 'D99',
        expectedVersion: 1,
        answer: 'yes',
        actor,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })
})
