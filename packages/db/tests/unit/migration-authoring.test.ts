import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getPrismaDir } from '../../src/engine.js'
import { createMigration } from '../../src/migration-authoring.js'

// Works on a copy of prisma/ so the committed history stays untouched; needs no database at all
// (PostgreSQL migrations are diffed with the offline adapter).
describe('createMigration (pnpm db:migration)', () => {
  const dirs: { prisma?: string } = {}
  beforeEach(async () => {
    dirs.prisma = await mkdtemp(join(tmpdir(), 'immd-prisma-'))
    await cp(getPrismaDir(), dirs.prisma, { recursive: true })
  })
  afterEach(async () => {
    if (dirs.prisma) await rm(dirs.prisma, { recursive: true, force: true })
  })

  it('writes nothing when the models did not change', async () => {
    const results = await createMigration({ name: 'nothing', prismaDir: dirs.prisma })
    expect(results.map((result) => result.folder)).toEqual([null, null])
  })

  it('writes one migration per engine for a model change, then the copies', async () => {
    const prismaDir = dirs.prisma as string
    const tenancy = join(prismaDir, 'models', 'tenancy.prisma')
    const text = await readFile(tenancy, 'utf8')
    await writeFile(
      tenancy,
      text.replace(
        '  name             String\n',
        '  name             String\n  nickname         String?\n',
      ),
    )
    const results = await createMigration({
      name: 'Add nickname',
      date: new Date('2030-01-01T00:00:00Z'),
      prismaDir,
    })
    expect(results.map((result) => result.folder?.endsWith('20300101000000_add_nickname'))).toEqual(
      [true, true],
    )
    expect(results[0]?.sql).toContain('ALTER TABLE "User" ADD COLUMN "nickname" TEXT')
    expect(results[1]?.sql).toContain('ALTER TABLE "User" ADD COLUMN     "nickname" TEXT')
    for (const folder of ['sqlite', 'postgres']) {
      const names = await readdir(join(prismaDir, folder, 'migrations'))
      expect(names).toContain('20300101000000_add_nickname')
      expect(await readFile(join(prismaDir, folder, 'schema.prisma'), 'utf8')).toContain('nickname')
    }
    const again = await createMigration({ name: 'again', prismaDir })
    expect(again.map((result) => result.folder)).toEqual([null, null])
  })
})
