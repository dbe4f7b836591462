/**
 * The CLI import scenario (issue #14): `immd import <file>` of generated inventories of 1,000,
 * 10,000 and 50,000 records (two teams per IMC, one draft engagement per IMC) against a real API
 * server on loopback, end to end: read and parse, validate, plan, upload in chunks, server-side
 * parse, upsert, plan and engagement inserts. Each size imports into a fresh organization, so
 * every record is new. The target is linearity: the time per record of the largest size stays
 * within 1.5× of the smallest.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashToken } from '@immd/api/auth/viewer'
import { createApi } from '@immd/api/yoga'
import { main } from '@immd/cli/index'
import { createDisposableDatabase } from '@immd/db/disposable-database'
import type { Engine } from '@immd/db/engine'

/** One size's run. */
export interface CliImportRun {
  records: number
  imcs: number
  seconds: number
  msPerRecord: number
  exitCode: number
  created: number
  engagementsCreated: number
  requests: number
}

/** The scenario's figures. */
export interface CliImportFigures {
  engine: Engine
  runs: CliImportRun[]
  /** ms per record of the largest size over the smallest (target ≤ 1.5). */
  ratio: number
}

const WARM_UP_RECORDS = 100

/** Default sizes of the scenario. */
export const CLI_IMPORT_SIZES = [1_000, 10_000, 50_000] as const

/** A realistic record pair per IMC: a central CSIRT with staff, and a site team of part-timers. */
function generateInventory(records: number, tag: string): unknown[] {
  const imcs = Math.ceil(records / 2)
  return Array.from({ length: imcs }, (_, imc) => {
    const id = `${tag}-${String(imc).padStart(6, '0')}`
    return [
      {
        'short-team-name': `${id}-CSIRT`,
        'official-team-name': `Company ${imc} CSIRT`,
        host: `Company ${imc}`,
        'country-code': ['DE'],
        email: `csirt@company${imc}.example`,
        imc_id: id,
        model: [
          'internal_distributed',
          'internal_centralized',
          'combined',
          'coordinating',
          'security_team',
        ][imc % 5],
        authority: { analysis: 'full', response: 'shared' },
        reports_to: 'CIO',
        imc_functions: ['protect', 'detect', 'respond', 'sustain'],
        services: { framework: 'first-v2.1', offered: ['6.1', '6.2', '8.3'] },
        staff: [
          {
            name: `Manager ${imc}`,
            role: 'CSIRT manager',
            unit: 'HQ',
            fte: 1,
            backup: `Analyst ${imc}`,
          },
          { name: `Analyst ${imc}`, role: 'Incident analyst', unit: 'HQ', fte: 1 },
        ],
        documents: ['RFC 2350', 'Escalation procedure'],
        success_threshold: 'high',
      },
      {
        'short-team-name': `${id}-SITE`,
        host: `Company ${imc}`,
        'country-code': ['DE'],
        imc_id: id,
        imc_functions: ['protect', 'detect'],
        staff: [{ name: `Admin ${imc}`, role: 'System administrator', unit: 'Site', fte: 0.3 }],
      },
    ].slice(0, records - imc * 2)
  }).flat()
}

/** Runs the scenario on a fresh database of `engine`. */
export async function measureCliImport(options: {
  engine: Engine
  sizes?: readonly number[]
  log: (line: string) => void
}): Promise<CliImportFigures> {
  const db = await createDisposableDatabase({ engine: options.engine })
  const dir = await mkdtemp(join(tmpdir(), 'immd-bench-import-'))
  const yoga = createApi({ db })
  let requests = 0
  const server = createServer((req, res) => {
    if (req.method === 'POST') requests += 1
    return yoga(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
  const runs: CliImportRun[] = []
  try {
    // A warm-up import (not reported): module loading and JIT would otherwise land on the first size.
    for (const records of [WARM_UP_RECORDS, ...(options.sizes ?? CLI_IMPORT_SIZES)]) {
      const tag = `B${records}`
      const token = await createOrganizationToken(db, tag)
      const file = join(dir, `${tag}.json`)
      await writeFile(file, JSON.stringify(generateInventory(records, tag)))
      let stdout = ''
      const before = requests
      const started = performance.now()
      const exitCode = await main(['import', file, '--json'], {
        stdout: (text) => {
          stdout += text
        },
        stderr: () => {},
        env: { IMMD_API_URL: url, IMMD_TOKEN: token, HOME: '/nonexistent' },
        tty: false,
      })
      const seconds = (performance.now() - started) / 1000
      const result = JSON.parse(stdout)
      const run: CliImportRun = {
        records,
        imcs: Math.ceil(records / 2),
        seconds: Math.round(seconds * 100) / 100,
        msPerRecord: Math.round((seconds * 1_000_000) / records) / 1000,
        exitCode,
        created: result.summary?.created ?? 0,
        engagementsCreated: result.summary?.engagementsCreated ?? 0,
        requests: requests - before,
      }
      options.log(
        `cli import ${records} records: ${run.seconds} s, ${run.msPerRecord} ms/record, exit ${exitCode}, ${run.created} created, ${run.engagementsCreated} engagements, ${run.requests} requests`,
      )
      if (tag !== `B${WARM_UP_RECORDS}` || runs.length > 0) runs.push(run)
    }
  } finally {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await db.close()
    await rm(dir, { recursive: true, force: true })
  }
  const first = runs[0]
  const last = runs.at(-1)
  const ratio = first && last ? Math.round((last.msPerRecord / first.msPerRecord) * 100) / 100 : 0
  return { engine: options.engine, runs, ratio }
}

/** A new organization with a lead assessor and a read-write API token for it. */
async function createOrganizationToken(
  db: Awaited<ReturnType<typeof createDisposableDatabase>>,
  tag: string,
): Promise<string> {
  const organization = await db.prisma.organization.create({
    data: { slug: `bench-${tag.toLowerCase()}`, name: `Bench ${tag}` },
  })
  const user = await db.prisma.user.create({
    data: { email: `lead-${tag.toLowerCase()}@bench.example`, name: 'Bench lead' },
  })
  await db.prisma.membership.create({
    data: { organizationId: organization.id, userId: user.id, role: 'lead-assessor' },
  })
  const secret = `immd_${randomBytes(24).toString('base64url')}`
  await db.prisma.apiToken.create({
    data: {
      userId: user.id,
      organizationId: organization.id,
      name: 'bench',
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, 9),
      scope: 'read-write',
    },
  })
  return secret
}
