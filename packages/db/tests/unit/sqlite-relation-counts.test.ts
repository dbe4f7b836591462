import { describe, expect, it } from 'vitest'
import { rewriteRelationCounts } from '../../src/sqlite-relation-counts.js'

const join = (n: number, child: string, column: string, filter: string) =>
  ` LEFT JOIN (SELECT \`main\`.\`${child}\`.\`engagementId\`, COUNT(*) AS \`_aggr_count_${column}\` FROM \`main\`.\`${child}\` WHERE ${filter} GROUP BY \`main\`.\`${child}\`.\`engagementId\`) AS \`aggr_selection_${n}_${child}\` ON (\`main\`.\`Engagement\`.\`id\` = \`aggr_selection_${n}_${child}\`.\`engagementId\`)`
const column = (n: number, child: string, name: string) =>
  `COALESCE(\`aggr_selection_${n}_${child}\`.\`_aggr_count_${name}\`, 0) AS \`_aggr_count_${name}\``

describe('rewriteRelationCounts', () => {
  it('leaves statements without relation counts alone', () => {
    expect(
      rewriteRelationCounts(
        'SELECT `main`.`Engagement`.`id` FROM `main`.`Engagement` WHERE `id` = ?',
      ),
    ).toBeNull()
  })

  it('turns each count join into a correlated subquery and keeps every argument with its placeholder', () => {
    const sql = `SELECT \`main\`.\`Engagement\`.\`id\`, ${column(0, 'DataItem', 'dataItems')}, ${column(1, 'InterviewSession', 'interviews')} FROM \`main\`.\`Engagement\`${join(0, 'DataItem', 'dataItems', "(`main`.`DataItem`.`effect` IN (?,?) AND `main`.`DataItem`.`note` = 'a?b')")}${join(1, 'InterviewSession', 'interviews', '`main`.`InterviewSession`.`heldAt` > ?')} WHERE \`main\`.\`Engagement\`.\`id\` = ? LIMIT ? OFFSET ?`
    const rewritten = rewriteRelationCounts(sql)
    expect(rewritten?.sql).toBe(
      "SELECT `main`.`Engagement`.`id`, (SELECT COUNT(*) FROM `main`.`DataItem` WHERE ((`main`.`DataItem`.`effect` IN (?,?) AND `main`.`DataItem`.`note` = 'a?b')) AND `main`.`DataItem`.`engagementId` = `main`.`Engagement`.`id`) AS `_aggr_count_dataItems`, (SELECT COUNT(*) FROM `main`.`InterviewSession` WHERE (`main`.`InterviewSession`.`heldAt` > ?) AND `main`.`InterviewSession`.`engagementId` = `main`.`Engagement`.`id`) AS `_aggr_count_interviews` FROM `main`.`Engagement` WHERE `main`.`Engagement`.`id` = ? LIMIT ? OFFSET ?",
    )
    // The join filters' placeholders (0, 1, 2) came after none and before the WHERE's (3, 4, 5).
    expect(rewritten?.argumentOrder).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('reorders arguments when a filtered count moves ahead of earlier placeholders', () => {
    const sql = `SELECT \`main\`.\`Engagement\`.\`id\`, ${column(0, 'DataItem', 'dataItems')} FROM (SELECT * FROM \`main\`.\`Engagement\` WHERE \`title\` = ?) AS \`main\`.\`Engagement\`${join(0, 'DataItem', 'dataItems', '`main`.`DataItem`.`effect` = ?')} LIMIT ?`
    expect(rewriteRelationCounts(sql)?.argumentOrder).toEqual([1, 0, 2])
  })

  it('keeps a count of the parent’s own table as a join (its columns would be ambiguous)', () => {
    const sql = `SELECT ${column(0, 'Engagement', 'successors')} FROM \`main\`.\`Engagement\`${join(0, 'Engagement', 'successors', '1=1')}`
    expect(rewriteRelationCounts(sql)).toBeNull()
  })
})
