/**
 * Relation counts on SQLite that read one parent's children, not the whole child table.
 *
 * Prisma's query compiler writes every `_count` selection (Pothos's connection `totalCount`, the
 * lifecycle snapshot's counts) as a join with an aggregate over the entire child table:
 *
 * ```sql
 * SELECT …, COALESCE(`aggr_selection_0_ScopeEntry`.`_aggr_count_scopeEntries`, 0) AS …
 * FROM `main`.`Engagement`
 * LEFT JOIN (SELECT `main`.`ScopeEntry`.`engagementId`, COUNT(*) AS `_aggr_count_scopeEntries`
 *            FROM `main`.`ScopeEntry` WHERE 1=1 GROUP BY `main`.`ScopeEntry`.`engagementId`)
 *   AS `aggr_selection_0_ScopeEntry` ON (`main`.`Engagement`.`id` = `aggr_selection_0_ScopeEntry`.`engagementId`)
 * WHERE `main`.`Engagement`.`id` = ?
 * ```
 *
 * PostgreSQL pushes the parent's key into the grouped subquery; SQLite cannot (it materialises the
 * aggregate over every row of the child table, then joins), so one engagement's detail cost grew
 * with the size of the portfolio (386 ms at 50,000 engagements, all of it on the event loop).
 * The rewrite turns each such join into the equivalent correlated subquery, which SQLite answers
 * from the child's foreign-key index:
 *
 * ```sql
 * SELECT …, (SELECT COUNT(*) FROM `main`.`ScopeEntry` WHERE (1=1)
 *            AND `main`.`ScopeEntry`.`engagementId` = `main`.`Engagement`.`id`) AS …
 * ```
 *
 * Same rows, same columns, same statement count; statements without the pattern pass unchanged.
 *
 * @packageDocumentation
 */

// The join Prisma writes for one relation count. The filter (group 4) is matched lazily up to the
// exact `GROUP BY <child>.<key>) AS <alias> ON (` that closes it, so nested parentheses inside
// the filter (EXISTS subqueries of `some` filters) stay inside it.
const COUNT_JOIN =
  / LEFT JOIN \(SELECT `main`\.`(\w+)`\.`(\w+)`, COUNT\(\*\) AS `(\w+)` FROM `main`\.`\1` WHERE (.*?) GROUP BY `main`\.`\1`\.`\2`\) AS `(aggr_selection_\d+_\w+)` ON \(((?:`main`\.)?`\w+`\.`\w+`) = `\5`\.`\2`\)/g

/**
 * Replaces each placeholder outside quoted text: a `?` with the digits after it (none in Prisma's
 * own SQL, the numbers given by the first pass afterwards).
 */
function mapPlaceholders(sql: string, replace: (digits: string) => string): string {
  let out = ''
  let quote: string | null = null
  for (let at = 0; at < sql.length; at += 1) {
    const char = sql[at] as string
    if (quote) {
      if (char === quote) quote = null
      out += char
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char
      out += char
    } else if (char === '?') {
      let end = at + 1
      while (end < sql.length && /\d/.test(sql[end] as string)) end += 1
      out += replace(sql.slice(at + 1, end))
      at = end - 1
    } else {
      out += char
    }
  }
  return out
}

/** A rewritten statement: its SQL and, per `?` of it, the index of the original argument. */
export interface RewrittenStatement {
  sql: string
  argumentOrder: number[]
}

/**
 * Rewrites Prisma's relation-count joins of a SQLite statement into correlated subqueries (see the
 * module comment); returns null when it has none. Placeholders are numbered before the filters
 * move, and the order of the arguments follows them (better-sqlite3 binds only anonymous `?`
 * positionally).
 */
export function rewriteRelationCounts(sql: string): RewrittenStatement | null {
  if (!sql.includes(' LEFT JOIN (SELECT ') || !sql.includes('COUNT(*) AS `_aggr_count_'))
    return null
  let count = 0
  let numberedAlready = false
  const numbered = mapPlaceholders(sql, (digits) => {
    if (digits) numberedAlready = true
    count += 1
    return `?${count}`
  })
  // Only Prisma's anonymous placeholders are renumbered; anything else runs as written.
  if (numberedAlready) return null
  const counts = new Map<string, string>()
  const withoutJoins = numbered.replace(
    COUNT_JOIN,
    (join, child: string, key: string, _column, filter: string, alias: string, parent: string) => {
      // A count of the parent's own table would make `main`.`T`.`id` ambiguous: keep the join.
      if (parent.startsWith(`\`main\`.\`${child}\`.`)) return join
      counts.set(
        alias,
        `(SELECT COUNT(*) FROM \`main\`.\`${child}\` WHERE (${filter}) AND \`main\`.\`${child}\`.\`${key}\` = ${parent})`,
      )
      return ''
    },
  )
  if (counts.size === 0) return null
  let rewritten = withoutJoins
  for (const [alias, subquery] of counts) {
    const column = new RegExp(`COALESCE\\(\`${alias}\`\\.\`(\\w+)\`, 0\\)`, 'g')
    rewritten = rewritten.replace(column, () => subquery)
    // Any other reference to the removed join means a shape this rewrite does not know.
    if (rewritten.includes(`\`${alias}\``)) return null
  }
  const argumentOrder: number[] = []
  const anonymous = mapPlaceholders(rewritten, (digits) => {
    argumentOrder.push(Number(digits) - 1)
    return '?'
  })
  return { sql: anonymous, argumentOrder }
}
