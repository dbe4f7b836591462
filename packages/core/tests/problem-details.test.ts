import { describe, expect, it } from 'vitest'
import { type InventoryProblem, parseInventory } from '../src/inventory/parse-inventory.js'
import { describeInventoryProblem } from '../src/inventory/problem-text.js'
import { PROBLEM_DETAILS } from '../src/inventory/problems.js'
import { SUPPORTED_LOCALES } from '../src/locale.js'
import { PLANNING_WARNING_DETAILS, type PlanningWarning } from '../src/planning/types.js'
import { describePlanningWarning } from '../src/planning/warning-text.js'
import { planEngagements } from '../src/planning.js'

const json = (value: unknown) => JSON.stringify(value)

/** Inventories that, together, produce every problem code. */
function everyProblem(): InventoryProblem[] {
  const inputs: Parameters<typeof parseInventory>[0][] = [
    { text: 'teams: [', format: 'yaml' },
    { text: 'short-team-name,host\n"A,b\nC,d\n', format: 'csv' },
    {
      text: 'short-team-name,host\nA,b\n',
      format: 'csv',
      staffCsv: 'short-team-name,name\n"Z,x\n',
    },
    { text: '[{"short-team-name": "A",}]', format: 'json' },
    { text: json({ foo: 1 }), format: 'json' },
    { text: json([1]), format: 'json' },
    { text: json([]), format: 'json' },
    {
      text: json([
        { host: 'no name' },
        {
          'short-team-name': 'A',
          'country-code': 'Germany',
          'additional-country-code': 'XX',
          email: 'a@example.org; nope; also-not',
          model: 'pyramid',
          establishment: 'last year',
          staff: [{ name: 'Ann', fte: 'half' }],
        },
        {
          'short-team-name': 'SVC',
          colour: 'blue',
          services: {
            framework: 'first-v2.1',
            offered: ['99.9', 'incident analysis'],
            core: ['6.1'],
          },
        },
        { 'short-team-name': 'a' },
        { 'short-team-name': 'B', website: 'ftp://x', staff: 'Ann' },
      ]),
      format: 'json',
    },
    {
      text: 'short-team-name,host,host,,shoe\nA,b,c,d,e,f\n',
      format: 'csv',
      staffCsv: 'short-team-name,name\nZZ,Bob\n,Eve\n',
    },
    { text: 'short-team-name\nA\n', format: 'csv', staffCsv: 'name\nBob\n' },
  ]
  return inputs.flatMap((input) => parseInventory(input).problems)
}

