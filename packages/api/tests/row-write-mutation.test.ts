/**
 * `decodeInputIds` (`schema/row-write-mutation.ts`): what every worksheet's add and update
 * mutations hand their domain functions. Global ids become database ids, alone or in lists;
 * `null` (clear a link) and omitted (keep it) stay distinct; other values are passed as they are.
 */
import { describe, expect, it } from 'vitest'
import { decodeInputIds } from '../src/schema/row-write-mutation.js'

const id = (typename: string, value: string) => ({ typename, id: value })

describe('decodeInputIds', () => {
  it('replaces global ids, alone or in lists, by database ids', () => {
    const decoded = decodeInputIds({
      engagementId: id('Engagement', 'e1'),
      participantIds: [id('ScopeEntry', 's1'), id('ScopeEntry', 's2')],
      title: 'Interview 1',
    })
    expect(decoded).toEqual({
      engagementId: 'e1',
      participantIds: ['s1', 's2'],
      title: 'Interview 1',
    })
  })

  it('keeps null and omitted apart, and empty lists empty', () => {
    const decoded = decodeInputIds({
      id: id('Improvement', 'i1'),
      ownerId: null,
      dataItemIds: [] as { typename: string; id: string }[],
      dueAt: undefined,
    })
    expect(decoded).toEqual({ id: 'i1', ownerId: null, dataItemIds: [], dueAt: undefined })
    expect('dueAt' in decoded).toBe(true)
    expect(Object.keys(decodeInputIds({ id: id('Document', 'd1') }))).toEqual(['id'])
  })

  it('passes every other value as it is, nested objects and mixed lists included', () => {
    const ratings = [{ driverId: 'D1', answer: 'yes', note: null }]
    const heldAt = new Date('2026-03-01T09:00:00.000Z')
    const decoded = decodeInputIds({
      sessionId: id('Interview', 'x'),
      ratings,
      heldAt,
      functions: ['csirt', 'soc'],
      mixed: [id('Team', 't1'), 'not an id'],
      version: 3,
    })
    expect(decoded.ratings).toBe(ratings)
    expect(decoded.heldAt).toBe(heldAt)
    expect(decoded.functions).toEqual(['csirt', 'soc'])
    expect(decoded.mixed).toEqual([id('Team', 't1'), 'not an id'])
    expect(decoded.version).toBe(3)
    expect(decoded.sessionId).toBe('x')
  })
})
