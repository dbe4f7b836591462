import { describe, expect, it } from 'vitest'
import { detectInventoryFormat, parseInventory } from '../src/inventory/parse-inventory.js'
import acmeYaml from './fixtures/acme-distributed.yaml?raw'
import girtJson from './fixtures/girt-envelope.json?raw'
import invalidYaml from './fixtures/invalid-staff.yaml?raw'

const summarize = (problems: ReturnType<typeof parseInventory>['problems']) =>
  problems.map((p) => [p.severity, p.code, p.record, p.field, p.line].join(' '))

describe('YAML inventories', () => {
  it('reads the ACME distributed CSIRT without problems', () => {
    const result = parseInventory({ text: acmeYaml, format: 'yaml' })
    expect(result.problems).toEqual([])
    expect(result.format).toBe('yaml')
    expect(result.records.map((record) => record['short-team-name'])).toEqual([
      'ACME-CSIRT',
      'ACME-MUC',
      'ACME-DAL',
      'ACME-BLR',
    ])
    const hq = result.records[0]
    expect(hq?.success_threshold).toBe('high')
    expect(hq?.staff?.[0]).toMatchObject({ name: 'Dana Weber', fte: 1, backup: 'Ravi Menon' })
    expect(hq?.extended_staff).toEqual([
      { group: 'legal', name: 'ACME Legal Department', contact: 'legal@acme.example' },
      'pr',
    ])
    expect(result.recordIndexes).toEqual([0, 1, 2, 3])
  })

  it('reports every problem of a faulty file with its line, field and record', () => {
    const result = parseInventory({ text: invalidYaml, format: 'yaml' })
    expect(summarize(result.problems)).toEqual([
      'error invalid-value 0 country-code[1] 5',
      'error invalid-value 0 email 6',
      'error invalid-value 0 authority 9',
      'error invalid-value 0 staff[1].fte 17',
      'error missing-field 0 staff[2].name 18',
      'warning unknown-field 0 favourite_colour 20',
      'error invalid-value 0 success_threshold 21',
      'error duplicate-short-team-name 1 short-team-name 22',
      'error missing-field 2 short-team-name 24',
    ])
    expect(result.records).toEqual([])
    expect(result.recordCount).toBe(3)
  })

  it('points a bad fte at its value: line 17, column 14', () => {
    const fte = parseInventory({ text: invalidYaml, format: 'yaml' }).problems.find(
      (problem) => problem.field === 'staff[1].fte',
    )
    expect(fte).toEqual({
      severity: 'error',
      code: 'invalid-value',
      record: 0,
      field: 'staff[1].fte',
      line: 17,
      column: 14,
      input: 'inventory',
      rule: 'fte-range',
      value: '1.5',
      message:
        'staff[1].fte must be a number between 0 and 1 (a share of a full-time position) (got 1.5)',
    })
  })

  it('reports a syntax error with its line and reads no records', () => {
    const text = 'teams:\n  - short-team-name: A\n    staff:\n      - name: x\n       fte: 2\n'
    const result = parseInventory({ text, format: 'yaml' })
    expect(result.records).toEqual([])
    expect(result.problems).toMatchObject([{ severity: 'error', code: 'syntax-error', line: 5 }])
  })

  it('reads every document of a YAML stream and keeps record indexes across documents', () => {
    const text =
      'short-team-name: ONE\n---\n- short-team-name: TWO\n- short-team-name: THREE\n  fte: 1\n'
    const result = parseInventory({ text, format: 'yaml' })
    expect(result.records.map((record) => record['short-team-name'])).toEqual([
      'ONE',
      'TWO',
      'THREE',
    ])
    expect(summarize(result.problems)).toEqual(['warning unknown-field 2 fte 5'])
  })

  it('keeps unknown keys on the record and warns, at every level', () => {
    const text = [
      'short-team-name: KEEP',
      'shoe_size: 44',
      '-first-member-type: Liaison',
      'staff:',
      '  - name: Ann',
      '    pager: "555"',
      'services:',
      '  offered: ["6.1"]',
      '  tier: gold',
    ].join('\n')
    const result = parseInventory({ text, format: 'yaml' })
    expect(summarize(result.problems)).toEqual([
      'warning unknown-field 0 shoe_size 2',
      'warning unknown-field 0 staff[0].pager 6',
      'warning unknown-field 0 services.tier 9',
    ])
    expect(result.records[0]).toMatchObject({ shoe_size: 44, '-first-member-type': 'Liaison' })
    expect(result.records[0]?.staff?.[0]).toMatchObject({ pager: '555' })
  })

  it('warns about services unknown to the catalogue and core services not offered', () => {
    const text = [
      'short-team-name: SVC',
      'services:',
      '  framework: first-v2.1',
      '  offered: ["6.1", "6.1.2", "6.9"]',
      '  core: ["6.1", "7.3"]',
      '- short-team-name: LEGACY',
    ]
      .slice(0, 5)
      .join('\n')
    expect(summarize(parseInventory({ text, format: 'yaml' }).problems)).toEqual([
      'warning unknown-service 0 services.offered[2] 4',
      'warning core-service-not-offered 0 services.core[1] 5',
    ])
    const legacy =
      'short-team-name: L\nservices:\n  framework: CERT-legacy\n  offered: [incident analysis, Juggling]\n'
    expect(summarize(parseInventory({ text: legacy, format: 'yaml' }).problems)).toEqual([
      'warning unknown-service 0 services.offered[1] 4',
    ])
  })

  it('normalises case-insensitive vocabularies and single strings given for lists', () => {
    const text =
      'short-team-name: N\nmodel: Internal_Centralized\ncountry-code: de\nimc_functions: Respond\nsuccess_threshold: EXCELLENT\n'
    const [record] = parseInventory({ text, format: 'yaml' }).records
    expect(record).toMatchObject({
      model: 'internal_centralized',
      'country-code': ['DE'],
      imc_functions: ['respond'],
      success_threshold: 'excellent',
    })
  })

  it('warns when the file holds no records', () => {
    expect(parseInventory({ text: '# nothing yet\n', format: 'yaml' }).problems).toMatchObject([
      { severity: 'warning', code: 'empty-inventory' },
    ])
  })
})

