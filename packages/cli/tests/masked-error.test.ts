/**
 * A masked server error: the CLI cannot say what went wrong (the server hides it), so it prints
 * the correlation id the server logged the cause under, in the human message and in `--json`, and
 * the operator finds the cause in the server's log with that id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/index.js'
import { startTestApiServer, type TestApiServer } from './support/api-server.js'

describe('immd on a masked server error', () => {
  let server: TestApiServer

  beforeAll(async () => {
    server = await startTestApiServer()
    // A real fault inside the server: the table the engagement list reads is gone.
    await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Engagement" RENAME TO "EngagementGone"')
  })
  afterAll(() => server?.close())

  async function immd(args: string[]) {
    let stdout = ''
    let stderr = ''
    const code = await main(args, {
      stdout: (text) => {
        stdout += text
      },
      stderr: (text) => {
        stderr += text
      },
      env: { IMMD_API_URL: server.url, IMMD_TOKEN: server.token, HOME: '/nonexistent' },
      tty: false,
    })
    return { code, stdout, stderr }
  }

  it('prints the server’s correlation id in the human message and in --json, and the log has it', async () => {
    const human = await immd(['engagements', 'list'])
    expect(human.code).toBe(1)
    const humanId = /correlation id ([0-9a-f-]{36})/.exec(human.stderr)?.[1]
    expect(human.stderr).toContain('The API failed: Unexpected error.')
    expect(human.stderr).not.toContain('EngagementGone')
    expect(humanId).toBeDefined()

    const json = await immd(['engagements', 'list', '--json'])
    expect(json.code).toBe(1)
    const answer = JSON.parse(json.stdout) as {
      error: string
      exitCode: number
      correlationId: string
    }
    expect(answer.exitCode).toBe(1)
    expect(answer.correlationId).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.error).toContain(answer.correlationId)
    expect(answer.correlationId).not.toBe(humanId)

    // Each id names the server's log entry of that failure, with the cause the client never saw.
    const logged = server.loggedErrors()
    for (const id of [humanId, answer.correlationId]) {
      const entry = logged.find((item) => item.correlationId === id)
      expect(entry?.route).toBe('graphql')
      expect(entry?.message).toMatch(/Engagement/)
    }
  })
})
