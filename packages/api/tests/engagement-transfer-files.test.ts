/**
 * Engagement export/import with evidence files (issue #16) on both engines: `includeFiles` carries
 * every version's bytes with its SHA-256 and the round trip keeps them; a tampered or oversized
 * file refuses the whole import, naming the file, with nothing written; without the flag the
 * document says so and the import keeps documents and data items without files.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture, seedForeignOrganization } from './support/fixtures.js'

const EXPORT = `query ($id: ID!, $files: Boolean!) {
  engagementExport(id: $id, includeRestricted: true, includeFiles: $files) }`
const IMPORT = `mutation ($organizationId: ID!, $document: JSON!) {
  importEngagement(input: { organizationId: $organizationId, document: $document }) {
    __typename
    ... on ImportEngagementPayload { engagement { id } }
    ... on ValidationError { issues { path message } }
  }
}`

type FileEntry = {
  fileName: string
  version: number
  sha256: string
  sizeBytes: number
  contentBase64?: string | null
}
interface TransferDocument {
  evidenceFiles: { included: boolean; note: string }
  engagement: {
    documents: { title: string; files: FileEntry[] }[]
    dataItems: { files: FileEntry[] }[]
  }
}
interface ImportResult {
  importEngagement: {
    __typename: string
    engagement?: { id: string }
    issues?: { path: string; message: string }[]
  }
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const filesOf = (document: TransferDocument) => [
  ...document.engagement.documents.flatMap((d) => d.files),
  ...document.engagement.dataItems.flatMap((d) => d.files),
]

describe.each(TEST_ENGINES)('engagement transfer with evidence files (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let foreign: Awaited<ReturnType<typeof seedForeignOrganization>>
  let yoga: ReturnType<typeof createApi>
  const exportOf = async (token: string, id: string, files: boolean) =>
    (
      await executeOk<{ engagementExport: TransferDocument }>(yoga, {
        token,
        query: EXPORT,
        variables: { id, files },
      })
    ).engagementExport
  const importInto = (document: unknown) =>
    executeOk<ImportResult>(yoga, {
      token: foreign.token,
      query: IMPORT,
      variables: { organizationId: globalId('Organization', foreign.organizationId), document },
    })

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    foreign = await seedForeignOrganization(db)
    yoga = createApi({ db, evidence: { maxBytes: 64 } })
    const engagementId = demo.finishedEngagementId
    const document = await db.prisma.document.findFirstOrThrow({ where: { engagementId } })
    const item = await db.prisma.dataItem.findFirstOrThrow({ where: { engagementId } })
    const rows = [
      { documentId: document.id, version: 1, text: 'Incident procedure v1\n' },
      { documentId: document.id, version: 2, text: 'Incident procedure v2\n' },
      { dataItemId: item.id, version: 1, text: 'Ticket export\n' },
    ]
    for (const { text, ...row } of rows) {
      await db.prisma.evidenceFile.create({
        data: {
          engagementId,
          ...row,
          fileName: `file-${row.version}.txt`,
          mediaType: 'text/plain',
          sizeBytes: Buffer.byteLength(text),
          sha256: sha(text),
          tlp: 'green',
          content: new Uint8Array(Buffer.from(text)),
        },
      })
    }
  })
  afterAll(() => db?.close())

  it('says explicitly when files are not included, and imports the documents without them', async () => {
    const exported = await exportOf(
      demo.leadToken,
      globalId('Engagement', demo.finishedEngagementId),
      false,
    )
    expect(exported.evidenceFiles.included).toBe(false)
    expect(exported.evidenceFiles.note).toMatch(/not included/)
    expect(filesOf(exported)).toHaveLength(3)
    expect(filesOf(exported).every((file) => file.contentBase64 === undefined)).toBe(true)
    const imported = await importInto(exported)
    expect(imported.importEngagement.__typename).toBe('ImportEngagementPayload')
    const id = imported.importEngagement.engagement?.id ?? ''
    const again = await exportOf(foreign.token, id, false)
    expect(again.engagement.documents.map((d) => d.title)).toEqual(
      exported.engagement.documents.map((d) => d.title),
    )
    expect(filesOf(again)).toEqual([])
  })

  it('carries every version with its SHA-256: export, import, export gives identical hashes', async () => {
    const exported = await exportOf(
      demo.leadToken,
      globalId('Engagement', demo.finishedEngagementId),
      true,
    )
    expect(exported.evidenceFiles.included).toBe(true)
    const files = filesOf(exported)
    expect(files.map((f) => f.sha256)).toEqual([
      sha('Incident procedure v1\n'),
      sha('Incident procedure v2\n'),
      sha('Ticket export\n'),
    ])
    for (const file of files) {
      const bytes = Buffer.from(file.contentBase64 ?? '', 'base64')
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    }
    const imported = await importInto(exported)
    expect(imported.importEngagement.__typename).toBe('ImportEngagementPayload')
    const again = await exportOf(
      foreign.token,
      imported.importEngagement.engagement?.id ?? '',
      true,
    )
    expect(filesOf(again)).toEqual(files)
  })

  it('refuses the whole import when a file does not match its hash or is over the limit', async () => {
    const exported = await exportOf(
      demo.leadToken,
      globalId('Engagement', demo.finishedEngagementId),
      true,
    )
    const before = await db.prisma.engagement.count()
    const filesBefore = await db.prisma.evidenceFile.count()
    const tampered = structuredClone(exported)
    const target = tampered.engagement.documents.find((d) => d.files.length === 2)?.files[1]
    if (!target) throw new Error('fixture: no two-version document')
    target.contentBase64 = Buffer.from('Incident procedure v3\n').toString('base64')
    const refused = await importInto(tampered)
    expect(refused.importEngagement.__typename).toBe('ValidationError')
    expect(refused.importEngagement.issues?.[0]?.path).toMatch(
      /^document\.engagement\.documents\.\d+\.files\.1$/,
    )
    expect(refused.importEngagement.issues?.[0]?.message).toMatch(
      /file-2\.txt \(version 2\).*SHA-256/,
    )

    const oversized = structuredClone(exported)
    const big = 'x'.repeat(100)
    Object.assign(oversized.engagement.dataItems.find((d) => d.files.length > 0)?.files[0] ?? {}, {
      contentBase64: Buffer.from(big).toString('base64'),
      sizeBytes: 100,
      sha256: sha(big),
    })
    const tooLarge = await importInto(oversized)
    expect(tooLarge.importEngagement.__typename).toBe('ValidationError')
    expect(tooLarge.importEngagement.issues?.[0]?.message).toMatch(
      /file-1\.txt.*over the 64-byte limit/,
    )
    // Nothing half-written.
    expect(await db.prisma.engagement.count()).toBe(before)
    expect(await db.prisma.evidenceFile.count()).toBe(filesBefore)
  })
})
