// Child process of the cross-process concurrency test: opens its own client, says "ready", waits
// for "go" on stdin, records one evaluation and prints the outcome as JSON.
import { createInterface } from 'node:readline'
import { createDatabase } from '../../src/client.js'
import { recordDriverEvaluation } from '../../src/evaluation-repository.js'

const [url = '', engagementId = '', driverId = '', answer = 'yes', userId = ''] =
  process.argv.slice(2)
const db = createDatabase({ url })
await db.prisma.$queryRawUnsafe('SELECT 1') // connect before the race starts
console.log('ready')
const lines = createInterface({ input: process.stdin })
for await (const line of lines) {
  if (line.trim() !== 'go') continue
  try {
    const { evaluation } = await recordDriverEvaluation(db.prisma, {
      engagementId,
      driverId,
      expectedVersion: 1,
      answer: answer as 'yes',
      actor: { kind: 'user', id: userId },
    })
    console.log(JSON.stringify({ ok: true, version: evaluation.version }))
  } catch (error) {
    console.log(
      JSON.stringify({ ok: false, code: (error as { code?: string }).code ?? String(error) }),
    )
  }
  break
}
lines.close()
await db.close()
