import { describe, expect, it } from 'vitest'
import { parseInventory } from '../src/inventory/parse-inventory.js'

const json = (records: unknown[]) =>
  parseInventory({ text: JSON.stringify(records), format: 'json' })
const brief = (problems: ReturnType<typeof parseInventory>['problems']) =>
  problems.map((p) => `${p.severity} ${p.code} ${p.field ?? ''}: ${p.message}`)

describe('services vocabularies', () => {
  it("accepts the handbook's chapter-5 service names in the cert-legacy catalogue", () => {
    const result = json([
      {
        'short-team-name': 'A',
        services: {
          framework: 'cert-legacy',
          offered: [
            'Alerts and Warnings',
            'Incident Analysis',
            'Incident Response Support',
            'Incident Response Coordination',
            'Vulnerability and Artifact Response Coordination',
            'Announcements',
            'Incident Response On Site',
            'Vulnerability and Artifact Analysis',
          ],
        },
      },
    ])
    expect(result.problems).toEqual([])
  })

  it('accepts FIRST v2.1 service areas and services by number or name', () => {
    const result = json([
      {
        'short-team-name': 'A',
        services: {
          framework: 'first-v2.1',
          offered: ['6', '6.1.2', 'Situational Awareness', 'vulnerability coordination', '9.4'],
        },
      },
    ])
    expect(result.problems).toEqual([])
  })

  it('maps legacy CERT names given under first-v2.1 and flags unknown services', () => {
    const result = json([
      {
        'short-team-name': 'A',
        services: {
          framework: 'first-v2.1',
          offered: ['Incident analysis', 'Risk Analysis', 'Coffee', '10.1'],
        },
      },
    ])
    expect(brief(result.problems)).toEqual([
      'warning legacy-service-name services.offered[0]: "Incident analysis" is a CERT/CC service name; under first-v2.1 it maps to 6.2 (crosswalk, inferred)',
      'warning legacy-service-name services.offered[1]: "Risk Analysis" is a CERT/CC service name; under first-v2.1 it has no FIRST v2.1 equivalent (crosswalk, inferred)',
      'warning unknown-service services.offered[2]: "Coffee" is not a service of the first-v2.1 catalogue',
      'warning unknown-service services.offered[3]: "10.1" is not a service of the first-v2.1 catalogue',
    ])
    expect(result.records).toHaveLength(1)
  })
})

describe('authority: analysis and response', () => {
  it('reads the split form and the old single key (same level for both)', () => {
    const result = json([
      { 'short-team-name': 'A', authority: { analysis: 'full', response: 'Shared' } },
      { 'short-team-name': 'B', authority: 'none' },
      { 'short-team-name': 'C', authority: { response: 'full' } },
    ])
    expect(result.problems).toEqual([])
    expect(result.records.map((record) => record.authority)).toEqual([
      { analysis: 'full', response: 'shared' },
      { analysis: 'none', response: 'none' },
      { response: 'full' },
    ])
  })

  it('reads CSV columns authority.analysis and authority.response, and the old authority column', () => {
    const text = ['short-team-name,authority.analysis,authority.response', 'A,full,shared'].join(
      '\n',
    )
    expect(parseInventory({ text, format: 'csv' }).records[0]?.authority).toEqual({
      analysis: 'full',
      response: 'shared',
    })
    const old = parseInventory({ text: 'short-team-name,authority\nB,shared\n', format: 'csv' })
    expect(old.records[0]?.authority).toEqual({ analysis: 'shared', response: 'shared' })
  })

  it('rejects unknown levels and unknown keys', () => {
    const result = json([
      { 'short-team-name': 'A', authority: 'partial' },
      { 'short-team-name': 'B', authority: { analysis: 'full', decide: 'none' } },
    ])
    expect(result.problems.map((p) => [p.record, p.code, p.field])).toEqual([
      [0, 'invalid-value', 'authority'],
      [1, 'invalid-value', 'authority'],
    ])
  })
})

describe('CSV errors, country codes and e-mail lists', () => {
  it('reports an unterminated quote with its row and column and reads no record', () => {
    const text = ['short-team-name,model', 'A,combined', 'B,"combined', 'C,combined', ''].join('\n')
    const result = parseInventory({ text, format: 'csv' })
    expect(result.records).toEqual([])
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'syntax-error',
        input: 'inventory',
        row: 2,
        column: 2,
        line: 3,
        format: 'csv',
        rule: 'unterminated-quote',
        message:
          'CSV syntax error: the quote opened in row 2, column 2 (line 3) is never closed, so every later row would be read into that cell; nothing is read from this file',
      },
    ])
  })

  it('reports the same for the staff CSV, pointing into it', () => {
    const staff = 'short-team-name,name,role\nA,Ann,"manager\nA,Bob,member\n'
    const result = parseInventory({ text: 'short-team-name\nA\n', format: 'csv', staffCsv: staff })
    expect(result.problems.map((p) => [p.code, p.input, p.row, p.column])).toEqual([
      ['syntax-error', 'staff', 1, 3],
    ])
  })

  it('names a country name given as a country code, instead of calling the field missing', () => {
    const result = json([{ 'short-team-name': 'A', 'country-code': 'Germany' }])
    expect(brief(result.problems)).toEqual([
      'error invalid-value country-code[0]: country-code[0] must be an ISO 3166-1 alpha-2 country code such as DE or LU, not a country name (put the name in "country") (got "Germany")',
    ])
  })

  it('accepts several e-mail addresses in one cell, separated by ";", and names a bad one', () => {
    const text = [
      'short-team-name,email',
      'A,csirt@a.example; soc@a.example',
      'B,csirt@b.example;not-an-address',
    ].join('\n')
    const result = parseInventory({ text, format: 'csv' })
    expect(result.records.map((record) => record.email)).toEqual(['csirt@a.example; soc@a.example'])
    expect(brief(result.problems)).toEqual([
      'error invalid-value email: email must be e-mail addresses separated by ";" ("not-an-address" is not one) (got "csirt@b.example;not-an-address")',
    ])
    expect(
      json([{ 'short-team-name': 'C', email: ['a@c.example', 'b@c.example'] }]).records[0]?.email,
    ).toBe('a@c.example; b@c.example')
  })
})
