// `pnpm --filter @immd/bench bench:sqlite-long-reads [--engagements 50000] [--workers 0,2,3]
// [--seconds 8]`: on the scaling mode's SQLite data set, a cheap query's latency while two loops
// run a long read (a GROUP BY over every scope entry), once per read-worker count (issue #22).
import { parseArgs } from 'node:util'
import { createDatabase } from '@immd/db/client'
import { prepareBenchData } from './data/bench-data.js'

const { values } = parseArgs({
  options: {
    engagements: { type: 'string', default: '50000' },
    workers: { type: 'string', default: '0,2,3' },
    seconds: { type: 'string', default: '8' },
  },
})
const engagements = Number(values.engagements)
const LONG_READ =
  'SELECT "engagementId", count(*) AS n FROM "ScopeEntry" GROUP BY "engagementId" ORDER BY n DESC LIMIT 5'

const percentile = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0) * 10,
  ) / 10

const data = await prepareBenchData({
  engine: 'sqlite',
  engagements,
  postgresUrl: '',
  // The scaling mode's data set, so both reuse one seeding.
  name: `immd-bench-scale-${engagements}`,
  log: (line) => console.log(line),
})
for (const workers of values.workers.split(',').map(Number)) {
  const db = createDatabase({ url: data.url, sqliteReadWorkers: workers })
  try {
    await db.prisma.organization.findFirst()
    const alone = performance.now()
    await db.prisma.$queryRawUnsafe(LONG_READ)
    const longMs = Math.round(performance.now() - alone)
    let running = true
    let longReads = 0
    const loop = async () => {
      while (running) {
        await db.prisma.$queryRawUnsafe(LONG_READ)
        longReads += 1
      }
    }
    const loops = [loop(), loop()]
    const latencies: number[] = []
    const until = performance.now() + Number(values.seconds) * 1000
    while (performance.now() < until) {
      const started = performance.now()
      await db.prisma.organization.findFirst()
      latencies.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    running = false
    await Promise.all(loops)
    latencies.sort((a, b) => a - b)
    console.log(
      `${engagements} engagements, ${workers} read workers: long read ${longMs} ms alone; cheap query p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${percentile(latencies, 100)} ms (${latencies.length} cheap, ${longReads} long reads)`,
    )
  } finally {
    await db.close()
  }
}
