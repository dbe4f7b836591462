// Query-plan evidence for docs/performance.md (run by hand; not committed).
import Database from 'better-sqlite3'
import pg from 'pg'

const PAGE = `SELECT id, title, "updatedAt", "latestTotal" FROM "Engagement"`
async function postgres(db: string) {
  const c = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${db}` })
  await c.connect()
  await c.query('ANALYZE')
  const org = (await c.query(`SELECT id FROM "Organization" WHERE slug = 'synthetic'`)).rows[0].id
  const deep = (await c.query(`SELECT id, "updatedAt" FROM "Engagement" WHERE "organizationId" = $1 ORDER BY "updatedAt" DESC, id DESC OFFSET (SELECT count(*) * 9 / 10 FROM "Engagement") LIMIT 1`, [org])).rows[0]
  const cases: [string, string, unknown[]][] = [
    ['first page (updatedAt DESC)', `${PAGE} WHERE "organizationId" IN ($1) ORDER BY "updatedAt" DESC, id DESC LIMIT 21`, [org]],
    ['deep page (keyset at 90%)', `${PAGE} WHERE "organizationId" IN ($1) AND "updatedAt" <= $2 AND ("updatedAt" < $2 OR ("updatedAt" = $2 AND id < $3)) ORDER BY "updatedAt" DESC, id DESC LIMIT 21`, [org, deep.updatedAt, deep.id]],
    ['sorted by title ASC', `${PAGE} WHERE "organizationId" IN ($1) ORDER BY title ASC, id ASC LIMIT 21`, [org]],
    ['sorted by total DESC (numbers segment)', `${PAGE} WHERE "organizationId" IN ($1) AND "latestTotal" IS NOT NULL ORDER BY "latestTotal" DESC, id DESC LIMIT 21`, [org]],
    ['searched (ILIKE, escaped)', `${PAGE} WHERE "organizationId" IN ($1) AND (title ILIKE '%' || $2 || '%' OR "imcId" ILIKE '%' || $2 || '%') ORDER BY "updatedAt" DESC, id DESC LIMIT 21`, [org, 'engagement 777']],
    ['totalCount (bounded)', `SELECT count(*) FROM (SELECT 1 FROM "Engagement" WHERE "organizationId" IN ($1) LIMIT 10001) t`, [org]],
  ]
  for (const [name, sql, params] of cases) {
    const plan = (await c.query(`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${sql}`, params)).rows.map((r) => r['QUERY PLAN'])
    console.log(`\n### PostgreSQL ${db}: ${name}\n${plan.join('\n')}`)
  }
  await c.end()
}

function sqlite(path: string) {
  const d = new Database(path, { readonly: true })
  const org = (d.prepare(`SELECT id FROM "Organization" WHERE slug = 'synthetic'`).get() as { id: string }).id
  const detail = (d.prepare(`SELECT id FROM "Engagement" WHERE title = 'Bench engagement detail'`).get() as { id: string }).id
  const total = (d.prepare('SELECT count(*) AS n FROM "Engagement"').get() as { n: number }).n
  const deep = d.prepare(`SELECT id, "updatedAt" FROM "Engagement" WHERE "organizationId" = ? ORDER BY "updatedAt" DESC, id DESC LIMIT 1 OFFSET ?`).get(org, Math.floor(total * 0.9)) as { id: string; updatedAt: number }
  const cases: [string, string, unknown[]][] = [
    ['first page', `${PAGE} WHERE "organizationId" IN (?) ORDER BY "updatedAt" DESC, id DESC LIMIT 21`, [org]],
    ['deep page (keyset at 90%)', `${PAGE} WHERE "organizationId" IN (?) AND "updatedAt" <= ? AND ("updatedAt" < ? OR ("updatedAt" = ? AND id < ?)) ORDER BY "updatedAt" DESC, id DESC LIMIT 21`, [org, deep.updatedAt, deep.updatedAt, deep.updatedAt, deep.id]],
    ['sorted by title', `${PAGE} WHERE "organizationId" IN (?) ORDER BY title ASC, id ASC LIMIT 21`, [org]],
    ['sorted by total DESC (numbers)', `${PAGE} WHERE "organizationId" IN (?) AND "latestTotal" IS NOT NULL ORDER BY "latestTotal" DESC, id DESC LIMIT 21`, [org]],
    ['sorted by total ASC (nulls segment)', `${PAGE} WHERE "organizationId" IN (?) AND "latestTotal" IS NULL ORDER BY id ASC LIMIT 21`, [org]],
    ['search (FTS5 trigram)', `SELECT e.id FROM "EngagementSearch" s JOIN "Engagement" e ON e.rowid = s.rowid WHERE s."EngagementSearch" MATCH ? AND e."organizationId" IN (?) LIMIT 10001`, ['"engagement 777"', org]],
    ['totalCount (bounded)', `SELECT count(*) FROM (SELECT 1 FROM "Engagement" WHERE "organizationId" IN (?) LIMIT 10001)`, [org]],
  ]
  const old = `SELECT e.id, COALESCE(a.c, 0) FROM "Engagement" e LEFT JOIN (SELECT "engagementId", COUNT(*) AS c FROM "InterviewSession" WHERE 1=1 GROUP BY "engagementId") AS a ON (e.id = a."engagementId") LEFT JOIN (SELECT "engagementId", COUNT(*) AS c FROM "DataItem" WHERE 1=1 GROUP BY "engagementId") AS b ON (e.id = b."engagementId") WHERE e.id = ?`
  const rewritten = `SELECT e.id, (SELECT COUNT(*) FROM "InterviewSession" WHERE (1=1) AND "InterviewSession"."engagementId" = e.id), (SELECT COUNT(*) FROM "DataItem" WHERE (1=1) AND "DataItem"."engagementId" = e.id) FROM "Engagement" e WHERE e.id = ?`
  cases.push(['detail counts, as Prisma writes them (2 of the 9 relations)', old, [detail]], ['detail counts, rewritten', rewritten, [detail]])
  for (const [name, sql, params] of cases) {
    const plan = (d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail)
    const statement = d.prepare(sql)
    statement.all(...params)
    const started = performance.now()
    for (let i = 0; i < 10; i += 1) statement.all(...params)
    const ms = (performance.now() - started) / 10
    console.log(`\n### SQLite ${path.split('/').pop()}: ${name} (${ms.toFixed(2)} ms)\n${plan.join('\n')}`)
  }
}

const [engine, target] = process.argv.slice(2)
if (engine === 'postgresql') await postgres(target as string)
else sqlite(target as string)
