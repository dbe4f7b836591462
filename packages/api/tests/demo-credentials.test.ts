/**
 * Demo users get their own strong passwords on a real first start (issue #23, item 10: one short
 * password shared by every demo user), shown once and kept in a file only the operator can read.
 */
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { verifyPassword } from '@immd/db/password'
import { seedDemo } from '@immd/db/seed/demo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { announceDemoCredentials } from '../src/demo-credentials.js'
import { createTestDatabase } from './support/database.js'

describe('demo sign-ins', () => {
  let db: ApiDatabase
  const shared = process.env.IMMD_DEMO_PASSWORD

  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
  })
  afterAll(async () => {
    process.env.IMMD_DEMO_PASSWORD = shared
    await db?.close()
  })

  it('gives every demo user its own random password, stored only as a hash', async () => {
    delete process.env.IMMD_DEMO_PASSWORD
    const demo = await seedDemo(db.prisma)
    process.env.IMMD_DEMO_PASSWORD = shared
    expect(demo.created).toBe(true)
    expect(demo.credentials.map((c) => c.email).sort()).toEqual([
      'admin@example.org',
      'assessor@example.org',
      'lead@example.org',
      'viewer@example.org',
    ])
    const passwords = demo.credentials.map((c) => c.password)
    expect(new Set(passwords).size).toBe(4)
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/)
    for (const { email, password } of demo.credentials) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email } })
      expect(user.passwordHash).not.toContain(password)
      expect(await verifyPassword(password, user.passwordHash ?? '')).toBe(true)
      expect(await verifyPassword('immd-demo', user.passwordHash ?? '')).toBe(false)
    }
    // A second seed changes nothing and shows nothing.
    expect((await seedDemo(db.prisma)).credentials).toEqual([])

    const folder = await mkdtemp(join(tmpdir(), 'immd-demo-'))
    const lines: string[] = []
    const file = await announceDemoCredentials(
      demo.credentials,
      `file:${join(folder, 'immd.db')}`,
      (line) => lines.push(line),
    )
    expect(file).toBe(join(folder, 'demo-credentials.txt'))
    expect(((await stat(file ?? '')).mode & 0o777).toString(8)).toBe('600')
    const text = await readFile(file ?? '', 'utf8')
    for (const { email, password } of demo.credentials) {
      expect(text).toContain(email)
      expect(text).toContain(password)
      expect(lines.join('\n')).toContain(password)
    }
  })
})