describe('inventory problem details', () => {
  const problems = everyProblem()

  it('produces every code, each with the details its sentences use', () => {
    for (const [code, details] of Object.entries(PROBLEM_DETAILS)) {
      const ofCode = problems.filter((problem) => problem.code === code)
      expect(ofCode.length, code).toBeGreaterThan(0)
      for (const problem of ofCode) {
        for (const detail of details) expect(problem[detail], `${code}.${detail}`).toBeDefined()
      }
    }
  })

  it('names the rule and the value of invalid values', () => {
    const invalid = problems.filter((problem) => problem.code === 'invalid-value')
    expect(invalid.map((problem) => [problem.field, problem.rule, problem.value])).toEqual(
      expect.arrayContaining([
        ['country-code[0]', 'country-name', 'Germany'],
        ['additional-country-code[0]', 'country-code', 'XX'],
        ['model', 'one-of', 'pyramid'],
        ['establishment', 'iso-date', 'last year'],
        ['staff[0].fte', 'fte-range', 'half'],
        ['website[0]', 'http-url', 'ftp://x'],
      ]),
    )
    expect(invalid.find((problem) => problem.field === 'email')).toMatchObject({
      rule: 'emails',
      invalidItems: ['nope', 'also-not'],
    })
    expect(invalid.find((problem) => problem.field === 'model')?.allowed).toContain('combined')
    expect(invalid.every((problem) => problem.rule !== 'invalid')).toBe(true)
  })

  it('renders every problem in every locale without falling back to the English message', () => {
    for (const problem of problems) {
      const sentences = SUPPORTED_LOCALES.map((locale) => describeInventoryProblem(problem, locale))
      for (const sentence of sentences) {
        expect(sentence, problem.code).not.toMatch(/undefined|null|\[object/)
        expect(sentence).not.toBe(problem.message)
      }
      expect(new Set(sentences).size, problem.code).toBe(SUPPORTED_LOCALES.length)
    }
  })

  it('says what to do', () => {
    const duplicate = problems.find((problem) => problem.code === 'duplicate-short-team-name')
    expect(duplicate && describeInventoryProblem(duplicate, 'fr')).toBe(
      'Le nom court d’équipe «\u00a0a\u00a0» est déjà utilisé par la fiche 2. Donnez à chaque équipe son propre nom court (la casse n’est pas prise en compte).'.replaceAll(
        '’',
        "'",
      ),
    )
    const country = problems.find((problem) => problem.rule === 'country-name')
    expect(country && describeInventoryProblem(country, 'de')).toBe(
      'Der Wert „Germany“ im Feld „country-code[0]“ ist ungültig: Er muss ein Ländercode nach ISO 3166-1 alpha-2 sein, etwa DE oder LU, kein Ländername (tragen Sie den Namen in „country“ ein). Korrigieren Sie ihn.',
    )
  })
})

/** Inventories whose plans, together, raise every planning warning. */
function everyWarning(): PlanningWarning[] {
  const records = [
    {
      'short-team-name': 'A',
      imc_id: 'one',
      success_threshold: 'high' as const,
      model: 'security_team' as const,
      'country-code': ['LU'],
      'additional-country-code': ['PT'],
      staff: [{ name: 'Ann', role: 'analyst' }],
    },
    {
      'short-team-name': 'B',
      imc_id: 'one',
      success_threshold: 'borderline' as const,
      model: 'combined' as const,
      authority: { analysis: 'full' as const, response: 'shared' as const },
      staff: [{ name: 'Ann', role: 'analyst' }],
    },
    {
      'short-team-name': 'C',
      imc_id: 'two',
      model: 'internal_centralized' as const,
      staff: [{ name: 'Max', role: 'CSIRT manager' }],
    },
  ]
  const unknown = planEngagements({
    records: [{ 'short-team-name': 'D', success_threshold: 'superb' as never }],
  })
  return [...planEngagements({ records: records as never }), ...unknown].flatMap(
    (plan) => plan.warnings,
  )
}

describe('planning warning details', () => {
  const warnings = everyWarning()

  it('raises every code, each with its details, and renders it in every locale', () => {
    for (const [code, details] of Object.entries(PLANNING_WARNING_DETAILS)) {
      const ofCode = warnings.filter((warning) => warning.code === code)
      expect(ofCode.length, code).toBeGreaterThan(0)
      for (const warning of ofCode) {
        for (const detail of details) expect(warning[detail], `${code}.${detail}`).toBeDefined()
        const sentences = SUPPORTED_LOCALES.map((locale) =>
          describePlanningWarning(warning, locale),
        )
        for (const sentence of sentences) expect(sentence).not.toMatch(/undefined|null/)
        expect(new Set(sentences).size, code).toBe(SUPPORTED_LOCALES.length)
      }
    }
  })
})

describe('parser findings in the reader’s language', () => {
  const syntaxProblems = [
    parseInventory({ text: '[\n  {"short-team-name": "A"},\n]', format: 'json' }),
    parseInventory({ text: "[\n  {'short-team-name': 'A'}\n]", format: 'json' }),
    parseInventory({ text: 'teams:\n  - short-team-name: A\n   bad: [1\n', format: 'yaml' }),
    parseInventory({ text: 'short-team-name: A\nshort-team-name: B\n', format: 'yaml' }),
    parseInventory({ text: 'short-team-name,country\nA,"x"y"\n', format: 'csv' }),
  ].flatMap((result) =>
    result.problems.filter((p) => p.code === 'syntax-error' || p.code === 'json-not-strict'),
  )

  it('carries the parser’s code beside its English words', () => {
    expect(syntaxProblems.length).toBeGreaterThanOrEqual(5)
    for (const problem of syntaxProblems) {
      expect(problem.parserCode, problem.message).toEqual(expect.any(String))
      expect(problem.detail, problem.message).toEqual(expect.any(String))
    }
    expect(syntaxProblems[0]).toMatchObject({ parserCode: 'trailing-comma', value: ']' })
    expect(syntaxProblems[1]).toMatchObject({ parserCode: 'expected-property-name' })
  })

  it('names each finding in French and German, keeping the parser’s words only in English', () => {
    for (const problem of syntaxProblems) {
      const english = describeInventoryProblem(problem, 'en')
      expect(english).toContain(problem.detail)
      for (const locale of ['fr', 'de'] as const) {
        expect(describeInventoryProblem(problem, locale), problem.parserCode).not.toContain(
          problem.detail,
        )
      }
    }
    expect(describeInventoryProblem(syntaxProblems[0] as InventoryProblem, 'fr')).toContain(
      '(virgule finale avant «\u00a0]\u00a0»)',
    )
    expect(describeInventoryProblem(syntaxProblems[0] as InventoryProblem, 'de')).toContain(
      '(nachgestelltes Komma vor „]“)',
    )
  })

  it('keeps the parser’s words for a finding no catalogue names', () => {
    const problem = { ...(syntaxProblems[0] as InventoryProblem), parserCode: 'SOMETHING_NEW' }
    expect(describeInventoryProblem(problem, 'fr')).toContain(`(${problem.detail})`)
  })
})
