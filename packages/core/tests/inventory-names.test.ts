/**
 * Team and staff names of an inventory (issue #23): a NUL is refused with its path, bidi controls
 * (which can make one name look like another) are stripped, right-to-left letters stay.
 */
import { describe, expect, it } from 'vitest'
import { parseInventory } from '../src/inventory/parse-inventory.js'

const record = (fields: Record<string, unknown>) =>
  JSON.stringify([{ imc_id: 'imc-x', model: 'security_team', ...fields }])

describe('names in an inventory', () => {
  it('strips bidi overrides and isolates from team and staff names', () => {
    const result = parseInventory({
      format: 'json',
      text: record({
        'short-team-name': 'CERT\u202Egpj.exe',
        'official-team-name': '\u2067فريق الاستجابة\u2069 CSIRT',
        staff: [{ name: 'Ana\u202D Example', role: 'lead' }],
      }),
    })
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(result.records[0]).toMatchObject({
      'short-team-name': 'CERTgpj.exe',
      'official-team-name': 'فريق الاستجابة CSIRT',
      staff: [{ name: 'Ana Example' }],
    })
  })

  it('refuses a NUL in a name, and a name that is nothing but controls, naming the field', () => {
    const result = parseInventory({
      format: 'json',
      text: record({
        'short-team-name': 'CERT\u0000X',
        'official-team-name': 'Official',
        staff: [{ name: '\u202E\u202C' }],
      }),
    })
    const errors = result.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.field}: ${problem.message}`)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/short-team-name.*must not contain a NUL character/),
        expect.stringMatching(/name.*must not be empty/),
      ]),
    )
  })
})
