/**
 * An import large enough to cross the limits that used to break it, on both engines: more than
 * 1,000 engagements in one request (the id lists of the payload, built after the commit, used to
 * exceed the engine's bound-parameter limit, so committed work was reported as a failure), and an
 * inventory larger than one request, sent in resumable chunks. The exit code, the summary and the
 * database must agree.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/index.js'
import { startTestApiServer, type TestApiServer } from './support/api-server.js'

/** Two teams per IMC, as in the report: `imcCount` IMCs, `2 × imcCount` teams. */
function buildRecords(imcCount: number) {
  return Array.from({ length: imcCount }, (_, imc) => {
    const id = `scale-${String(imc).padStart(5, '0')}`
    return [
      {
        'short-team-name': `${id}-CSIRT`,
        host: `Scale ${imc} Corp`,
        'country-code': ['DE'],
        imc_id: id,
        model: 'internal_distributed',
        authority: { analysis: 'full', response: 'shared' },
        reports_to: 'CIO',
        imc_functions: ['protect', 'detect', 'respond', 'sustain'],
        staff: [{ name: `Manager ${imc}`, role: 'CSIRT manager', unit: 'HQ', fte: 1 }],
        documents: ['Escalation procedure'],
        ...(imc % 2 === 0 ? { success_threshold: 'high' } : {}),
      },
      {
        'short-team-name': `${id}-SITE`,
        host: `Scale ${imc} Corp`,
        'country-code': ['DE'],
        imc_id: id,
        model: 'internal_distributed',
        staff: [{ name: `Member ${imc}`, role: 'Administrator', unit: 'Site', fte: 0.3 }],
      },
    ]
  }).flat()
}

async function immd(server: TestApiServer, args: string[]) {
  let stdout = ''
  const code = await main(args, {
    stdout: (text) => {
      stdout += text
    },
    stderr: () => {},
    env: { IMMD_API_URL: server.url, IMMD_TOKEN: server.token, HOME: '/nonexistent' },
    tty: false,
  })
  return { code, result: JSON.parse(stdout) }
}

const IMCS = 1_100

describe.each(['sqlite', 'postgresql'] as const)('a large import on %s', (engine) => {
  let server: TestApiServer
  let dir: string
  let organizationId: string
  const counts = async () => ({
    teams: await server.db.prisma.team.count({
      where: { organizationId, shortName: { startsWith: 'scale-' } },
    }),
    engagements: await server.db.prisma.engagement.count({
      where: { organizationId, imcId: { startsWith: 'scale-' } },
    }),
  })

  beforeAll(async () => {
    server = await startTestApiServer({ engine })
    dir = await mkdtemp(join(tmpdir(), 'immd-scale-'))
    await writeFile(join(dir, 'inventory.json'), JSON.stringify(buildRecords(IMCS)))
    const demo = await server.db.prisma.organization.findFirstOrThrow({ where: { slug: 'acme' } })
    organizationId = demo.id
  })
  afterAll(async () => {
    await server?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('commits 2,200 teams and 1,100 engagements in one request and says exactly that', async () => {
    const before = server.requests()
    const run = await immd(server, [
      'import',
      join(dir, 'inventory.json'),
      '--chunk-size',
      '5000',
      '--json',
    ])
    expect(run.code).toBe(0)
    expect(run.result.summary).toEqual({
      created: 2 * IMCS,
      updated: 0,
      unchanged: 0,
      failed: 0,
      engagementsCreated: IMCS,
      engagementsExisting: 0,
    })
    expect(run.result.chunks).toEqual({ total: 1, committed: 1 })
    expect(run.result.engagements).toHaveLength(IMCS)
    expect(await counts()).toEqual({ teams: 2 * IMCS, engagements: IMCS })
    // One import request besides the organization lookup.
    expect(server.requests() - before).toBe(2)
    // The planner's warnings reach the user: every other IMC sets no threshold.
    const unset = run.result.planningWarnings.filter(
      (warning: { code: string }) => warning.code === 'threshold-not-set',
    )
    expect(unset).toHaveLength(IMCS / 2)
    expect(unset[0]).toEqual({
      imcId: 'scale-00001',
      code: 'threshold-not-set',
      message: 'No record sets success_threshold; set it before A5.',
      teams: [],
      // The values a reader's language needs; a threshold that is not set has none.
      value: null,
      values: null,
      methodVersion: null,
    })
  })

  it('sends the same inventory again in resumable chunks: nothing changes, and the counts agree', async () => {
    const before = server.requests()
    const run = await immd(server, ['import', join(dir, 'inventory.json'), '--json'])
    expect(run.code).toBe(0)
    expect(run.result.chunks).toEqual({ total: 3, committed: 3 })
    expect(run.result.summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2 * IMCS,
      failed: 0,
      engagementsCreated: 0,
      engagementsExisting: IMCS,
    })
    expect(server.requests() - before).toBe(4)
    expect(await counts()).toEqual({ teams: 2 * IMCS, engagements: IMCS })
  })

  it('stores the authority split and the plan notes of each engagement', async () => {
    const team = await server.db.prisma.team.findFirstOrThrow({
      where: { organizationId, shortName: 'scale-00000-CSIRT' },
    })
    expect([team.authorityAnalysis, team.authorityResponse]).toEqual(['full', 'shared'])
    const engagement = await server.db.prisma.engagement.findFirstOrThrow({
      where: { organizationId, imcId: 'scale-00000' },
    })
    expect(engagement.planNotes).toMatchObject({
      model: { model: 'internal_distributed', chapter: 'chapter 5', provenance: 'read' },
      warnings: [
        {
          code: 'no-backup-manager',
          message: 'The IMC manager Manager 0 has no designated backup manager.',
          teams: ['scale-00000-CSIRT'],
        },
      ],
    })
  })
})
