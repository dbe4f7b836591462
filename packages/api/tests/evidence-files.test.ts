/**
 * Evidence files (issue #16): multipart uploads to a document or a data item, SHA-256 on receipt,
 * stored in the database and versioned; downloads with the engagement's authorization, where
 * another tenant and a reader without access to a TLP:AMBER file get exactly the missing-file
 * answer; typed refusals (too large, wrong type, mislabelled, empty, duplicate) that store nothing;
 * deletion by a lead with a reason, audited.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import { globalId } from './support/execute.js'
import {
  type Credential,
  request,
  type SecuritySuite,
  setupSecuritySuite,
} from './support/security.js'

type Data = Record<string, any>

/** A minimal but real PDF (header, one empty page, trailer). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)])

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function headersOf(credential: Credential): Record<string, string> {
  if (credential.kind === 'token') return { authorization: `Bearer ${credential.token}` }
  if (credential.kind === 'session')
    return { cookie: credential.cookie, 'x-csrf-token': credential.csrf }
  return {}
}

describe.each(TEST_ENGINES)('evidence files (%s)', (engine) => {
  let suite: SecuritySuite
  let lead: Credential
  let documentId: string

  const upload = async (
    path: string,
    content: Uint8Array,
    options: { name?: string; type?: string; tlp?: string; credential?: Credential } = {},
  ) => {
    const form = new FormData()
    if (options.tlp) form.set('tlp', options.tlp)
    form.set(
      'file',
      new Blob([new Uint8Array(content)], { type: options.type ?? 'application/octet-stream' }),
      options.name ?? 'evidence.pdf',
    )
    const response = await suite.yoga.fetch(`http://yoga${path}`, {
      method: 'POST',
      headers: headersOf(options.credential ?? lead),
      body: form,
    })
    return { status: response.status, body: (await response.json()) as Data }
  }

  const documentPath = (id = documentId) =>
    `/evidence/documents/${encodeURIComponent(globalId('Document', id))}/files`

  const download = async (fileGid: string, credential: Credential = lead) => {
    const response = await suite.yoga.fetch(
      `http://yoga/evidence/files/${encodeURIComponent(fileGid)}`,
      { headers: headersOf(credential) },
    )
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
  }

  const stored = () => suite.db.prisma.evidenceFile.count({ where: { documentId } })

  beforeAll(async () => {
    suite = await setupSecuritySuite(engine, { evidence: { maxBytes: 4096 } })
    lead = suite.credentials['lead-assessor']
    const document = await suite.db.prisma.document.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        title: 'Incident handling procedure',
        ordinal: 900,
        reviewedAt: new Date(),
      },
    })
    documentId = document.id
  })
  afterAll(() => suite?.db.close())

  it('round-trips an upload: the download has the same bytes and SHA-256', async () => {
    const { status, body } = await upload(documentPath(), PDF, {
      name: 'procedure.pdf',
      type: 'application/pdf',
      tlp: 'green',
    })
    expect(status).toBe(201)
    expect(body).toMatchObject({
      version: 1,
      fileName: 'procedure.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.byteLength,
      sha256: sha256(PDF),
      tlp: 'green',
    })
    const { response, bytes } = await download(body.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('x-content-sha256')).toBe(sha256(PDF))
    expect(response.headers.get('content-disposition')).toContain('procedure.pdf')
    expect(sha256(bytes)).toBe(sha256(PDF))
    const audit = await suite.db.prisma.auditEvent.count({
      where: { operation: 'evidence.upload' },
    })
    expect(audit).toBeGreaterThanOrEqual(1)
  })

  it('lists the uploaded file with its SHA-256 in a real report download', async () => {
    const engagement = encodeURIComponent(globalId('Engagement', suite.demo.activeEngagementId))
    const response = await suite.yoga.fetch(
      `http://yoga/engagements/${engagement}/report.csv?worksheet=document-checklist`,
      { headers: { authorization: `Bearer ${suite.demo.leadToken}` } },
    )
    expect(response.status).toBe(200)
    const csv = await response.text()
    expect(csv).toContain(`procedure.pdf v1 sha256:${sha256(PDF)} ${PDF.byteLength} bytes`)
  })

  it('keeps every version, lists them newest first with their hashes', async () => {
    const second = Buffer.concat([PDF, Buffer.from('% revised\n')])
    const { status, body } = await upload(documentPath(), second, { name: 'procedure-v2.pdf' })
    expect(status).toBe(201)
    expect(body.version).toBe(2)
    const { body: listed } = await request<Data>(suite.yoga, {
      query: `query ($id: ID!) { node(id: $id) { ... on Document { files(first: 10) { totalCount
        edges { node { version fileName sha256 mediaType tlp downloadPath } } } } } }`,
      variables: { id: globalId('Document', documentId) },
      credential: lead,
    })
    const files = listed.data?.node.files
    expect(files.totalCount).toBe(2)
    expect(files.edges.map((edge: Data) => [edge.node.version, edge.node.sha256])).toEqual([
      [2, sha256(second)],
      [1, sha256(PDF)],
    ])
    const first = files.edges[1].node
    const again = await download(decodeURIComponent(first.downloadPath.split('/').pop()))
    expect(sha256(again.bytes)).toBe(sha256(PDF))
  })

  it('refuses a duplicate, an oversized, an empty, a mislabelled and a disallowed file, storing nothing', async () => {
    const before = await stored()
    const duplicate = await upload(documentPath(), PDF)
    expect(duplicate).toMatchObject({ status: 409, body: { code: 'EVIDENCE_DUPLICATE' } })
    const tooLarge = await upload(documentPath(), Buffer.concat([PDF, Buffer.alloc(5000, 0x20)]))
    expect(tooLarge).toMatchObject({ status: 413, body: { code: 'EVIDENCE_TOO_LARGE' } })
    const empty = await upload(documentPath(), new Uint8Array(0), { name: 'empty.pdf' })
    expect(empty).toMatchObject({ status: 422, body: { code: 'EVIDENCE_EMPTY' } })
    const renamed = await upload(documentPath(), PNG, { name: 'report.pdf' })
    expect(renamed).toMatchObject({ status: 415, body: { code: 'EVIDENCE_TYPE_MISMATCH' } })
    const mislabelled = await upload(documentPath(), PNG, { name: 'scan', type: 'application/pdf' })
    expect(mislabelled).toMatchObject({ status: 415, body: { code: 'EVIDENCE_TYPE_MISMATCH' } })
    const program = await upload(documentPath(), EXE, { name: 'tool.exe' })
    expect(program).toMatchObject({ status: 415, body: { code: 'EVIDENCE_TYPE_NOT_ALLOWED' } })
    expect(await stored()).toBe(before)
    // A PNG named and labelled as one is fine.
    const image = await upload(documentPath(), PNG, { name: 'scan.png', type: 'image/png' })
    expect(image).toMatchObject({ status: 201, body: { mediaType: 'image/png' } })
  })

  it('answers another tenant, a reader without access to a TLP:AMBER file and a missing file alike', async () => {
    const amber = await upload(documentPath(), Buffer.from('Restricted roster\n'), {
      name: 'roster.txt',
      type: 'text/plain',
      tlp: 'amber',
    })
    expect(amber.status).toBe(201)
    const green = await suite.db.prisma.evidenceFile.findFirstOrThrow({
      where: { documentId, tlp: 'green' },
    })
    const greenGid = globalId('EvidenceFile', green.id)
    const missingGid = globalId('EvidenceFile', '01900000-0000-7000-8000-000000000000')
    const answer = async (fileGid: string, credential: Credential) => {
      const { response, bytes } = await download(fileGid, credential)
      return { status: response.status, body: new TextDecoder().decode(bytes) }
    }
    const missing = await answer(missingGid, lead)
    expect(missing.status).toBe(404)
    expect(await answer(greenGid, suite.credentials['other-tenant-admin'])).toEqual(missing)
    expect(await answer(amber.body.id, suite.credentials['other-tenant-admin'])).toEqual(missing)
    // The organization's viewer and admin hold no seat on the engagement's team.
    expect(await answer(amber.body.id, suite.credentials.viewer)).toEqual(missing)
    expect(await answer(amber.body.id, suite.credentials.admin)).toEqual(missing)
    expect((await answer(greenGid, suite.credentials.viewer)).status).toBe(200)
    expect((await answer(amber.body.id, suite.credentials.assessor)).status).toBe(200)
    expect((await answer(greenGid, suite.credentials.anonymous)).status).toBe(401)
    // GraphQL hides the restricted file's name and hash from the viewer too.
    const { body } = await request<Data>(suite.yoga, {
      query: `query ($id: ID!) { node(id: $id) { ... on EvidenceFile { fileName sha256 downloadPath tlp } } }`,
      variables: { id: amber.body.id },
      credential: suite.credentials.viewer,
    })
    expect(body.data?.node).toEqual({
      fileName: null,
      sha256: null,
      downloadPath: null,
      tlp: 'AMBER',
    })
  })

  it('lets only writers upload, and a session only with its CSRF header', async () => {
    const text = Buffer.from(`Note ${Date.now()}\n`)
    const before = await stored()
    const asViewer = await upload(documentPath(), text, {
      name: 'n.txt',
      credential: suite.credentials.viewer,
    })
    expect(asViewer).toMatchObject({ status: 403, body: { code: 'NOT_AUTHORIZED' } })
    const foreign = await upload(documentPath(), text, {
      name: 'n.txt',
      credential: suite.credentials['other-tenant-admin'],
    })
    expect(foreign).toMatchObject({ status: 404, body: { code: 'EVIDENCE_NOT_FOUND' } })
    const session = lead as Extract<Credential, { kind: 'session' }>
    const form = new FormData()
    form.set('file', new Blob([text]), 'n.txt')
    const noCsrf = await suite.yoga.fetch(`http://yoga${documentPath()}`, {
      method: 'POST',
      headers: { cookie: session.cookie },
      body: form,
    })
    expect(noCsrf.status).toBe(401)
    expect(await stored()).toBe(before)
  })

  it('attaches files to data items', async () => {
    const item = await suite.db.prisma.dataItem.create({
      data: {
        engagementId: suite.demo.activeEngagementId,
        text: 'Roster shows two shifts',
        effect: '+',
        sourceKind: 'document',
        documentId,
      },
    })
    const path = `/evidence/data-items/${encodeURIComponent(globalId('DataItem', item.id))}/files`
    const { status, body } = await upload(path, PNG, { name: 'roster.png', type: 'image/png' })
    expect(status).toBe(201)
    expect(sha256((await download(body.id)).bytes)).toBe(sha256(PNG))
  })

  it('deletes a version by a lead with a reason, audited; the metadata stays', async () => {
    const text = Buffer.from('Draft to withdraw\n')
    const { body } = await upload(documentPath(), text, { name: 'draft.txt', tlp: 'green' })
    const DELETE = `mutation ($input: DeleteEvidenceFileInput!) { deleteEvidenceFile(input: $input) {
      __typename ... on DeleteEvidenceFilePayload { file { deletedAt deleteReason sha256 downloadPath } }
      ... on Error { message } } }`
    const refused = await request<Data>(suite.yoga, {
      query: DELETE,
      variables: { input: { id: body.id, reason: 'Wrong file' } },
      credential: suite.credentials.assessor,
    })
    expect(refused.body.data?.deleteEvidenceFile.__typename).toBe('NotAuthorizedError')
    const deleted = await request<Data>(suite.yoga, {
      query: DELETE,
      variables: { input: { id: body.id, reason: 'Wrong file' } },
      credential: lead,
    })
    expect(deleted.body.data?.deleteEvidenceFile.file).toMatchObject({
      deleteReason: 'Wrong file',
      sha256: sha256(text),
      downloadPath: null,
    })
    const gone = await download(body.id)
    expect(gone.response.status).toBe(410)
    const row = await suite.db.prisma.evidenceFile.findFirstOrThrow({
      where: { documentId, sha256: sha256(text) },
    })
    expect(row.content).toBeNull()
    const audit = await suite.db.prisma.auditEvent.findMany({
      where: { operation: 'evidence.delete', targetId: row.id },
    })
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit[0]?.after)).toContain('Wrong file')
  })
})
