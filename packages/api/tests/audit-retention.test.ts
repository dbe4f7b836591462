/**
 * Retention of audit images (issue #23, item 10), on both engines: rows older than the period get
 * their before/after images reduced (names, e-mails and notes become hashes; ids, states and
 * figures stay), recent rows are untouched, who/what/when never change, a second run reduces
 * nothing, every run leaves one `audit.images-reduce` row, and the database still refuses every
 * other update of an audit row.
 */
import { createHash } from 'node:crypto'
import { AUDIT_RETENTION_OPERATION } from '@immd/db/audit-retention'
import { AppendOnlyError, mapDatabaseErrors } from '@immd/db/errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reduceAuditImage } from '../src/audit-redaction.js'
import {
  readAuditRetentionEnv,
  runAuditRetention,
  startAuditRetention,
} from '../src/audit-retention.js'
import type { ApiDatabase } from '../src/database.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const DAY_MS = 24 * 60 * 60 * 1000
const NOW = new Date('2027-06-01T12:00:00Z')

const IMAGE = {
  id: 'e1',
  title: 'Payments platform',
  state: 'closed',
  latestTotal: 3.4,
  notes: 'Interview notes anyone on the team may read.',
  notesTlp: 'clear',
  lead: { name: 'Lena Lead', email: 'lena@example.org' },
}

describe('reduceAuditImage', () => {
  it('keeps only hashes of names, e-mails and notes, whatever their label, and is idempotent', () => {
    const reduced = reduceAuditImage(IMAGE)
    expect(reduced).toEqual({
      ...IMAGE,
      notes: {
        redacted: 'notes, past the retention period',
        sha256: sha('Interview notes anyone on the team may read.'),
      },
      lead: {
        name: { redacted: 'name, past the retention period', sha256: sha('Lena Lead') },
        email: { redacted: 'email, past the retention period', sha256: sha('lena@example.org') },
      },
    })
    expect(reduceAuditImage(reduced)).toEqual(reduced)
  })

  it('reads its settings from the environment, default 365 days', () => {
    expect(readAuditRetentionEnv({}).retentionDays).toBe(365)
    expect(readAuditRetentionEnv({ IMMD_AUDIT_IMAGE_RETENTION_DAYS: '30' }).retentionDays).toBe(30)
    expect(readAuditRetentionEnv({ IMMD_AUDIT_IMAGE_RETENTION_DAYS: 'off' }).retentionDays).toBe(
      null,
    )
    expect(() => readAuditRetentionEnv({ IMMD_AUDIT_IMAGE_RETENTION_DAYS: '-1' })).toThrow(
      /IMMD_AUDIT_IMAGE_RETENTION_DAYS/,
    )
  })
})

describe.each(TEST_ENGINES)('audit image retention (%s)', (engine) => {
  let db: ApiDatabase
  beforeAll(async () => {
    db = await createTestDatabase(engine)
  })
  afterAll(async () => {
    await db?.close()
  })

  const insert = (daysAgo: number, operation: string) =>
    db.prisma.auditEvent.create({
      data: {
        organizationId: null,
        actorKind: 'user',
        actorId: 'u1',
        operation,
        targetType: 'Engagement',
        targetId: 'e1',
        before: { state: 'open', lead: { name: 'Lena Lead' } },
        after: IMAGE,
        createdAt: new Date(NOW.getTime() - daysAgo * DAY_MS),
      },
    })
  const runs = () => db.prisma.auditEvent.count({ where: { operation: AUDIT_RETENTION_OPERATION } })

  it('reduces old images in batches, leaves recent ones, and is idempotent', async () => {
    const old = [await insert(400, 'engagement.close'), await insert(366, 'engagement.update')]
    const recent = await insert(30, 'engagement.update')
    const first = await runAuditRetention(db, { retentionDays: 365, now: NOW, batchSize: 1 })
    expect(first).toEqual({ reduced: 2, batches: 2 })
    for (const row of old) {
      const stored = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: row.id } })
      expect(stored.after).toEqual(reduceAuditImage(IMAGE))
      expect(stored.before).toEqual({
        state: 'open',
        lead: { name: { redacted: 'name, past the retention period', sha256: sha('Lena Lead') } },
      })
      expect(stored.imagesReducedAt?.toISOString()).toBe(NOW.toISOString())
      // Who, what and when are as written.
      const { before, after, imagesReducedAt, ...identity } = stored
      const { before: b0, after: a0, imagesReducedAt: r0, ...written } = row
      expect(identity).toEqual(written)
    }
    const untouched = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: recent.id } })
    expect(untouched.after).toEqual(IMAGE)
    expect(untouched.imagesReducedAt).toBeNull()
    const [summary] = await db.prisma.auditEvent.findMany({
      where: { operation: AUDIT_RETENTION_OPERATION },
    })
    expect(summary?.after).toMatchObject({ reduced: 2, retentionDays: 365 })
    expect(summary?.actorKind).toBe('system')

    const second = await runAuditRetention(db, { retentionDays: 365, now: NOW })
    expect(second).toEqual({ reduced: 0, batches: 0 })
    const again = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: old[0]?.id } })
    expect(again.after).toEqual(reduceAuditImage(IMAGE))
    expect(await runs()).toBe(2)
  })

  it('lets the database refuse any other update: a second reduction, or a changed operation', async () => {
    const row = await insert(500, 'engagement.delete')
    await runAuditRetention(db, { retentionDays: 365, now: NOW })
    const update = (data: Record<string, unknown>) =>
      mapDatabaseErrors(() => db.prisma.auditEvent.update({ where: { id: row.id }, data }))
    await expect(update({ after: IMAGE, imagesReducedAt: new Date() })).rejects.toBeInstanceOf(
      AppendOnlyError,
    )
    const fresh = await insert(500, 'engagement.create')
    await expect(
      mapDatabaseErrors(() =>
        db.prisma.auditEvent.update({
          where: { id: fresh.id },
          data: { operation: 'forged', imagesReducedAt: new Date() },
        }),
      ),
    ).rejects.toBeInstanceOf(AppendOnlyError)
    await expect(
      mapDatabaseErrors(() =>
        db.prisma.auditEvent.update({ where: { id: fresh.id }, data: { after: {} } }),
      ),
    ).rejects.toBeInstanceOf(AppendOnlyError)
  })

  it('runs at start, and stop() waits for the run and clears the timer', async () => {
    const before = await runs()
    const lines: string[] = []
    const job = startAuditRetention(db, {
      retentionDays: 365,
      intervalMs: 3_600_000,
      log: (line) => lines.push(line),
    })
    await job.stop()
    expect(await runs()).toBe(before + 1)
    const disabled = startAuditRetention(db, { retentionDays: null, intervalMs: 3_600_000 })
    await disabled.stop()
    expect(await runs()).toBe(before + 1)
  })
})