describe('JSON inventories', () => {
  it('reads a Global IRT API envelope ({ data: [...] })', () => {
    const result = parseInventory({ text: girtJson, format: 'json' })
    expect(result.problems).toEqual([])
    expect(result.records).toHaveLength(2)
    expect(result.records[0]).toMatchObject({
      'short-team-name': 'EXAMPLE-CERT',
      'country-code': ['LU'],
      'cert-type': ['national', 'government'],
      languages: ['eng', 'fre'],
      'operating-hours': { mon_1_open: '09:00', mon_2_close: '17:30' },
      '-first-member-type': 'Full Member',
    })
    expect(result.records[1]).toMatchObject({
      'cert-type': ['NREN'],
      'additional-country-code': ['BE'],
    })
  })

  it('reads a plain array, a { teams: [...] } object and a single record', () => {
    const names = (text: string) =>
      parseInventory({ text, format: 'json' }).records.map((record) => record['short-team-name'])
    expect(names('[{"short-team-name": "A"}, {"short-team-name": "B"}]')).toEqual(['A', 'B'])
    expect(names('{"teams": [{"short-team-name": "C"}]}')).toEqual(['C'])
    expect(names('{"short-team-name": "D"}')).toEqual(['D'])
  })

  it('reports invalid JSON syntax with its line (the missing comma of the GIRT example)', () => {
    const text = [
      '[',
      '  {',
      '    "short-team-name": "CIRCL",',
      '    "last-modified": "2015-06-03T14:05:27+00:00"',
      '    "cert-type": ["national"]',
      '  }',
      ']',
    ].join('\n')
    const result = parseInventory({ text, format: 'json' })
    expect(result.records).toEqual([])
    expect(result.problems).toMatchObject([
      { severity: 'error', code: 'syntax-error', line: 5, column: 5 },
    ])
    expect(result.problems[0]?.message).toMatch(
      /^JSON syntax error: Missing , between flow map items/,
    )
  })

  it('reports an unclosed array on the line where the text ends', () => {
    const result = parseInventory({ text: '[\n  {"short-team-name": "A"}\n', format: 'json' })
    expect(result.problems.map((p) => [p.code, p.line])).toContainEqual(['syntax-error', 3])
  })

  it('reads JSON with a trailing comma leniently but warns on its line', () => {
    const text = '[\n  {"short-team-name": "A"},\n]'
    const result = parseInventory({ text, format: 'json' })
    expect(result.records).toHaveLength(1)
    expect(result.problems).toMatchObject([
      { severity: 'warning', code: 'json-not-strict', line: 3 },
    ])
  })

  it('accepts strict JSON with escapes silently and flags other leniencies on their line', () => {
    const strict =
      '[{"short-team-name": "A\\u00e9\\n\\"q\\"", "fte-note": -1.5e3, "x": [true, null]}]'
    expect(parseInventory({ text: strict, format: 'json' }).problems.map((p) => p.code)).toEqual([
      'unknown-field',
      'unknown-field',
    ])
    const lenient = (text: string) =>
      parseInventory({ text, format: 'json' }).problems.map((p) => [p.code, p.line, p.message])
    expect(lenient("[\n  {'short-team-name': 'A'}\n]")).toEqual([
      [
        'json-not-strict',
        2,
        'not strict JSON (read leniently): expected a double-quoted property name',
      ],
    ])
    expect(lenient('[\n  {"short-team-name": "A"} # note\n]')).toEqual([
      ['json-not-strict', 2, 'not strict JSON (read leniently): expected "," or "]"'],
    ])
  })

  it('maps field errors to their JSON line', () => {
    const text = [
      '{"teams": [',
      '  {"short-team-name": "OK"},',
      '  {',
      '    "short-team-name": "BAD",',
      '    "establishment": "2015-02-30",',
      '    "website": ["ftp://files.example"],',
      '    "staff": [{"name": "Al", "fte": "half"}]',
      '  }',
      ']}',
    ].join('\n')
    const result = parseInventory({ text, format: 'json' })
    expect(summarize(result.problems)).toEqual([
      'error invalid-value 1 establishment 5',
      'error invalid-value 1 website[0] 6',
      'error invalid-value 1 staff[0].fte 7',
    ])
    expect(result.problems[2]?.message).toBe(
      'staff[0].fte must be a number between 0 and 1 (a share of a full-time position) (got "half")',
    )
    expect(result.records.map((record) => record['short-team-name'])).toEqual(['OK'])
    expect(result.recordIndexes).toEqual([0])
  })

  it('reads strict JSON with JSON.parse yet reports the problems and positions the yaml reader finds', () => {
    // Strict JSON takes the fast path (no node tree unless a problem needs a position); the same
    // text read as YAML (a superset) goes through the yaml reader: both must agree exactly.
    const text = JSON.stringify(
      [
        { 'short-team-name': 'OK', 'country-code': ['DE'] },
        {
          'short-team-name': 'BAD',
          email: 'not-an-address',
          favourite_colour: 'blue',
          staff: [{ name: 'Al', fte: 2 }, { role: 'no name' }],
          services: { framework: 'first-v2.1', offered: ['6.1', '99.9'] },
        },
        { 'short-team-name': 'ok' },
        'not a record',
      ],
      null,
      2,
    )
    for (const input of [text, `\uFEFF${text}`, JSON.stringify({ teams: JSON.parse(text) })]) {
      const json = parseInventory({ text: input, format: 'json' })
      const yaml = parseInventory({ text: input, format: 'yaml' })
      expect(json.problems.length).toBeGreaterThan(5)
      expect(json.problems).toEqual(yaml.problems)
      expect(json.records).toEqual(yaml.records)
      expect(json.problems.every((problem) => typeof problem.column === 'number')).toBe(true)
    }
  })

  it('rejects a top level that is not a record, a list or an envelope', () => {
    expect(parseInventory({ text: '{"count": 3}', format: 'json' }).problems).toMatchObject([
      { severity: 'error', code: 'unrecognised-shape', line: 1 },
    ])
    expect(
      parseInventory({ text: '[1, {"short-team-name": "X"}]', format: 'json' }).problems,
    ).toMatchObject([
      { severity: 'error', code: 'record-not-object', record: 0, line: 1, column: 2 },
    ])
  })

  it('detects duplicate short names case-insensitively and keeps the first', () => {
    const text = '[\n{"short-team-name": "Dup"},\n{"short-team-name": "DUP"}\n]'
    const result = parseInventory({ text, format: 'json' })
    expect(result.records).toHaveLength(1)
    expect(result.problems).toMatchObject([
      {
        code: 'duplicate-short-team-name',
        record: 1,
        line: 3,
        message: 'short-team-name "DUP" is already used by record 1',
      },
    ])
  })
})

describe('detectInventoryFormat', () => {
  it.each([
    ['teams.JSON', '', 'json'],
    ['teams.yml', '', 'yaml'],
    ['teams.yaml', '', 'yaml'],
    ['teams.csv', '', 'csv'],
    ['', '  [{"short-team-name": "A"}]', 'json'],
    ['', '\uFEFF{"data": []}', 'json'],
    ['', 'short-team-name,email\nA,a@example.org', 'csv'],
    ['', '- short-team-name: A\n', 'yaml'],
    ['', 'teams:\n  - short-team-name: A', 'yaml'],
    ['', 'short-team-name: A, B', 'yaml'],
    ['notes.txt', '   ', null],
  ])('%j with %j → %s', (fileName, text, expected) => {
    expect(detectInventoryFormat(fileName, text)).toBe(expected)
  })

  it('is used by parseInventory when no format is given', () => {
    const result = parseInventory({ text: 'short-team-name\nA\n', fileName: 'teams.csv' })
    expect(result.format).toBe('csv')
    expect(result.records).toEqual([{ 'short-team-name': 'A' }])
  })
})
