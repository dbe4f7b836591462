import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWorksheet, scoreWorksheet } from '../src/commands/score.js'
import { resolveConfig } from '../src/config.js'
import { CliError } from '../src/exit-codes.js'
import { main } from '../src/index.js'

let home: string

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'immd-home-'))
  await mkdir(join(home, '.config', 'immd'), { recursive: true })
  await writeFile(
    join(home, '.config', 'immd', 'config.json'),
    JSON.stringify({ apiUrl: 'https://file.example', token: 'from-file', organization: 'acme' }),
  )
})
afterAll(() => rm(home, { recursive: true, force: true }))

describe('configuration', () => {
  it('takes flags over the environment over the config file', async () => {
    const fromFile = await resolveConfig({ flags: {}, env: {}, home })
    expect(fromFile).toMatchObject({
      apiUrl: 'https://file.example/graphql',
      token: 'from-file',
      organization: 'acme',
    })
    const fromEnv = await resolveConfig({
      flags: {},
      env: { IMMD_API_URL: 'http://env:4000', IMMD_TOKEN: 'env' },
      home,
    })
    expect(fromEnv).toMatchObject({
      apiUrl: 'http://env:4000/graphql',
      token: 'env',
      organization: 'acme',
    })
    const fromFlags = await resolveConfig({
      flags: { apiUrl: 'http://flag/api/graphql', token: 'flag' },
      env: { IMMD_TOKEN: 'env' },
      home,
    })
    expect(fromFlags).toMatchObject({ apiUrl: 'http://flag/api/graphql', token: 'flag' })
  })

  it('defaults to localhost and refuses a missing explicit config file', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'immd-empty-'))
    expect(await resolveConfig({ flags: {}, env: {}, home: empty })).toEqual({
      apiUrl: 'http://localhost:4000/graphql',
      token: null,
      organization: null,
      configFile: null,
    })
    await expect(
      resolveConfig({ flags: { config: join(empty, 'nope.json') }, env: {}, home: empty }),
    ).rejects.toBeInstanceOf(CliError)
    await rm(empty, { recursive: true, force: true })
  })
})

describe('immd score', () => {
  it('scores a worksheet offline: derivation, band, threshold path', async () => {
    const file = join(home, 'worksheet.json')
    const answers = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`D${i + 1}`, i < 6 ? 'Likely Yes' : 'EQUALLY_LIKELY']),
    )
    await writeFile(
      file,
      JSON.stringify({ answers, threshold: 'High', rationale: { D1: ['+', '-'] } }),
    )
    const { score, sensitivity } = await scoreWorksheet({ file })
    expect(score.total).toBe(65)
    expect(score.band).toBe('high')
    expect(score.derivation).toBe('(75×6 + 50×4) / 10 = 65.0 → 65 → High')
    expect(sensitivity.pathToThreshold?.reachable).toBe(true)
    let stdout = ''
    const code = await main(['score', file], {
      stdout: (t) => {
        stdout += t
      },
      stderr: () => {},
      env: { HOME: home },
      tty: false,
    })
    expect(code).toBe(0)
    expect(stdout).toContain('Total: 65 · band high · complete')
  })

  it('reads an exported engagement document', () => {
    const worksheet = readWorksheet({
      format: 'immd-engagement',
      engagement: {
        method: null,
        methodVersion: 'immd-1.0',
        successThreshold: 'high',
        evaluations: [
          { driverId: 'D1', answer: 'yes', notApplicable: false },
          { driverId: 'D2', answer: null, notApplicable: true },
        ],
        dataItems: [{ effect: '+', drivers: ['D1', 'D3'] }],
      },
    })
    expect(worksheet.answers).toEqual({ D1: 'yes' })
    expect(worksheet.exclusions).toEqual([
      {
        driverId: 'D2',
        reason: 'Marked not applicable at evaluation time (migrated to a tailoring decision).',
        origin: 'migrated',
      },
    ])
    expect(worksheet.rationale).toEqual({ D1: ['+'], D3: ['+'] })
  })

  it('exits 2 on an unreadable file', async () => {
    const code = await main(['score', join(home, 'missing.json')], {
      stdout: () => {},
      stderr: () => {},
      env: { HOME: home },
      tty: false,
    })
    expect(code).toBe(2)
  })
})
